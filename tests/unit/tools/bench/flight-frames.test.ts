import { describe, expect, it } from 'vitest';
import { FLIGHT_MARKS, flightFrames, type TraceEvent } from '../../../../src/tools/bench/flight-frames.ts';

const MAIN = { pid: 1, tid: 10 };
const mark = (name: string, ts: number): TraceEvent => ({
  name,
  cat: 'blink.user_timing',
  ph: 'R',
  ts,
  ...MAIN,
});
const task = (ts: number, dur: number, where = MAIN): TraceEvent => ({
  name: 'RunTask',
  cat: 'disabled-by-default-devtools.timeline',
  ph: 'X',
  ts,
  dur,
  ...where,
});
const frameStart = (ts: number, where = MAIN): TraceEvent => ({
  name: 'BeginMainThreadFrame',
  cat: 'disabled-by-default-devtools.timeline.frame',
  ph: 'I',
  ts,
  ...where,
});

describe('flightFrames', () => {
  it('sums the main thread’s top-level tasks per frame, inside each flight only', () => {
    const events: TraceEvent[] = [
      task(0, 5_000), // before the flight: not counted
      mark(FLIGHT_MARKS.start, 10_000),
      task(10_000, 2_000), // the step that asks for the move: the first frame
      frameStart(16_000),
      task(16_000, 6_000),
      { ...task(17_000, 1_000), name: 'ThreadControllerImpl::RunTask' }, // nested: folded in
      task(30_000, 4_000, { pid: 1, tid: 11 }), // another thread
      task(31_000, 4_000, { pid: 2, tid: 10 }), // another process
      frameStart(33_000),
      task(32_000, 3_000), // straddles the frame start: 1 ms before, 2 ms after
      frameStart(50_000, { pid: 1, tid: 11 }), // another thread's frame: no boundary
      mark(FLIGHT_MARKS.end, 60_000),
      task(70_000, 9_000), // between flights: not counted
      mark(FLIGHT_MARKS.start, 80_000),
      task(81_000, 500),
      mark(FLIGHT_MARKS.end, 90_000),
    ];
    const result = flightFrames(events);
    expect(result.frameMs).toEqual([2, 7, 2, 0.5]);
    expect(result.framesPerFlight).toEqual([3, 1]);
    expect(result.flightMs).toEqual([50, 10]);
  });

  it('says so when the trace has no flight marks', () => {
    expect(() => flightFrames([task(0, 1)])).toThrow(/no qanat:bench-flight-start mark/);
    expect(() => flightFrames([mark(FLIGHT_MARKS.start, 0)])).toThrow(/without a qanat:bench-flight-end/);
  });
});
