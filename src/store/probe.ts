/**
 * What tools outside the app observe (the e2e tests, the screenshots, the benchmark), defined once:
 * the app sets these and src/tools and tests/e2e import them, so a rename is a one-file change.
 * This module must stay importable from Node (no DOM access at import time, no asset imports).
 *
 * - Performance entries: `step` (a measure from the step action to the last synchronous view
 *   update), `stepCommitted` (a mark: React has committed the new current event),
 *   `timelineFrame` (a measure: one synchronous redraw of the timeline canvas).
 * - Readiness: `<html data-map-state>`, 'idle' once MapLibre has drawn everything it was asked to.
 * - `window.__qanat.store`: the store API (getState, subscribe, actions) for in-page measurement.
 * - The timeline's marks as drawn, a function on the slider element (for pointer tests); where the
 *   map draws a place, a function on the map's container.
 * - The app's address for a view, written by the app's own URL serialiser.
 */
import type { StoryStore } from './story-store.ts';
import { serialiseUrlState, type UrlState } from './url-state.ts';

/** Names of the performance marks and measures the app records. */
export const PROBE_MARKS = {
  step: 'qanat:step',
  stepCommitted: 'qanat:step-committed',
  timelineFrame: 'qanat:timeline-frame',
} as const;

/** The readiness signal's values ('unavailable' when WebGL is missing and the app runs without a map). */
export type MapState = 'loading' | 'moving' | 'idle' | 'unavailable';

/** The `dataset` key of <html> that carries the map state (the attribute `data-map-state`). */
export const MAP_STATE_KEY = 'mapState';

/** Writes the readiness signal on <html>, only on change (an attribute write restyles the page). */
export function publishMapState(state: MapState): void {
  const root = document.documentElement;
  if (root.dataset[MAP_STATE_KEY] !== state) root.dataset[MAP_STATE_KEY] = state;
}

/** One timeline mark as drawn, in CSS pixels from the slider element's top left corner. */
export interface TimelineMarkProbe {
  index: number;
  id: string;
  kind: 'tick' | 'bar' | 'band';
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The slider element's property that lists the marks in view (set while the timeline is drawn). */
export const TIMELINE_MARKS_KEY = '__qanatTimelineMarks';

/** The timeline's slider element as tests see it. */
export type TimelineProbeElement = HTMLElement & { [TIMELINE_MARKS_KEY]?: () => TimelineMarkProbe[] };

/**
 * The map container's property that says where a longitude/latitude is drawn, in CSS pixels from
 * the map's top left corner (a longitude 360° apart is the next copy of the world); set once the
 * map exists.
 */
export const MAP_PROJECT_KEY = '__qanatMapProject';

/** The map's container element as tests see it. */
export type MapProbeElement = HTMLElement & {
  [MAP_PROJECT_KEY]?: (lonLat: [number, number]) => { x: number; y: number };
};

declare global {
  interface Window {
    /** Measurement hook for benchmarks and tests: the store API (getState, subscribe, actions). */
    __qanat?: { store: StoryStore };
  }
}

/** A view of the app as its address holds it; what is left out is not in the address. */
export type StoryView = Partial<UrlState>;

/**
 * The app's address for a view, with the app's own whitelist and serialiser.
 * @example storyUrl('http://127.0.0.1:4173', { event: 'x', lang: 'en' }) // 'http://127.0.0.1:4173/?event=x&lang=en'
 */
export function storyUrl(origin: string, view: StoryView = {}): string {
  return `${origin}/${serialiseUrlState(view)}`;
}
