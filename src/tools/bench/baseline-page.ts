/**
 * The load benchmark's baseline: a page with bare maplibre-gl (its own worker, no React, no store,
 * no story layers) drawing the app's basemap with the app's own basemap layers (land, borders, sea
 * and country labels in the same webfont) at the camera the app opens on. Built with Vite into a
 * temporary directory at bench time and never committed.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'vite';
import { eventsCollectionSchema, placesCollectionSchema } from '../../data/schema.ts';
import { indexStory } from '../../data/story-index.ts';
import { textDirection } from '../../i18n/i18n.ts';
import { eventFrame, INITIAL_VIEW, wholeStoryFrame, type Frame } from '../../map/camera.ts';
import { repoPath } from './repo-path.ts';

/**
 * The frame the app's map controller jumps to on load at the first event (src/map/map-controller.ts
 * moveCamera): the event's own frame, else the whole story. Computed with the app's camera code.
 */
async function firstFrame(): Promise<Frame | null> {
  const read = async (file: string): Promise<unknown> => JSON.parse(await readFile(repoPath(file), 'utf8'));
  const places = placesCollectionSchema.parse(await read('geo/places.geojson'));
  const events = eventsCollectionSchema.parse(await read('geo/events.geojson'));
  const { story } = indexStory(places, events, []);
  return eventFrame(story, 0) ?? wholeStoryFrame(story.places);
}

function mainSource(frame: Frame | null, language: 'ar' | 'en'): string {
  const src = (path: string) => JSON.stringify(repoPath(path));
  return `import { Map, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import basemapUrl from ${JSON.stringify(`${repoPath('geo/basemap.geojson')}?url`)};
import { basemapLayers } from ${src('src/map/layers.ts')};
import { mapFontFaces } from ${src('src/map/font-faces.ts')};
import { framePadding } from ${src('src/map/camera.ts')};
import { publishMapState } from ${src('src/store/probe.ts')};

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
  center: ${JSON.stringify(INITIAL_VIEW.center)},
  zoom: ${INITIAL_VIEW.zoom},
  renderWorldCopies: false,
  maplibreLogo: false,
});
const frame = ${JSON.stringify(frame)};
const padding = framePadding({
  widthPx: container.clientWidth,
  heightPx: container.clientHeight,
  insetStartPx: 0,
  rtl: ${JSON.stringify(textDirection(language) === 'rtl')},
});
if (frame?.kind === 'fit') map.fitBounds(frame.bounds, { padding, maxZoom: frame.maxZoom, duration: 0 });
else if (frame) map.jumpTo({ center: frame.center, zoom: frame.zoom, padding });
map.once('idle', () => publishMapState('idle'));
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
  await writeFile(join(sourceDir, 'main.js'), mainSource(await firstFrame(), language));
  await build({
    root: sourceDir,
    base: './',
    configFile: false,
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
}
