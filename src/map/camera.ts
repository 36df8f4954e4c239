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
