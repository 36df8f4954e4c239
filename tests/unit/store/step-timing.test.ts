import { afterEach, describe, expect, it } from 'vitest';
import {
  STEP_COMMITTED_MARK,
  STEP_MARK,
  markStepCommitted,
  markStepStart,
  measureStepApplied,
} from '../../../src/store/step-timing.ts';

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
