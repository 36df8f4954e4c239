/**
 * Size budgets on the built site (dist/, or QANAT_DIST, after `npm run build`). Sizes only, so the
 * result is the same on every machine. What counts where is decided in
 * src/tools/bench/bundle-sizes.ts, the same code `npm run bench` reports with.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  biggestChunks,
  measureBundle,
  type BundleSizes,
  type ClassifiedFile,
} from '../../src/tools/bench/bundle-sizes.ts';
import { describeFirstView, type FirstViewBytes } from '../../src/tools/bench/first-view-bytes.ts';
import { measureColdLoad } from '../../src/tools/bench/load-timing.ts';
import { findPipelineLeaks, pipelineFingerprints } from '../../src/tools/bench/pipeline-leaks.ts';
import { repoPath } from '../../src/tools/bench/repo-path.ts';
import {
  FIRST_VIEW_BUDGETS_GZIP_BYTES,
  SIZE_BUDGETS_GZIP_BYTES,
} from '../../src/tools/bench/size-budgets.ts';
import { launchChromium } from '../../src/tools/chromium.ts';
import { storyUrl } from '../../src/store/probe.ts';
import {
  assertBuilt,
  DIST_DIR,
  startStaticServer,
  type StaticServer,
} from '../../src/tools/static-server.ts';

const APP_AUTHORED_JS_BUDGET_GZIP_BYTES = SIZE_BUDGETS_GZIP_BYTES.appAuthoredGzipBytes;
const STORY_DATA_BUDGET_GZIP_BYTES = SIZE_BUDGETS_GZIP_BYTES.dataGzipBytes;

/** Every folder of browser code: all of src/ but the Node-only pipeline and tools (new folders count too). */
const BROWSER_SOURCE_DIRS = readdirSync(repoPath('src'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !['pipeline', 'tools', 'node_modules'].includes(entry.name))
  .map((entry) => `src/${entry.name}`);

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

const isJs = (file: ClassifiedFile): boolean =>
  file.category === 'app' || file.category === 'react' || file.category === 'maplibre';
/** The chunks behind the budgeted figure: all JS but maplibre-gl's own chunk and worker. */
const isJsButMaplibre = (file: ClassifiedFile): boolean =>
  file.category === 'app' || file.category === 'react';
const isAppAuthored = (file: ClassifiedFile): boolean => file.category === 'app';

describe('size budgets of the built site', () => {
  let sizes: BundleSizes;

  beforeAll(() => {
    assertBuilt(DIST_DIR);
    sizes = measureBundle(DIST_DIR);
  });

  it(`keeps the app-authored JavaScript (all but maplibre-gl and React) within ${APP_AUTHORED_JS_BUDGET_GZIP_BYTES} bytes gzip`, () => {
    expect(
      sizes.files.some((file) => file.category === 'maplibre'),
      `no maplibre-gl chunk found in ${DIST_DIR}`,
    ).toBe(true);
    expect(
      sizes.appAuthoredGzipBytes,
      `no React chunk (assets/react-*.js holding react, react-dom and scheduler) in ${DIST_DIR}, so the ` +
        `app's own bytes cannot be told apart from React's; all JS but maplibre-gl is ${sizes.appGzipBytes} B gzip:\n` +
        biggestChunks(sizes.files.filter(isJsButMaplibre)),
    ).not.toBeNull();
    expect(
      sizes.appAuthoredGzipBytes,
      `app-authored JS over budget (${sizes.appAuthoredGzipBytes} B > ${APP_AUTHORED_JS_BUDGET_GZIP_BYTES} B); biggest:\n` +
        biggestChunks(sizes.files.filter(isAppAuthored)),
    ).toBeLessThanOrEqual(APP_AUTHORED_JS_BUDGET_GZIP_BYTES);
  });

  it('keeps the app’s own code out of the React and maplibre-gl chunks, so the app-authored budget sees all of it', () => {
    // The app's distinctive literals, less those the libraries carry themselves (the app names
    // maplibre-gl's own control classes and media queries, for one).
    const maplibreDist = repoPath('node_modules/maplibre-gl/dist');
    const libraryText = readdirSync(maplibreDist)
      .filter((file) => /\.m?js$/.test(file) && !file.includes('-dev'))
      .map((file) => readFileSync(join(maplibreDist, file), 'utf8'));
    const appLiterals = pipelineFingerprints(BROWSER_SOURCE_DIRS.flatMap(sourceFiles), libraryText);
    expect(appLiterals.size, 'found no string literals in the browser sources to look for').toBeGreaterThan(
      20,
    );
    const libraryChunks = sizes.files
      .filter((file) => file.category === 'react' || file.category === 'maplibre')
      .map((file) => ({ file: file.path, code: readFileSync(join(DIST_DIR, file.path), 'utf8') }));
    expect(libraryChunks.length, 'no React or maplibre-gl chunk to look in').toBeGreaterThanOrEqual(3);
    expect(
      findPipelineLeaks(libraryChunks, appLiterals),
      'strings from src/ found in a library chunk: app code there would escape the app-authored budget',
    ).toEqual([]);
  });

  it(`keeps the story's data within ${STORY_DATA_BUDGET_GZIP_BYTES} bytes gzip`, () => {
    const dataFiles = sizes.files.filter((file) => file.category === 'data');
    expect(
      dataFiles.some((file) => /^story\/[^/]+\/index\.json$/.test(file.path)),
      `no story/<generation>/index.json in ${DIST_DIR}`,
    ).toBe(true);
    expect(
      sizes.dataGzipBytes,
      `story data over budget (${sizes.dataGzipBytes} B > ${STORY_DATA_BUDGET_GZIP_BYTES} B); biggest:\n` +
        biggestChunks(dataFiles),
    ).toBeLessThanOrEqual(STORY_DATA_BUDGET_GZIP_BYTES);
  });

  it('ships no ingest or build pipeline code to the browser', () => {
    const fingerprints = pipelineFingerprints(
      sourceFiles('src/pipeline'),
      BROWSER_SOURCE_DIRS.flatMap(sourceFiles),
    );
    expect(fingerprints.size, 'found no string literals in src/pipeline/ to look for').toBeGreaterThan(20);
    const shipped = sizes.files
      .filter(isJs)
      .map((file) => ({ file: file.path, code: readFileSync(join(DIST_DIR, file.path), 'utf8') }));
    expect(findPipelineLeaks(shipped, fingerprints)).toEqual([]);
  });
});

describe('what a reader pays for the first view', () => {
  const budgets = FIRST_VIEW_BUDGETS_GZIP_BYTES;
  let sizes: BundleSizes;
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let firstView: FirstViewBytes;

  beforeAll(async () => {
    assertBuilt(DIST_DIR);
    sizes = measureBundle(DIST_DIR);
    server = await startStaticServer(DIST_DIR);
    browser = await launchChromium();
    // The default view as the bench loads it: Arabic, 1280×800, a fresh context (nothing cached).
    // The set of files, not their timings, so the figure is the same on every machine.
    const sample = await measureColdLoad(browser, storyUrl(server.origin, { lang: 'ar' }), false, {
      firstViewDist: DIST_DIR,
    });
    if (!sample.firstView) throw new Error('the first view was not recorded');
    firstView = sample.firstView;
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('fetches only files of the built site before the first map idle', () => {
    expect(firstView.files.some((file) => file.path === 'index.html')).toBe(true);
    expect(firstView.byKind.js, 'no script counted').toBeGreaterThan(0);
    expect(firstView.unmatched, 'same-origin requests with no file in dist/').toEqual([]);
  });

  it(`keeps the first view within ${budgets.firstViewGzipBytes} bytes gzip`, () => {
    expect(
      firstView.totalGzipBytes,
      `first view over budget: ${describeFirstView(firstView)}`,
    ).toBeLessThanOrEqual(budgets.firstViewGzipBytes);
  });

  it(`keeps the app-authored JavaScript of the first view within ${budgets.firstViewAppAuthoredJsGzipBytes} bytes gzip (React's chunk counted apart)`, () => {
    expect(
      firstView.appAuthoredJsGzipBytes,
      `app-authored JS of the first view over budget (React's chunk, ${firstView.reactGzipBytes} B, not counted): ` +
        describeFirstView({ ...firstView, files: firstView.files.filter((file) => file.category === 'app') }),
    ).toBeLessThanOrEqual(budgets.firstViewAppAuthoredJsGzipBytes);
  });

  it(`keeps the fonts within ${budgets.fontGzipBytes} bytes gzip`, () => {
    const fonts = sizes.files.filter((file) => file.category === 'font');
    expect(fonts.length, `no font files in ${DIST_DIR}`).toBeGreaterThan(0);
    expect(
      sizes.fontGzipBytes,
      `fonts over budget (${sizes.fontGzipBytes} B > ${budgets.fontGzipBytes} B); biggest:\n` +
        biggestChunks(fonts, 10),
    ).toBeLessThanOrEqual(budgets.fontGzipBytes);
  });
});
