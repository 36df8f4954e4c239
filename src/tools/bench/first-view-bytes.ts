/**
 * What a reader downloads for the first view: the files a page requests until the map first reports
 * `idle`, each counted once at its gzip size in the built site (roughly what a static server sends
 * compressed), split by kind. Shared by `npm run bench` (load.firstViewBytes) and the first-view
 * budget in tests/e2e/size-budget.spec.ts, and counted with bundle-sizes.ts's classifier so a kind
 * means the same everywhere.
 *
 * Kinds: `js` is every script the page runs (the app's chunks, React's chunk, maplibre-gl's chunk
 * and its worker); `fonts` the font files (asked for by the page's CSS or by the map's
 * `font-faces`); `basemap` the embedded basemap; `data` the story's files; `other` the rest: the
 * HTML page itself, the stylesheets, icons, the manifest. CSS goes to `other`, not `js`, so that
 * `js` stays the script a reader's browser parses and runs.
 *
 * The service worker's precache is not counted: it downloads the whole site in the background,
 * from its own context, after the page has loaded and gone idle; it is not what the first view
 * waits for (and Playwright reports its requests on the context, not on the page).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { classifyAsset, gzipBytes, type AssetCategory } from './bundle-sizes.ts';

export type FirstViewKind = 'js' | 'fonts' | 'basemap' | 'data' | 'other';

export interface FirstViewFile {
  /** Path relative to the dist directory, with forward slashes. */
  path: string;
  kind: FirstViewKind;
  category: AssetCategory;
  gzipBytes: number;
}

export interface FirstViewBytes {
  totalGzipBytes: number;
  byKind: Record<FirstViewKind, number>;
  /** The app's own scripts among them: `js` without React's chunk and maplibre-gl. */
  appAuthoredJsGzipBytes: number;
  /** React's chunk among them (counted apart from the app's own JS, as the requirement asks). */
  reactGzipBytes: number;
  /** Every file counted, biggest first. */
  files: FirstViewFile[];
  /** Same-origin URLs with no file in the dist directory (a 404, or a route the server made up). */
  unmatched: string[];
}

const KIND_OF: Record<AssetCategory, FirstViewKind> = {
  app: 'js',
  react: 'js',
  maplibre: 'js',
  font: 'fonts',
  basemap: 'basemap',
  data: 'data',
  css: 'other',
  html: 'other',
  other: 'other',
};

/** The first-view kind of a file of the built site. */
export function firstViewKind(category: AssetCategory): FirstViewKind {
  return KIND_OF[category];
}

/**
 * The dist-relative path a URL of the served site names: query and hash dropped, a directory
 * address as its index.html. Null for another origin, data: or blob: (nothing downloaded from the site).
 * @example distPathOf('http://127.0.0.1:4173/?lang=ar', 'http://127.0.0.1:4173') // 'index.html'
 */
export function distPathOf(url: string, origin: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(parsed.protocol) || parsed.origin !== new URL(origin).origin) return null;
  const path = decodeURIComponent(parsed.pathname).replace(/^\/+/, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/**
 * Sums what `urls` (the requests of one first view) cost, from the files in `distDir`; a URL
 * requested twice (the worker script is, and the map's fonts after the page's CSS) counts once.
 * @example firstViewBytes(['http://h/', 'http://h/assets/index-a.js'], 'dist', 'http://h').byKind.js // e.g. 24000
 */
export function firstViewBytes(urls: readonly string[], distDir: string, origin: string): FirstViewBytes {
  const byKind: Record<FirstViewKind, number> = { js: 0, fonts: 0, basemap: 0, data: 0, other: 0 };
  const files: FirstViewFile[] = [];
  const unmatched: string[] = [];
  const seen = new Set<string>();
  for (const url of urls) {
    const path = distPathOf(url, origin);
    if (path === null || seen.has(path)) continue;
    seen.add(path);
    const absolute = join(distDir, path);
    if (path.split('/').includes('..') || !existsSync(absolute) || !statSync(absolute).isFile()) {
      unmatched.push(url);
      continue;
    }
    const content = readFileSync(absolute);
    const category = classifyAsset(path, content);
    const file: FirstViewFile = {
      path,
      kind: firstViewKind(category),
      category,
      gzipBytes: gzipBytes(content),
    };
    byKind[file.kind] += file.gzipBytes;
    files.push(file);
  }
  const sum = (category: AssetCategory): number =>
    files.filter((file) => file.category === category).reduce((total, file) => total + file.gzipBytes, 0);
  return {
    totalGzipBytes: Object.values(byKind).reduce((a, b) => a + b, 0),
    byKind,
    appAuthoredJsGzipBytes: sum('app'),
    reactGzipBytes: sum('react'),
    files: files.sort((a, b) => b.gzipBytes - a.gzipBytes || a.path.localeCompare(b.path)),
    unmatched,
  };
}

/** One line per kind and the biggest files, for a failure message or a log. */
export function describeFirstView(figures: FirstViewBytes, count = 8): string {
  const kinds = Object.entries(figures.byKind)
    .map(([kind, bytes]) => `${kind} ${bytes} B`)
    .join(', ');
  const biggest = figures.files
    .slice(0, count)
    .map((file) => `  ${file.path}: ${file.gzipBytes} B gzip (${file.kind})`)
    .join('\n');
  const missing = figures.unmatched.length > 0 ? `\n  not in dist: ${figures.unmatched.join(', ')}` : '';
  return `${figures.totalGzipBytes} B gzip: ${kinds}; app-authored JS ${figures.appAuthoredJsGzipBytes} B, React ${figures.reactGzipBytes} B\n${biggest}${missing}`;
}

export interface RequestLog {
  /** URLs of the requests that started at or before `untilEpochMs` (wall-clock ms), in order. */
  urlsUntil(untilEpochMs: number): string[];
}

/**
 * Records what `page` requests (its document and its dedicated workers, not the service worker),
 * with each request's start time. Call before navigating.
 */
export function recordRequests(page: Page): RequestLog {
  const requests: { request: Request; seenAtMs: number }[] = [];
  page.on('request', (request) => requests.push({ request, seenAtMs: Date.now() }));
  // Playwright knows a request's start time once its response arrives; until then, the moment the
  // event reached us (later than the start, so a request still in flight is never counted early).
  const startOf = ({ request, seenAtMs }: (typeof requests)[number]): number =>
    request.timing().startTime > 0 ? request.timing().startTime : seenAtMs;
  return {
    urlsUntil: (untilEpochMs) =>
      requests.filter((entry) => startOf(entry) <= untilEpochMs).map(({ request }) => request.url()),
  };
}

/** The page's wall-clock time (ms since 1970) for a `performance.now()` reading taken in it. */
export async function pageEpochMs(page: Page, performanceMs: number): Promise<number> {
  const timeOrigin = (await page.evaluate('performance.timeOrigin')) as number;
  return timeOrigin + performanceMs;
}
