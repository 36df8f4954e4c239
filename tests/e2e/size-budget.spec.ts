/**
 * Size budgets on the built site (dist/, after `npm run build`). Sizes only, so the result is the
 * same on every machine. What counts where is decided in src/tools/bench/bundle-sizes.ts, the same
 * code `npm run bench` reports with.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { measureBundle, type BundleSizes } from '../../src/tools/bench/bundle-sizes.ts';
import { maplibreReferenceGzipBytes } from '../../src/tools/bench/maplibre-reference.ts';
import { findPipelineLeaks, pipelineFingerprints } from '../../src/tools/bench/pipeline-leaks.ts';
import { repoPath } from '../../src/tools/bench/repo-path.ts';
import { assertBuilt, DIST_DIR } from '../../src/tools/static-server.ts';

/** The app's own JavaScript: every chunk but maplibre-gl and its worker, lazy chunks included. */
const APP_JS_BUDGET_GZIP_BYTES = 80_000;
/** The story's data: places, events, articles.json and the article texts as emitted into dist/. */
const STORY_DATA_BUDGET_GZIP_BYTES = 100_000;

const BROWSER_SOURCE_DIRS = ['src/app', 'src/data', 'src/map', 'src/store', 'src/story', 'src/timeline'];

function sourceFiles(dir: string): string[] {
  try {
    return readdirSync(repoPath(dir), { recursive: true })
      .map(String)
      .filter((file) => /\.tsx?$/.test(file))
      .map((file) => readFileSync(join(repoPath(dir), file), 'utf8'));
  } catch {
    return [];
  }
}

function describeFiles(sizes: BundleSizes, category: string): string {
  return sizes.files
    .filter((file) => file.category === category || (file.appShareGzipBytes ?? 0) > 0)
    .map(
      (file) =>
        `${file.path} ${file.gzipBytes} B gzip${file.appShareGzipBytes ? ` (app share ${file.appShareGzipBytes} B)` : ''}`,
    )
    .join('\n');
}

describe('size budgets of the built site', () => {
  let sizes: BundleSizes;

  beforeAll(async () => {
    assertBuilt();
    sizes = measureBundle(DIST_DIR, await maplibreReferenceGzipBytes());
  });

  it(`keeps the app's own JavaScript within ${APP_JS_BUDGET_GZIP_BYTES} bytes gzip`, () => {
    expect(
      sizes.files.some((file) => file.category === 'maplibre'),
      'no maplibre-gl chunk found in dist/',
    ).toBe(true);
    expect(sizes.appGzipBytes, `app JS over budget:\n${describeFiles(sizes, 'app')}`).toBeLessThanOrEqual(
      APP_JS_BUDGET_GZIP_BYTES,
    );
  });

  it(`keeps the story's data within ${STORY_DATA_BUDGET_GZIP_BYTES} bytes gzip`, () => {
    const dataFiles = sizes.files.filter((file) => file.category === 'data').map((file) => file.path);
    expect(
      dataFiles.some((path) => /(^|\/)events[^/]*\.geojson$/.test(path)),
      'no events.geojson in dist/',
    ).toBe(true);
    expect(
      sizes.dataGzipBytes,
      `story data over budget:\n${describeFiles(sizes, 'data')}`,
    ).toBeLessThanOrEqual(STORY_DATA_BUDGET_GZIP_BYTES);
  });

  it('ships no ingest or build pipeline code to the browser', () => {
    const fingerprints = pipelineFingerprints(
      sourceFiles('src/pipeline'),
      BROWSER_SOURCE_DIRS.flatMap(sourceFiles),
    );
    expect(fingerprints.size, 'found no string literals in src/pipeline/ to look for').toBeGreaterThan(20);
    const shipped = sizes.files
      .filter((file) => file.category === 'app' || file.category === 'maplibre')
      .map((file) => ({ file: file.path, code: readFileSync(join(DIST_DIR, file.path), 'utf8') }));
    expect(findPipelineLeaks(shipped, fingerprints)).toEqual([]);
  });
});
