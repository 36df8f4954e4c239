import { bbox } from '@turf/turf';
import type { PlaceFeature } from '../data/schema.ts';

export type Bounds = [west: number, south: number, east: number, north: number];

/**
 * The box to fit for an event's places, from their label points (a country's label point, not
 * its outline, so that Russia does not zoom the map out to the whole northern hemisphere).
 * @example placesBounds([moscow, kyiv]) // [30.52, 50.45, 37.62, 55.76]
 */
export function placesBounds(places: readonly PlaceFeature[]): Bounds | null {
  if (places.length === 0) return null;
  const [west, south, east, north] = bbox({
    type: 'MultiPoint',
    coordinates: places.map((place) => [...place.properties.label]),
  });
  return [west, south, east, north];
}

let reducedMotionQuery: MediaQueryList | null = null;

/** Whether the reader asked for less motion; the query is made once and read live (it is asked on every step). */
export function prefersReducedMotion(): boolean {
  if (typeof matchMedia !== 'function') return false;
  reducedMotionQuery ??= matchMedia('(prefers-reduced-motion: reduce)');
  return reducedMotionQuery.matches;
}

/**
 * How long the camera takes to reach an event: it jumps on the first view and for readers who asked
 * for less motion, and flies otherwise.
 * @example cameraMoveDurationMs({ firstView: false, reducedMotion: true, flyDurationMs: 1200 }) // 0
 */
export function cameraMoveDurationMs(options: {
  firstView: boolean;
  reducedMotion: boolean;
  flyDurationMs: number;
}): number {
  return options.firstView || options.reducedMotion ? 0 : options.flyDurationMs;
}
