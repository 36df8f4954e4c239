/**
 * Main-thread cost per frame of the tour's camera flights, in the app and, flying the same path,
 * on the fixed reference page (bare maplibre-gl, baseline-page.ts), in the same browser.
 *
 * The path: from the app's first view (`/`, Arabic, the introduction closed) to each of the next
 * `flights` events whose frame differs from the one before, in story order; the frames come from
 * the app's own camera code (src/map/camera.ts `eventFrame`, `framePadding`) run on the story the
 * page loaded. The app is driven through its store (`goToEvent`, as a step does), and each flight
 * ends when `<html data-map-state>` is back at `idle`. The reference gets the same frames with the
 * app's move options (MapSync.frame in src/map/map-sync.ts: `fitBounds` with padding and maxZoom,
 * which flies, or `easeTo` for a set view; the app's fly duration), in a map resized to the app's
 * map size, so both draw the same camera path frame for frame.
 *
 * Frames are measured from a Chrome trace (flight-frames.ts): main-thread busy time per frame.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { PlaceFeature } from '../../data/schema.ts';
import { eventFrame, framePadding, wholeStoryFrame, type Frame } from '../../map/camera.ts';
import { MAP_STATE_KEY } from '../../store/probe.ts';
import { REFERENCE_GLOBAL } from './baseline-page.ts';
import {
  FLIGHT_MARKS,
  flightFrames,
  TRACE_CATEGORIES,
  type FlightFrames,
  type TraceEvent,
} from './flight-frames.ts';
import { BENCH_VIEWPORT } from './load-timing.ts';
import { collectPageDiagnostics } from './page-diagnostics.ts';
import { withReadyStoryPage } from './ready-page.ts';
import { repoPath } from './repo-path.ts';

const FLIGHT_TIMEOUT_MS = 30_000;
const READY_TIMEOUT_MS = 60_000;

/**
 * The app's fly duration, read from src/map/map-sync.ts (FLY_DURATION_MS is not exported), so the
 * reference flies as long as the app does.
 */
export function appFlyDurationMs(source = readFileSync(repoPath('src/map/map-sync.ts'), 'utf8')): number {
  const match = /\bFLY_DURATION_MS\s*=\s*([\d_]+)/.exec(source);
  if (!match?.[1]) throw new Error('src/map/map-sync.ts: FLY_DURATION_MS not found');
  return Number(match[1].replaceAll('_', ''));
}

/** What the app's camera code reads of a story (the events' type follows the app's). */
type PathStory = Parameters<typeof eventFrame>[0];
type StoryEvent = PathStory['events'][number];

export interface TourPath {
  /** The events flown to, in order (not the starting one). */
  eventIds: string[];
  /** The first view's frame, then one per event of `eventIds`. */
  frames: Frame[];
}

/**
 * The flights' path: the frame the map opens on at `startIndex` (its event's, else the whole
 * story, as MapSync.moveCamera does on load), then the next `flights` events whose frame differs
 * from the previous one (an event without places does not move the camera, and a move to the same
 * frame is not a flight).
 */
export function tourPath(story: PathStory, startIndex: number, flights: number): TourPath {
  const first = eventFrame(story, startIndex) ?? wholeStoryFrame([...story.placeById.values()]);
  if (!first) throw new Error('the story has nothing to frame');
  const path: TourPath = { eventIds: [], frames: [first] };
  for (
    let index = startIndex + 1;
    index < story.events.length && path.eventIds.length < flights;
    index += 1
  ) {
    const frame = eventFrame(story, index);
    if (!frame || JSON.stringify(frame) === JSON.stringify(path.frames[path.frames.length - 1])) continue;
    path.eventIds.push(story.events[index]?.id ?? '');
    path.frames.push(frame);
  }
  if (path.eventIds.length < flights)
    throw new Error(`the story has ${path.eventIds.length} flights from event ${startIndex}, not ${flights}`);
  return path;
}

/** In-page helpers shared by both drivers (strings, so no transpiler helper leaks into the page). */
const PAGE_HELPERS = `
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const root = document.documentElement;
  const mapStateIs = (state) => root.dataset[key] === state;
  const waitForState = (state, timeoutMs, what) => new Promise((resolve, reject) => {
    if (mapStateIs(state)) { resolve(); return; }
    const observer = new MutationObserver(() => {
      if (!mapStateIs(state)) return;
      observer.disconnect(); clearTimeout(timer); resolve();
    });
    observer.observe(root, { attributes: true });
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error(what + ': map not ' + state + ' within ' + timeoutMs + ' ms')); }, timeoutMs);
  });`;

const APP_FLIGHTS_SCRIPT = `async ({ eventIds, key, marks, timeoutMs }) => {
  ${PAGE_HELPERS}
  const store = window.__qanat.store;
  for (const id of eventIds) {
    await frame();
    await frame();
    performance.mark(marks.start);
    store.getState().goToEvent(id);
    // The map controller's move fires movestart (data-map-state 'moving') within the call.
    await waitForState('moving', timeoutMs, id);
    await waitForState('idle', timeoutMs, id);
    performance.mark(marks.end);
  }
}`;

