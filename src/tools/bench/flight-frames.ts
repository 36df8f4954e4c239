/**
 * Main-thread cost per frame from a Chrome trace (pure: trace events in, figures out; unit-tested).
 *
 * The trace is recorded with the categories below. The page marks each flight with user-timing
 * marks (`FLIGHT_MARKS.start` before the move is asked for, `FLIGHT_MARKS.end` once the map is idle
 * again); the marks also name the renderer's main thread. Inside each flight, a frame starts at each
 * `BeginMainThreadFrame` of that thread (the compositor asking the main thread for a frame: rAF
 * callbacks, MapLibre's render, style, layout, paint, commit follow), and a frame's cost is the time
 * the thread spent in top-level tasks (`RunTask`) from its start to the next frame's start,
 * whatever ran there: the frame's own work, React, worker messages (MapLibre's tile results),
 * timers, garbage collection. Idle time is not counted. The flight's first frame starts at the
 * start mark, so the step that asks for the move (store, React, map sync) is in it.
 */

export const TRACE_CATEGORIES: readonly string[] = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink.user_timing',
];

export const FLIGHT_MARKS = { start: 'qanat:bench-flight-start', end: 'qanat:bench-flight-end' } as const;

/** The fields of a Chrome trace event this reads. */
export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  /** Microseconds. */
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
}

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
const FRAME_START = 'BeginMainThreadFrame';

export interface FlightFrames {
  /** Main-thread ms per frame, every frame of every flight in order. */
  frameMs: number[];
  /** Frames per flight. */
  framesPerFlight: number[];
  /** Each flight's length, start mark to end mark, ms. */
  flightMs: number[];
}

/** [start, end) of merged top-level tasks on one thread, sorted, nested tasks folded in. */
function topLevelTasks(events: readonly TraceEvent[]): [number, number][] {
  const tasks = events
    .filter((event) => event.ph === 'X' && TASK_NAMES.has(event.name) && (event.dur ?? 0) > 0)
    .map((event): [number, number] => [event.ts, event.ts + (event.dur ?? 0)])
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const task of tasks) {
    const last = merged[merged.length - 1];
    if (last && task[0] < last[1]) last[1] = Math.max(last[1], task[1]);
    else merged.push([task[0], task[1]]);
  }
  return merged;
}

/** Microseconds of `tasks` inside [from, to). */
function busyUs(tasks: readonly [number, number][], from: number, to: number): number {
  let total = 0;
  for (const [start, end] of tasks) {
    if (start >= to) break;
    if (end > from) total += Math.min(end, to) - Math.max(start, from);
  }
  return total;
}

/**
 * Per-frame main-thread cost of the flights in a trace (see the module comment).
 * @example flightFrames(trace.traceEvents).frameMs.length // frames in all flights
 */
export function flightFrames(events: readonly TraceEvent[], marks = FLIGHT_MARKS): FlightFrames {
  const isMark = (event: TraceEvent, name: string): boolean =>
    event.name === name && (event.cat ?? '').includes('blink.user_timing');
  const starts = events.filter((event) => isMark(event, marks.start)).sort((a, b) => a.ts - b.ts);
  const ends = events.filter((event) => isMark(event, marks.end)).sort((a, b) => a.ts - b.ts);
  const first = starts[0];
  if (!first) throw new Error(`no ${marks.start} mark in the trace`);
  const onThread = events.filter((event) => event.pid === first.pid && event.tid === first.tid);
  const tasks = topLevelTasks(onThread);
  const frameStarts = onThread
    .filter((event) => event.name === FRAME_START)
    .map((event) => event.ts)
    .sort((a, b) => a - b);
  const result: FlightFrames = { frameMs: [], framesPerFlight: [], flightMs: [] };
  for (const start of starts) {
    const end = ends.find((event) => event.ts > start.ts);
    if (!end) throw new Error(`a ${marks.start} mark without a ${marks.end} mark after it`);
    const boundaries = [start.ts, ...frameStarts.filter((ts) => ts > start.ts && ts < end.ts), end.ts];
    let frames = 0;
    for (let i = 0; i + 1 < boundaries.length; i += 1) {
      const from = boundaries[i] as number;
      const to = boundaries[i + 1] as number;
      result.frameMs.push(busyUs(tasks, from, to) / 1000);
      frames += 1;
    }
    result.framesPerFlight.push(frames);
    result.flightMs.push((end.ts - start.ts) / 1000);
  }
  return result;
}
