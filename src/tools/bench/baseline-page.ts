/**
 * The load benchmark's baseline: a page with bare maplibre-gl (its own worker, no React, no store,
 * no story layers) drawing the app's basemap with the app's own basemap layers (land, borders, sea
 * and country labels in the same webfont) at the camera the app opens on. Built with Vite into a
 * temporary directory at bench time and never committed.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'vite';
import { repoPath } from './repo-path.ts';

/** Same constants as the app's map controller (src/map/map-controller.ts) so both open on one view. */
const APP_MAP_OPTIONS = { center: [20, 40], zoom: 2, maxFitZoom: 5.5, maxPaddingPx: 80 } as const;

type Bounds = [number, number, number, number];

interface LabelledFeature {
  id?: unknown;
  properties?: { label?: unknown; places?: unknown };
}

/** The box the app fits on load: the label points of the first event's places. */
async function firstEventBounds(): Promise<Bounds | null> {
  const read = async (file: string) =>
    (JSON.parse(await readFile(repoPath(file), 'utf8')) as { features: LabelledFeature[] }).features;
  const [places, events] = await Promise.all([read('geo/places.geojson'), read('geo/events.geojson')]);
  const labels = new Map(places.map((place) => [place.id, place.properties?.label]));
  const firstPlaces = events[0]?.properties?.places;
  const points = (Array.isArray(firstPlaces) ? firstPlaces : [])
    .map((id) => labels.get(id))
    .filter((label): label is [number, number] => Array.isArray(label));
  if (points.length === 0) return null;
  const lons = points.map(([lon]) => lon);
  const lats = points.map(([, lat]) => lat);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

function mainSource(bounds: Bounds | null, language: 'ar' | 'en'): string {
  const src = (path: string) => JSON.stringify(repoPath(path));
  return `import { Map, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import basemapUrl from ${JSON.stringify(`${repoPath('geo/basemap.geojson')}?url`)};
import { basemapLayers } from ${src('src/map/layers.ts')};
import { mapFontFaces } from ${src('src/map/font-faces.ts')};

setWorkerUrl(workerUrl);
const container = document.getElementById('map');
const layers = basemapLayers(${JSON.stringify(language)});
// Every source the app's basemap layers read gets the basemap file (labels included, placed by
// maplibre-gl on the polygons), so the baseline never needs app code to derive its data.
const data = new URL(basemapUrl, document.baseURI).href;
const sources = Object.fromEntries(
  layers.filter((layer) => 'source' in layer).map((layer) => [layer.source, { type: 'geojson', data }]),
);
const map = new Map({
  container,
  style: { version: 8, sources, layers, 'font-faces': mapFontFaces(document.baseURI) },
  center: ${JSON.stringify(APP_MAP_OPTIONS.center)},
  zoom: ${APP_MAP_OPTIONS.zoom},
  renderWorldCopies: false,
  maplibreLogo: false,
});
const bounds = ${JSON.stringify(bounds)};
if (bounds) {
  const padding = Math.round(Math.min(${APP_MAP_OPTIONS.maxPaddingPx}, container.clientWidth * 0.12, container.clientHeight * 0.15));
  map.fitBounds(bounds, { padding, maxZoom: ${APP_MAP_OPTIONS.maxFitZoom}, duration: 0 });
}
map.once('idle', () => { document.documentElement.dataset.mapState = 'idle'; });
`;
}

const INDEX_HTML = `<!doctype html>
<html lang="ar" dir="rtl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>baseline</title>
<style>html, body, #map { margin: 0; width: 100%; height: 100%; }</style></head>
<body><div id="map"></div><script type="module" src="./main.js"></script></body>
</html>
`;

/**
 * Builds the baseline site into `outDir` (its sources go to .cache/bench/, inside the repository so
 * they resolve node_modules and src/map/ like the app does).
 */
export async function buildBaselinePage(outDir: string, language: 'ar' | 'en' = 'ar'): Promise<void> {
  const sourceDir = repoPath('.cache/bench/baseline-src');
  await mkdir(sourceDir, { recursive: true });
  await writeFile(join(sourceDir, 'index.html'), INDEX_HTML);
  await writeFile(join(sourceDir, 'main.js'), mainSource(await firstEventBounds(), language));
  await build({
    root: sourceDir,
    base: './',
    configFile: false,
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
}
