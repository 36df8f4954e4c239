/**
 * The load and flight benchmarks' fixed reference: a page with bare maplibre-gl (its own worker, no
 * React, no store, no story layers) drawing the 50 m basemap (geo/basemap.geojson) with a frozen
 * copy of the app's basemap layers, in a map the size of the app's map area, at the app's first
 * view: all frozen in reference-style.ts on 2026-12-01, so that the page, and the ratios against
 * it, do not move when the app changes. Built with Vite into a temporary directory at bench time
 * and never committed.
 *
 * For the flight benchmark it also exposes its map as `window.__qanatReference.map`
 * (flight-timing.ts flies it along the app's path); the load run does not touch it.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'vite';
import { repoPath } from './repo-path.ts';
import { REFERENCE_CAMERA, REFERENCE_FONT, REFERENCE_LAYERS, REFERENCE_MAP_SIZE } from './reference-style.ts';

/** The page's global for the flight benchmark. */
export const REFERENCE_GLOBAL = '__qanatReference';

function mainSource(): string {
  const src = (path: string) => JSON.stringify(repoPath(path));
  const font = (subset: string) =>
    JSON.stringify(`@fontsource/noto-sans-arabic/files/noto-sans-arabic-${subset}-400-normal.woff2?url`);
  return `import { Map, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import arabicFontUrl from ${font('arabic')};
import latinFontUrl from ${font('latin')};
import basemapUrl from ${JSON.stringify(`${repoPath('geo/basemap.geojson')}?url`)};
import { publishMapState } from ${src('src/store/probe.ts')};

setWorkerUrl(workerUrl);
// The frozen style and camera (reference-style.ts), written in as data.
const REFERENCE_CAMERA = ${JSON.stringify(REFERENCE_CAMERA)};
const REFERENCE_FONT = ${JSON.stringify(REFERENCE_FONT)};
const REFERENCE_LAYERS = ${JSON.stringify(REFERENCE_LAYERS)};
const base = document.baseURI;
// Every source the layers read gets the basemap file (labels included, placed by maplibre-gl on
// the polygons), so the reference never needs app code to derive its data.
const data = new URL(basemapUrl, base).href;
const sources = Object.fromEntries(
  REFERENCE_LAYERS.filter((layer) => 'source' in layer).map((layer) => [layer.source, { type: 'geojson', data }]),
);
const fontFaces = {
  [REFERENCE_FONT.name]: [
    { url: new URL(arabicFontUrl, base).href, 'unicode-range': [...REFERENCE_FONT.arabicRange] },
    { url: new URL(latinFontUrl, base).href, 'unicode-range': [...REFERENCE_FONT.latinRange] },
  ],
};
const map = new Map({
  container: document.getElementById('map'),
  style: { version: 8, sources, layers: REFERENCE_LAYERS, 'font-faces': fontFaces },
  center: REFERENCE_CAMERA.center,
  zoom: REFERENCE_CAMERA.zoom,
  renderWorldCopies: false,
  maplibreLogo: false,
});
map.once('idle', () => publishMapState('idle'));
window[${JSON.stringify(REFERENCE_GLOBAL)}] = { map };
`;
}

const INDEX_HTML = `<!doctype html>
<html lang="ar" dir="rtl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>reference</title>
<style>html, body { margin: 0; width: 100%; height: 100%; }
#map { width: ${REFERENCE_MAP_SIZE.width}px; height: ${REFERENCE_MAP_SIZE.height}px; }</style></head>
<body><div id="map"></div><script type="module" src="./main.js"></script></body>
</html>
`;

/**
 * Builds the reference site into `outDir` (its sources go to .cache/bench/, inside the repository
 * so they resolve node_modules like the app does).
 */
export async function buildBaselinePage(outDir: string): Promise<void> {
  const sourceDir = repoPath('.cache/bench/baseline-src');
  await mkdir(sourceDir, { recursive: true });
  await writeFile(join(sourceDir, 'index.html'), INDEX_HTML);
  await writeFile(join(sourceDir, 'main.js'), mainSource());
  await build({
    root: sourceDir,
    base: './',
    configFile: false,
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
}
