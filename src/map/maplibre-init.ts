/**
 * The one place that configures maplibre-gl globally: its worker script, served from our own
 * origin (the CSP allows workers from 'self' only). Arabic needs no RTL plugin: maplibre-gl 6
 * shapes and reorders it itself when the style has no `glyphs`.
 */
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

let initialised = false;

/**
 * Sets the worker's address and starts maplibre-gl's workers (`prewarm`): called as the page starts,
 * so the worker's script loads and compiles while the story's index is on its way, not after.
 */
export function initMaplibre(): void {
  if (initialised) return;
  initialised = true;
  setWorkerUrl(workerUrl);
  prewarm();
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
