/**
 * Size budgets of the built site, in gzip bytes: enforced by tests/e2e/size-budget.spec.ts and
 * printed by `npm run bench`. Sizes only, so the check is deterministic.
 *
 * The issue asks for the app's own JS (everything but maplibre-gl) ≤ 80 KB. React 19.3 alone
 * (react + react-dom + scheduler, fixed by the client's stack) is 67.5 KB gzip in this build, which
 * would leave the app 12.5 KB; the app's own code plus zod/mini validation is 32.6 KB today. The
 * budgets below hold today's sizes with about 5% headroom so that growth is a decision, and the
 * issue's 80 KB target awaits the client's decision (React, or a lighter runtime).
 */
/*
 * December 2026: the reader's round added the told tour, introduction, legend, sources view and a
 * zoomable timeline (app-authored 32.6 → 48.7 KB), and Arabic summaries, English translations and
 * bilingual notes to the data (98 → 115 KB). The budgets hold those sizes with ~5% headroom; the
 * performance issue's first-view split (event index first, excerpts and lazy UI on demand) is
 * where they come down again.
 */
export const SIZE_BUDGETS_GZIP_BYTES = {
  /** Every JS chunk but maplibre-gl (main chunk and worker): the "app's own JS". */
  appGzipBytes: 122_000,
  /** The same without the React runtime's `react` chunk: the code this project writes or chooses. */
  appAuthoredGzipBytes: 51_000,
  /** places.geojson, events.geojson, articles.json and the article texts as emitted into dist/. */
  dataGzipBytes: 121_000,
} as const;
