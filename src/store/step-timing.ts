/**
 * Performance marks around one timeline step, read by the benchmarks: a step action marks its
 * start, and whoever applies it last (the map controller, or the timeline when there is no map)
 * measures the whole synchronous store + view update. The names are in probe.ts.
 */
import { PROBE_MARKS } from './probe.ts';

const STEP_MARK = PROBE_MARKS.step;
/** Set when React has committed the DOM for the current event (after the store and the map). */
const STEP_COMMITTED_MARK = PROBE_MARKS.stepCommitted;

let stepPending = false;

export function markStepStart(): void {
  stepPending = true;
  performance.mark(STEP_MARK);
}

/** Closes the measure opened by the last step, once; later calls do nothing until the next step. */
export function measureStepApplied(): void {
  if (!stepPending) return;
  stepPending = false;
  // Only the latest measure is kept: the performance buffer must not grow with every step.
  performance.clearMeasures(STEP_MARK);
  performance.measure(STEP_MARK, STEP_MARK);
  performance.clearMarks(STEP_MARK);
}

/**
 * Marks React's commit of a new current event (called from a layout effect of the last component
 * that renders it), so a benchmark can time action → store → map controller → React commit.
 * Only the latest mark is kept: a long tour must not grow the performance buffer.
 */
export function markStepCommitted(): void {
  performance.clearMarks(STEP_COMMITTED_MARK);
  performance.mark(STEP_COMMITTED_MARK);
}
