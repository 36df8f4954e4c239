/**
 * What the map reads of a place's extent: whether it is an area, how big it is and its box. The
 * site build computes box and surface (src/data/story-split.ts indexPlace); a country has no
 * polygon in the index, the map draws it from the basemap's own feature (story-features.ts).
 */
import type { StoryPlace } from '../data/story-index.ts';

/** Whether a place is an area (country, region, sea) rather than a dot (city, site). */
export function isAreaPlace(place: StoryPlace): boolean {
  return place.geometry?.type !== 'Point';
}

/** An area's surface in m² (computed by the site build), so a click picks the smallest area under the pointer; 0 for a dot. */
export function placeAreaM2(place: StoryPlace): number {
  return place.areaM2 ?? 0;
}

/** An area's box [west, south, east, north] (computed by the site build); a dot's is its point. */
export function placeBounds(place: StoryPlace): [number, number, number, number] {
  const [lon, lat] = place.properties.label;
  return place.bbox ?? [lon, lat, lon, lat];
}
