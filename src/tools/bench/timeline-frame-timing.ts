/**
 * Main-thread cost of one zoom or pan frame of the timeline, measured inside the page: real
 * wheel and pointer events dispatched on the slider element, each timed from just before the
 * dispatch to its return. The timeline redraws synchronously in its handlers (layout of the marks
 * in view, lanes when the zoom changed, one batched canvas pass, axis and current event), so the
 * dispatch covers the whole frame's script and canvas recording; the app's own
 * `qanat:timeline-frame` measure (the redraw alone) is reported beside it. Frames are one animation
 * frame apart, so each starts after the previous one was painted.
 *
 * The sequence: zoom in by wheel notches at spread-out points, pan by dragging back and forth,
 * zoom out again; repeated until `frames` frames are timed.
 */
import type { Browser } from 'playwright-core';
import { PROBE_MARKS } from '../../store/probe.ts';
import { withReadyStoryPage } from './ready-page.ts';

export interface FrameSamples {
  eventCount: number;
  zoomMs: number[];
  panMs: number[];
  /** The app's redraw measure for the same frames (a subset of the dispatch time). */
  drawMs: number[];
}

const FRAME_SCRIPT = `async ({ frames, measure }) => {
  const slider = document.querySelector('.timeline [role="slider"]');
  if (!slider) throw new Error('no timeline slider');
  const box = slider.getBoundingClientRect();
  const y = box.top + box.height / 2;
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const zoomMs = [], panMs = [], drawMs = [];
  const timed = (list, dispatch) => {
    performance.clearMeasures(measure);
    const start = performance.now();
    dispatch();
    list.push(performance.now() - start);
    const drawn = performance.getEntriesByName(measure, 'measure');
    for (const entry of drawn) drawMs.push(entry.duration);
  };
  const wheel = (x, deltaY) => slider.dispatchEvent(new WheelEvent('wheel', { clientX: x, clientY: y, deltaY, deltaMode: 0, bubbles: true, cancelable: true }));
  const pointer = (type, x) => slider.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: box.top + 4, pointerId: 7, pointerType: 'mouse', button: 0, buttons: type === 'pointerup' ? 0 : 1, isPrimary: true, bubbles: true, cancelable: true }));
  let round = 0;
  while (zoomMs.length + panMs.length < frames) {
    const x = box.left + box.width * (0.2 + 0.6 * ((round * 0.37) % 1));
    round += 1;
    for (let i = 0; i < 6; i += 1) { await frame(); timed(zoomMs, () => wheel(x, -100)); }
    await frame();
    pointer('pointerdown', x);
    for (let i = 1; i <= 6; i += 1) { await frame(); timed(panMs, () => pointer('pointermove', x + (i % 2 ? 1 : -1) * 12 * i)); }
    pointer('pointerup', x);
    for (let i = 0; i < 6; i += 1) { await frame(); timed(zoomMs, () => wheel(x, 100)); }
  }
  return { eventCount: window.__qanat.store.getState().story.events.length, zoomMs, panMs, drawMs };
}`;

/** Loads `url` in a fresh context, waits for the story and the map, then times `frames` frames. */
export async function measureTimelineFrames(
  browser: Browser,
  url: string,
  frames: number,
): Promise<FrameSamples> {
  return withReadyStoryPage(browser, url, async ({ page, pageErrors }) => {
    const samples = (await page.evaluate(
      `(${FRAME_SCRIPT})(${JSON.stringify({ frames, measure: PROBE_MARKS.timelineFrame })})`,
    )) as FrameSamples;
    if (pageErrors.length > 0) throw new Error(`${url}: page errors while zooming: ${pageErrors.join('; ')}`);
    return samples;
  });
}
