/**
 * The one place that configures maplibre-gl globally: its worker script, served from our own
 * origin (the CSP allows workers from 'self' only). Arabic needs no RTL plugin: maplibre-gl 6
 * shapes and reorders it itself when the style has no `glyphs`.
 */
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

let initialised = false;

export function initMaplibre(): void {
  if (initialised) return;
  initialised = true;
  setWorkerUrl(workerUrl);
}
