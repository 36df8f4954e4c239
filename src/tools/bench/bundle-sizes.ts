/**
 * Gzip sizes of the built site, by what the bytes are: the app's own JavaScript, the React runtime
 * (its own `react` chunk), maplibre-gl (its own `maplibre` chunk and its worker), the story's data,
 * the basemap and the fonts. Shared by `npm run bench` and the size budgets in
 * tests/e2e/size-budget.spec.ts so both count the same way. The chunks are named in vite.config.ts
 * (codeSplitting groups); a chunk is counted as React's or maplibre-gl's only when it has that name
 * and that content, so any other chunk, even one holding library code, is counted as the app's.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export type AssetCategory =
  'app' | 'react' | 'maplibre' | 'data' | 'basemap' | 'font' | 'css' | 'html' | 'other';

export interface ClassifiedFile {
  /** Path relative to the dist directory, with forward slashes. */
  path: string;
  category: AssetCategory;
  rawBytes: number;
  gzipBytes: number;
  /** For JS: whether index.html loads it (or preloads it) before anything else runs. */
  initial?: boolean;
}

export interface BundleSizes {
  /** All JavaScript but maplibre-gl's: the app's own code plus the React runtime (the budgeted figure). */
  appGzipBytes: number;
  /** The React runtime's chunk (react, react-dom, scheduler); null when the build has no such chunk. */
  reactGzipBytes: number | null;
  /** JavaScript the app's authors wrote or chose beyond the fixed stack: appGzipBytes minus React's chunk. */
  appAuthoredGzipBytes: number | null;
  /** The part of the app's JS that index.html loads up front; the rest is lazy chunks. */
  appInitialGzipBytes: number;
  maplibreGzipBytes: number;
  dataGzipBytes: number;
  basemapGzipBytes: number;
  fontGzipBytes: number;
  files: ClassifiedFile[];
}

/** Directories inside dist/ that are not part of the site as shipped (the bench's synthetic data). */
export const IGNORED_DIST_DIRS: readonly string[] = ['synthetic-10k', 'synthetic-100k'];

// The minifier drops maplibre-gl's licence banner from the main chunk, so it is recognised by CSS
// class names only maplibre-gl's own DOM code uses; the worker keeps its banner and its file name.
const MAPLIBRE_MARKERS = ['maplibregl-canvas-container', 'maplibregl-ctrl-attrib', 'maplibregl-compact-show'];
const MAPLIBRE_BANNER = /MapLibre GL JS\s*\*?\s*@license/;
const MAPLIBRE_CHUNK_NAME = /^maplibre-[\w-]+\.m?js$/;
const MAPLIBRE_WORKER_NAME = /^maplibre-gl-worker\b/;
// The build puts react, react-dom and scheduler into a chunk named `react`; its content is checked
// too, so a renamed app chunk is never mistaken for the runtime and left out of the app's budget.
const REACT_CHUNK_NAME = /^react-[\w-]+\.m?js$/;
const REACT_MARKERS = ['react.transitional.element', 'react.dev/errors/'];
// The tour's chapters (chapters.json) are the story's too: titles and summaries the tour shows.
const STORY_DATA_NAME =
  /^(?:places|events)(?:-[\w-]+)?\.geojson$|^(?:articles|chapters)(?:-[\w-]+)?\.json$|\.txt$/;
// The site build's story files: story/<generation>/index.json and its details-<k>.json chunks.
const STORY_DIR_DATA = /(?:^|\/)story\/(?:[^/]+\/)*[^/]+\.json$/;
const BASEMAP_NAME = /^basemap(?:-[\w-]+)?\.geojson$/;
const FONT_EXTENSIONS = new Set(['.woff2', '.woff', '.ttf', '.otf']);
const JS_EXTENSIONS = new Set(['.js', '.mjs']);

/** Gzip size at zlib's default level, roughly what a static server sends. */
export function gzipBytes(content: Buffer | string): number {
  return gzipSync(content).byteLength;
}