const REFERENCE_FLIGHTS_SCRIPT = `async ({ frames, size, padding, durationMs, marks, timeoutMs, global }) => {
  const key = 'unused';
  ${PAGE_HELPERS}
  const { map } = window[global];
  const idle = (what) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(what + ': reference map not idle within ' + timeoutMs + ' ms')), timeoutMs);
    map.once('idle', () => { clearTimeout(timer); resolve(); });
  });
  // MapSync.frame's two moves, with the app's options.
  const move = (target, duration) => {
    if (target.kind === 'view') map.easeTo({ center: target.center, zoom: target.zoom, padding, duration });
    else map.fitBounds(target.bounds, { padding, maxZoom: target.maxZoom, duration });
  };
  const container = map.getContainer();
  container.style.width = size.width + 'px';
  container.style.height = size.height + 'px';
  map.resize();
  let settled = idle('first view');
  move(frames[0], 0);
  map.triggerRepaint();
  await settled;
  for (let i = 1; i < frames.length; i += 1) {
    await frame();
    await frame();
    performance.mark(marks.start);
    settled = idle('flight ' + i);
    move(frames[i], durationMs);
    await settled;
    performance.mark(marks.end);
  }
}`;

async function traced(page: Page, run: () => Promise<void>): Promise<FlightFrames> {
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser to trace');
  await browser.startTracing(page, { categories: [...TRACE_CATEGORIES] });
  let trace: Buffer;
  try {
    await run();
  } finally {
    trace = await browser.stopTracing();
  }
  const parsed = JSON.parse(trace.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return flightFrames(Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []));
}

export interface FlightSamples {
  eventIds: string[];
  durationMs: number;
  /** The app's map size in CSS px, which the reference map takes for the flights. */
  mapSize: { width: number; height: number };
  app: FlightFrames;
  reference: FlightFrames;
}

const STORY_SCRIPT = `(() => {
  const state = window.__qanat.store.getState();
  const canvas = document.querySelector('.maplibregl-canvas');
  return {
    currentIndex: state.currentIndex,
    events: state.story.events,
    places: state.story.places,
    language: state.language,
    width: canvas.width / devicePixelRatio,
    height: canvas.height / devicePixelRatio,
  };
})()`;

/**
 * Flies the app (`appUrl`, the default view) and then the reference page (`referenceUrl`) along the
 * same `flights` flights, each traced; returns both pages' frame costs.
 */
export async function measureFlights(
  browser: Browser,
  appUrl: string,
  referenceUrl: string,
  flights: number,
): Promise<FlightSamples> {
  const durationMs = appFlyDurationMs();
  const appRun = await withReadyStoryPage(browser, appUrl, async ({ page, describe, pageErrors }) => {
    // A reader closes the introduction and follows the story; the map stays the same size.
    await page.evaluate('window.__qanat.store.getState().setIntroOpen(false)');
    await page.waitForFunction((key) => document.documentElement.dataset[key] === 'idle', MAP_STATE_KEY);
    const seen = (await page.evaluate(STORY_SCRIPT)) as {
      currentIndex: number;
      events: StoryEvent[];
      places: PlaceFeature[];
      language: 'ar' | 'en';
      width: number;
      height: number;
    };
    const path = tourPath(
      { events: seen.events, placeById: new Map(seen.places.map((place) => [place.id, place])) },
      seen.currentIndex,
      flights,
    );
    const options = {
      eventIds: path.eventIds,
      key: MAP_STATE_KEY,
      marks: FLIGHT_MARKS,
      timeoutMs: FLIGHT_TIMEOUT_MS,
    };
    let frames: FlightFrames;
    try {
      frames = await traced(page, async () => {
        await page.evaluate(`(${APP_FLIGHTS_SCRIPT})(${JSON.stringify(options)})`);
      });
    } catch (error) {
      throw new Error(`${appUrl}: flights failed: ${String(error)}\n  ${await describe()}`, { cause: error });
    }
    if (pageErrors.length > 0)
      throw new Error(`${appUrl}: page errors while flying: ${pageErrors.join('; ')}`);
    return { path, frames, seen };
  });
  const mapSize = { width: appRun.seen.width, height: appRun.seen.height };
  const padding = framePadding({
    widthPx: mapSize.width,
    heightPx: mapSize.height,
    insetStartPx: 0,
    rtl: appRun.seen.language === 'ar',
  });
  const reference = await flyReference(browser, referenceUrl, {
    frames: appRun.path.frames,
    size: mapSize,
    padding,
    durationMs,
    marks: FLIGHT_MARKS,
    timeoutMs: FLIGHT_TIMEOUT_MS,
    global: REFERENCE_GLOBAL,
  });
  return { eventIds: appRun.path.eventIds, durationMs, mapSize, app: appRun.frames, reference };
}

async function flyReference(
  browser: Browser,
  url: string,
  options: Record<string, unknown>,
): Promise<FlightFrames> {
  const context = await browser.newContext({ viewport: BENCH_VIEWPORT, locale: 'ar' });
  try {
    const page = await context.newPage();
    const diagnostics = collectPageDiagnostics(page);
    await page.goto(url, { waitUntil: 'commit' });
    try {
      await page.waitForFunction((key) => document.documentElement.dataset[key] === 'idle', MAP_STATE_KEY, {
        timeout: READY_TIMEOUT_MS,
        polling: 100,
      });
      return await traced(page, async () => {
        await page.evaluate(`(${REFERENCE_FLIGHTS_SCRIPT})(${JSON.stringify(options)})`);
      });
    } catch (error) {
      throw new Error(
        `${url}: reference flights failed: ${String(error)}\n  ${await diagnostics.describe()}`,
        {
          cause: error,
        },
      );
    }
  } finally {
    await context.close();
  }
}
