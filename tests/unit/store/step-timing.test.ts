import { afterEach, describe, expect, it } from 'vitest';
import { PROBE_MARKS } from '../../../src/store/probe.ts';
import { markStepCommitted, markStepStart, measureStepApplied } from '../../../src/store/step-timing.ts';

const { step: STEP_MARK, stepCommitted: STEP_COMMITTED_MARK } = PROBE_MARKS;

afterEach(() => {
  performance.clearMarks();
  performance.clearMeasures();
});

describe('step timing marks', () => {
  it('measures each step once, keeping only the latest measure', () => {
    for (let i = 0; i < 3; i += 1) {
      markStepStart();
      measureStepApplied();
      measureStepApplied();
    }
    expect(performance.getEntriesByName(STEP_MARK, 'measure')).toHaveLength(1);
  });

  it('keeps only the latest commit mark, after the step started', () => {
    markStepStart();
    const stepStartMs = performance.now();
    markStepCommitted();
    markStepCommitted();
    const marks = performance.getEntriesByName(STEP_COMMITTED_MARK, 'mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]?.startTime ?? -1).toBeGreaterThanOrEqual(stepStartMs);
  });
});
