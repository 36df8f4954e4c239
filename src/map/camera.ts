import { isAreaPlace, placeBounds } from './place-extent.ts';
import type { Camera } from '../data/schema.ts';
import { eventPlaces, type StoryIndex, type StoryPlace } from '../data/story-index.ts';
import { contactCapitals } from './story-features.ts';

export type Bounds = [west: number, south: number, east: number, north: number];

/** Where the camera goes for an event or a place: a box to fit (with a zoom ceiling), or a set view. */
export type Frame =
  { kind: 'fit'; bounds: Bounds; maxZoom: number } | { kind: 'view'; center: [number, number]; zoom: number };

/** Around a city, this much land and sea stays in view (degrees each side): its region, its neighbours. */
const CITY_CONTEXT_DEG: readonly [number, number] = [6, 4];
/**
 * An area is framed by its outline, but never more than this far from its label point (degrees each
 * side): Russia or the United States frame their heartland, not a hemisphere. An area that is not
 * the event's first place gets half the window: it is context, the first place is the subject.
 */
const AREA_WINDOW_DEG: readonly [number, number] = [12, 8];
/**
 * Zoom ceilings: a city never zooms to street level, a country never fills the frame, and the whole
 * story (every city at once) stays a view of continents.
 */
export const MAX_ZOOM = { city: 6, area: 5.5, country: 5, wholeStory: 4 } as const;

/** Where the map opens before its first frame (then it jumps to the current event's). */
export const INITIAL_VIEW = { center: [20, 40] as [number, number], zoom: 2 } as const;

/** The column of map buttons (zoom, whole story, full screen) and its margin. */
const CONTROLS_WIDTH_PX = 48;

/**
 * The box that shows one place with its context: a city with the land around it, an area by its
 * outline clipped to a window around its label point (and never smaller than a city's context).
 * @example placeBox(riyadh) // [40.77, 20.64, 52.77, 28.64]
 */
export function placeBox(place: StoryPlace, subject = true): Bounds {
  const [lon, lat] = place.properties.label;
  if (!isAreaPlace(place)) {
    const [dLon, dLat] = CITY_CONTEXT_DEG;
    return [lon - dLon, lat - dLat, lon + dLon, lat + dLat];
  }
  const [west, south, east, north] = placeBounds(place);
  const share = subject ? 1 : 0.5;
  const [wLon, wLat] = [AREA_WINDOW_DEG[0] * share, AREA_WINDOW_DEG[1] * share];
  // Never less than a city's context: a small region is shown with its neighbours, not alone.
  const [dLon, dLat] = CITY_CONTEXT_DEG;
  return [
    Math.min(lon - dLon, Math.max(west, lon - wLon)),
    Math.min(lat - dLat, Math.max(south, lat - wLat)),
    Math.max(lon + dLon, Math.min(east, lon + wLon)),
    Math.max(lat + dLat, Math.min(north, lat + wLat)),
  ];
}

function union(boxes: readonly Bounds[]): Bounds | null {
  if (boxes.length === 0) return null;
  return boxes.reduce<Bounds>(
    (a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])],
    [Infinity, Infinity, -Infinity, -Infinity],
  );
}

/**
 * How to frame an event or a place: the chronology's camera override if it has one; else every
 * place with its context, under the zoom ceiling of its coarsest kind. Null with nothing to frame.
 * @example placesFrame([kyiv]) // { kind: 'fit', bounds: [24.5, 46.4, 36.5, 54.4], maxZoom: 6 }
 */
export function placesFrame(places: readonly StoryPlace[], camera?: Camera): Frame | null {
  if (camera) return { kind: 'view', center: [camera.center[0], camera.center[1]], zoom: camera.zoom };
  const bounds = union(places.map((place, i) => placeBox(place, i === 0)));
  if (!bounds) return null;
  const kinds = new Set(places.map((p) => p.properties.kind));
  const maxZoom = kinds.has('country')
    ? MAX_ZOOM.country
    : places.some(isAreaPlace)
      ? MAX_ZOOM.area
      : MAX_ZOOM.city;
  return { kind: 'fit', bounds, maxZoom };
}

/**
 * The whole story: every city and site, and the points where areas' names are written (their
 * outlines would stretch it to Siberia; without their label points a name such as "United States",
 * west of Washington, was cut at the map's edge), under a continent-wide ceiling. Null for a story
 * without cities or sites.
 */
export function wholeStoryFrame(places: readonly StoryPlace[]): Frame | null {
  const frame = placesFrame(places.filter((p) => !isAreaPlace(p)));
  if (frame?.kind !== 'fit') return frame;
  const labels = places.filter(isAreaPlace).map(({ properties: { label } }): Bounds => [...label, ...label]);
  return { ...frame, bounds: union([frame.bounds, ...labels]) ?? frame.bounds, maxZoom: MAX_ZOOM.wholeStory };
}

/**
 * An event's frame: its places, and both ends of every contact line (the capitals), or its camera
 * override. Null for an event with nothing to frame (the camera then stays where it is).
 * @example eventFrame(story, 0) // null for a first event without places
 */
export function eventFrame(story: Pick<StoryIndex, 'events' | 'placeById'>, index: number): Frame | null {
  const event = story.events[index];
  if (!event) return null;
  const places = eventPlaces(story, event);
  for (const capital of contactCapitals(story, event)) if (!places.includes(capital)) places.push(capital);
  return placesFrame(places, event.properties.camera);
}

/**
 * The padding a frame keeps inside the map: a margin on every side, the card over the map at the
 * start side (left in English, right in Arabic), and the map's buttons at the end side.
 * @example framePadding({ widthPx: 1000, heightPx: 600, insetStartPx: 0, rtl: false }) // { top: 60, bottom: 60, left: 60, right: 108 }
 */
export function framePadding(view: {
  widthPx: number;
  heightPx: number;
  insetStartPx: number;
  rtl: boolean;
}): {
  top: number;
  bottom: number;
  left: number;
  right: number;
} {
  const inset = Math.min(view.insetStartPx, view.widthPx / 2);
  const edge = Math.round(Math.min(60, (view.widthPx - inset) * 0.08, view.heightPx * 0.1));
  const controls = CONTROLS_WIDTH_PX;
  return {
    top: edge,
    bottom: edge,
    left: edge + (view.rtl ? controls : inset),
    right: edge + (view.rtl ? inset : controls),
  };
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
