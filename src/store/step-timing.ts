/**
 * Performance marks around one timeline step, read by the benchmarks: a step action marks its
 * start, and whoever applies it last (the map controller, or the timeline when there is no map)
 * measures the whole synchronous store + view update.
 */
export const STEP_MARK = 'qanat:step';

let stepPending = false;

export function markStepStart(): void {
  stepPending = true;
  performance.mark(STEP_MARK);
}

/** Closes the measure opened by the last step, once; later calls do nothing until the next step. */
export function measureStepApplied(): void {
  if (!stepPending) return;
  stepPending = false;
  performance.measure(STEP_MARK, STEP_MARK);
  performance.clearMarks(STEP_MARK);
}
