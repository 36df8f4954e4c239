/**
 * Main-thread time of timeline steps, measured inside the page through the app's measurement hook
 * (`window.__qanat.store`, see src/app/start-app.ts). Each step starts right after a frame, so no
 * map render falls inside it, and is timed from just before `stepForward()` (or `stepBackward()`
 * at the end of the story: the steps go back and forth) to the first task after it: that covers
 * the store update, the synchronous subscribers (map controller: feature state, filters, camera
 * call; timeline canvas) and React's re-render and commit, which React flushes in a microtask.
 */
import type { Browser } from 'playwright-core';
import { BENCH_VIEWPORT, LOAD_OBSERVER_SCRIPT } from './load-timing.ts';

const READY_TIMEOUT_MS = 60_000;

export interface StepSamples {
  eventCount: number;
  /** stepForward() through React's commit (the figure the budget is about). */
  totalMs: number[];
  /** stepForward() alone: store and its synchronous subscribers. */
  syncMs: number[];
  /** The app's own `qanat:step` performance measures (mark at the action, measure once applied). */
  measuredMs: number[];
  /** Cold load of this page to map idle, for information. */
  loadMs: number;
}

/** In-page code as a string, so no transpiler helper is serialised into the page. */
const STEP_SCRIPT = `async (steps) => {
  const store = window.__qanat.store;
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const task = () => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
  const eventCount = store.getState().story.events.length;
  store.getState().goToFirst();
  await frame();
  await frame();
  const totalMs = [], syncMs = [], measuredMs = [];
  let direction = 1;
  for (let i = 0; i < steps; i += 1) {
    await frame();
    await task();
    const state = store.getState();
    const next = state.currentIndex + direction;
    if (next < 0 || next > eventCount - 1) direction = -direction;
    performance.clearMeasures('qanat:step');
    const start = performance.now();
    if (direction > 0) state.stepForward(); else state.stepBackward();
    const afterSync = performance.now();
    await task();
    const end = performance.now();
    syncMs.push(afterSync - start);
    totalMs.push(end - start);
    const measures = performance.getEntriesByName('qanat:step', 'measure');
    if (measures.length > 0) measuredMs.push(measures[measures.length - 1].duration);
  }
  return { eventCount, totalMs, syncMs, measuredMs };
}`;

/** Loads `url` in a fresh context, waits for the story and the map, then times `steps` steps. */
export async function measureSteps(browser: Browser, url: string, steps: number): Promise<StepSamples> {
  const context = await browser.newContext({ viewport: BENCH_VIEWPORT, locale: 'ar' });
  try {
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    // The same page set-up as the load runs, so both see the app under identical conditions.
    await page.addInitScript({ content: LOAD_OBSERVER_SCRIPT });
    await page.goto(url, { waitUntil: 'commit' });
    try {
      await page.waitForFunction(
        "window.__qanat?.store.getState().status === 'ready' && document.documentElement.dataset.mapState === 'idle'",
        undefined,
        { timeout: READY_TIMEOUT_MS, polling: 100 },
      );
    } catch (error) {
      const status = await page.evaluate(
        '({ status: window.__qanat?.store.getState().status, loadError: window.__qanat?.store.getState().loadError, mapState: document.documentElement.dataset.mapState })',
      );
      throw new Error(
        `${url}: story or map not ready within ${READY_TIMEOUT_MS} ms: ${JSON.stringify(status)} ${pageErrors.join('; ')}`,
        { cause: error },
      );
    }
    const loadMs = (await page.evaluate('performance.now()')) as number;
    const samples = (await page.evaluate(`(${STEP_SCRIPT})(${steps})`)) as Omit<StepSamples, 'loadMs'>;
    if (pageErrors.length > 0)
      throw new Error(`${url}: page errors while stepping: ${pageErrors.join('; ')}`);
    return { ...samples, loadMs };
  } finally {
    await context.close();
  }
}
