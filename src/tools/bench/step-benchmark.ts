/**
 * Main-thread cost of one timeline step, measured inside the page through the app's measurement
 * hook (`window.__qanat.store`, see src/store/probe.ts).
 *
 * The step: from a mark set just before `store.getState().stepForward()` (or `stepBackward()` at
 * the end of the story: the steps go back and forth) to the app's `qanat:step-committed` mark,
 * which the timeline (src/timeline/Timeline.tsx) sets in a layout effect when React commits the new
 * current event. Between the two run, back to back on the main thread, the store update, its
 * synchronous subscribers (the map controller's feature state, sources and camera start; the
 * timeline canvas) and React's render and commit (flushed in a microtask). Each step starts right
 * after a frame, so no map render falls inside it. MapLibre's tile and worker messages and the
 * camera animation come later and are not part of the step; `withNextTaskMs` (until the first task
 * after the call) still reports them as far as they run before that task, so nothing is hidden.
 */
import type { Browser } from 'playwright-core';
import { PROBE_MARKS } from '../../store/probe.ts';
import { withReadyStoryPage, type ReadyPage } from './ready-page.ts';

/** Frames to wait for a step's end mark before calling the step lost (not a timing: a dead end). */
const MAX_FRAMES_FOR_END_MARK = 120;

export interface StepSamples {
  eventCount: number;
  /** Mark before the call through the commit mark: the step as defined above. */
  stepMs: number[];
  /** The call until the first task after it (the previous definition, kept for comparison). */
  withNextTaskMs: number[];
  /** The call alone: store and its synchronous subscribers, before React's microtask. */
  syncMs: number[];
  /**
   * Steps whose commit mark came only after the first task following the call: their stepMs then
   * spans more than one task and may include idle time (0 when React commits in a microtask).
   */
  endedAfterNextTask: number;
  /** Cold load of this page to story ready and map idle, for information. */
  loadMs: number;
}

/** In-page code as a string, so no transpiler helper is serialised into the page. */
const STEP_SCRIPT = `async ({ steps, committedMark, maxFrames }) => {
  const store = window.__qanat.store;
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const task = () => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
  // The end of step i, as a page timestamp: read from the entry, so when the wait notices it does
  // not matter. Polled once per frame; no mark within maxFrames frames means the step is lost.
  const endOf = async (i, start) => {
    for (let waited = 0; waited <= maxFrames; waited += 1) {
      const mark = performance.getEntriesByName(committedMark, 'mark').find((entry) => entry.startTime >= start);
      if (mark) return mark.startTime;
      await frame();
    }
    throw new Error('step ' + (i + 1) + ': no ' + committedMark + ' mark within ' + maxFrames + ' frames (current index ' + store.getState().currentIndex + ')');
  };
  const eventCount = store.getState().story.events.length;
  store.getState().goToFirst();
  await frame();
  await frame();
  const stepMs = [], withNextTaskMs = [], syncMs = [];
  let endedAfterNextTask = 0;
  let direction = 1;
  for (let i = 0; i < steps; i += 1) {
    await frame();
    await task();
    const state = store.getState();
    const next = state.currentIndex + direction;
    if (next < 0 || next > eventCount - 1) direction = -direction;
    performance.clearMarks(committedMark);
    const start = performance.mark('qanat:bench-step-start').startTime;
    if (direction > 0) state.stepForward(); else state.stepBackward();
    const afterSync = performance.now();
    await task();
    const afterTask = performance.now();
    const end = await endOf(i, start);
    syncMs.push(afterSync - start);
    withNextTaskMs.push(afterTask - start);
    stepMs.push(end - start);
    if (end > afterTask) endedAfterNextTask += 1;
  }
  performance.clearMarks('qanat:bench-step-start');
  return { eventCount, stepMs, withNextTaskMs, syncMs, endedAfterNextTask };
}`;

/** Loads `url` in a fresh context, waits for the story and the map, then times `steps` steps. */
export async function measureSteps(browser: Browser, url: string, steps: number): Promise<StepSamples> {
  return withReadyStoryPage(browser, url, (ready) => stepOnReadyPage(ready, url, steps));
}

/** Times `steps` steps on a page whose story and map are ready (see measureSteps). */
export async function stepOnReadyPage(
  { page, describe, pageErrors }: ReadyPage,
  url: string,
  steps: number,
): Promise<StepSamples> {
  const loadMs = (await page.evaluate('performance.now()')) as number;
  const options = { steps, committedMark: PROBE_MARKS.stepCommitted, maxFrames: MAX_FRAMES_FOR_END_MARK };
  let samples: Omit<StepSamples, 'loadMs'>;
  try {
    samples = (await page.evaluate(`(${STEP_SCRIPT})(${JSON.stringify(options)})`)) as typeof samples;
  } catch (error) {
    throw new Error(`${url}: stepping failed: ${String(error)}\n  ${await describe()}`, { cause: error });
  }
  if (pageErrors.length > 0) throw new Error(`${url}: page errors while stepping: ${pageErrors.join('; ')}`);
  return { ...samples, loadMs };
}
