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

/**
 * Whether the worker script can be fetched: without it maplibre-gl never finishes loading and says
 * nothing. A GET whose body is cancelled once the headers arrive (a HEAD would bypass the offline
 * cache), so the check costs a round trip, not a download.
 */
export async function workerReachable(): Promise<boolean> {
  try {
    const response = await fetch(workerUrl);
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}