/** What a file in dist/ is, from its name and, for JavaScript, its content. */
export function classifyAsset(path: string, content: Buffer): AssetCategory {
  const name = basename(path);
  const extension = extname(name).toLowerCase();
  if (JS_EXTENSIONS.has(extension)) {
    if (MAPLIBRE_WORKER_NAME.test(name)) return 'maplibre';
    const code = content.toString('utf8');
    if (MAPLIBRE_CHUNK_NAME.test(name) && isMaplibreCode(code)) return 'maplibre';
    return REACT_CHUNK_NAME.test(name) && isReactCode(code) ? 'react' : 'app';
  }
  if (FONT_EXTENSIONS.has(extension)) return 'font';
  if (BASEMAP_NAME.test(name)) return 'basemap';
  if (STORY_DATA_NAME.test(name) || STORY_DIR_DATA.test(path)) return 'data';
  if (extension === '.css') return 'css';
  if (extension === '.html') return 'html';
  return 'other';
}

/** True for JavaScript that contains maplibre-gl (its main code or its worker). */
function isMaplibreCode(code: string): boolean {
  return MAPLIBRE_BANNER.test(code) || MAPLIBRE_MARKERS.every((marker) => code.includes(marker));
}

/** True for JavaScript that contains React's runtime (production react and react-dom). */
function isReactCode(code: string): boolean {
  return REACT_MARKERS.every((marker) => code.includes(marker));
}

function listFiles(dir: string, root: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      return dir === root && IGNORED_DIST_DIRS.includes(entry.name) ? [] : listFiles(path, root);
    }
    return entry.isFile() ? [path] : [];
  });
}

/** Script and modulepreload URLs in index.html, as dist-relative paths. */
export function initialScripts(indexHtml: string): Set<string> {
  const paths = new Set<string>();
  for (const match of indexHtml.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+\.m?js)"/g)) {
    paths.add((match[1] ?? '').replace(/^\.?\//, ''));
  }
  return paths;
}

/**
 * Classifies and measures every file of a built site.
 * @example measureBundle('dist').appAuthoredGzipBytes // e.g. 34567
 */
export function measureBundle(distDir: string): BundleSizes {
  const indexHtml = readFileSync(join(distDir, 'index.html'), 'utf8');
  const initial = initialScripts(indexHtml);
  const files = listFiles(distDir, distDir)
    .sort()
    .map((absolutePath): ClassifiedFile => {
      const content = readFileSync(absolutePath);
      const path = relative(distDir, absolutePath).split('\\').join('/');
      const category = classifyAsset(path, content);
      const file: ClassifiedFile = {
        path,
        category,
        rawBytes: content.byteLength,
        gzipBytes: gzipBytes(content),
      };
      if (category === 'app' || category === 'react' || category === 'maplibre')
        file.initial = initial.has(path);
      return file;
    });
  const sum = (predicate: (file: ClassifiedFile) => boolean): number =>
    files.filter(predicate).reduce((total, file) => total + file.gzipBytes, 0);
  const isApp = (file: ClassifiedFile): boolean => file.category === 'app';
  const isMaplibre = (file: ClassifiedFile): boolean => file.category === 'maplibre';
  const isReact = (file: ClassifiedFile): boolean => file.category === 'react';
  const appAuthoredGzipBytes = sum(isApp);
  const reactGzipBytes = files.some(isReact) ? sum(isReact) : null;
  return {
    appGzipBytes: appAuthoredGzipBytes + (reactGzipBytes ?? 0),
    reactGzipBytes,
    appAuthoredGzipBytes: reactGzipBytes === null ? null : appAuthoredGzipBytes,
    appInitialGzipBytes: sum((file) => (isApp(file) || isReact(file)) && file.initial === true),
    maplibreGzipBytes: sum(isMaplibre),
    dataGzipBytes: sum((file) => file.category === 'data'),
    basemapGzipBytes: sum((file) => file.category === 'basemap'),
    fontGzipBytes: sum((file) => file.category === 'font'),
    files,
  };
}

/** The files a budget counts, biggest first, one line each, for a failure message. */
export function biggestChunks(files: readonly ClassifiedFile[], count = 5): string {
  return [...files]
    .sort((a, b) => b.gzipBytes - a.gzipBytes)
    .slice(0, count)
    .map((file) => `  ${file.path}: ${file.gzipBytes} B gzip (${file.category})`)
    .join('\n');
}
