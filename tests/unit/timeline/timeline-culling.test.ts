import { describe, expect, it } from 'vitest';
import {
  candidateRange,
  countBetween,
  cullingBounds,
  densityCumulative,
  assignLanesAtZoom,
  hitMarks,
  laneRestart,
} from '../../../src/timeline/timeline-view.ts';
import { seededRandom } from '../../../src/tools/bench/seeded-random.ts';

/**
 * Marks in story order: starts ascend (with same-day jitter), one in ten a span of up to `longest`
 * of the axis (a month is about 0.007 of twelve years).
 */
function marks(count: number, seed: number, longest = 0.2): { left: Float64Array; right: Float64Array } {
  const random = seededRandom(seed);
  const left = new Float64Array(count);
  const right = new Float64Array(count);
  let at = 0;
  for (let i = 0; i < count; i += 1) {
    at += random.next() / count;
    left[i] = at + (random.next() < 0.2 ? (random.next() * 0.5) / count : 0);
    right[i] = left[i]! + (random.next() < 0.1 ? random.next() * longest : 0);
  }
  return { left, right };
}

describe('culling the marks to a view', () => {
  it('finds every mark that overlaps a stretch, by two binary searches', () => {
    const { left, right } = marks(2_000, 3);
    const bounds = cullingBounds(left, right);
    for (const [lo, hi] of [
      [0, 1],
      [0.3, 0.31],
      [0.5, 0.5001],
      [0.99, 1.2],
      [-1, -0.5],
    ] as const) {
      const [from, to] = candidateRange(bounds, lo, hi);
      for (let i = 0; i < left.length; i += 1) {
        const overlaps = right[i]! >= lo && left[i]! <= hi;
        if (overlaps) expect(i >= from && i < to, `mark ${i} in [${lo}, ${hi}]`).toBe(true);
      }
    }
  });

  it('looks at few marks when zoomed in, month-long spans among many short ones', () => {
    const { left, right } = marks(100_000, 5, 0.007);
    const [from, to] = candidateRange(cullingBounds(left, right), 0.5, 0.501);
    expect(to - from).toBeLessThan(2_000); // of 100,000: the window and a month before it
    expect(to - from).toBeGreaterThan(0);
  });

  it('keeps the bounds ascending whatever the marks', () => {
    const { maxRightUpTo, minLeftFrom } = cullingBounds([0.5, 0.1, 0.9, 0.2], [0.6, 0.95, 0.9, 0.3]);
    expect([...maxRightUpTo]).toEqual([0.6, 0.95, 0.95, 0.95]);
    expect([...minLeftFrom]).toEqual([0.1, 0.1, 0.2, 0.2]);
    expect(candidateRange(cullingBounds([], []), 0, 1)).toEqual([0, 0]);
  });
});

describe('density from the cumulative histogram', () => {
  it('counts the middles in a stretch as counting them one by one does, to a cell', () => {
    const { left, right } = marks(5_000, 9);
    const cells = 1 << 16;
    const cumulative = densityCumulative(left, right, cells);
    expect(cumulative[cells]).toBe(5_000);
    for (const [from, to] of [
      [0, 0.25],
      [0.25, 0.5],
      [0.1, 0.1003],
    ] as const) {
      let direct = 0;
      for (let i = 0; i < left.length; i += 1) {
        const mid = (left[i]! + right[i]!) / 2;
        if (mid >= from && mid < to) direct += 1;
      }
      // Only middles within half a cell of either end may fall on the other side.
      expect(Math.abs(countBetween(cumulative, from, to) - direct)).toBeLessThanOrEqual(2);
    }
  });
});

describe('hit-testing a range of marks', () => {
  it('looks only at the candidates it is given', () => {
    const boxes = {
      left: [10, 10, 50],
      right: [12, 12, 52],
      lane: [0, 0, 0],
      kind: ['tick', 'tick', 'tick'] as const,
    };
    const options = { laneTop: () => 0, laneHeight: 10, toleranceX: 3, toleranceY: 2 };
    expect(hitMarks({ ...boxes, kind: [...boxes.kind] }, 11, 5, options)).toEqual([0, 1]);
    expect(hitMarks({ ...boxes, kind: [...boxes.kind] }, 11, 5, { ...options, from: 1, to: 3 })).toEqual([1]);
  });
});

describe('lanes for the marks in view only', () => {
  it('gives the marks from a restart point the lanes a pass over all marks gives', () => {
    const { left, right } = marks(3_000, 11, 0.01);
    const bounds = cullingBounds(left, right);
    for (const pxPerFraction of [1_000, 20_000, 400_000, 5_000_000]) {
      const full = assignLanesAtZoom(left, right, pxPerFraction, 4, 3, 3);
      for (const [lo, hi] of [
        [0.2, 0.21],
        [0.5, 0.6],
        [0.9, 1],
      ] as const) {
        const [from, to] = candidateRange(bounds, lo, hi);
        const restart = laneRestart(bounds, pxPerFraction, 3, 3, from);
        expect(restart).toBeLessThanOrEqual(from);
        const part = assignLanesAtZoom(left, right, pxPerFraction, 4, 3, 3, restart, to);
        expect([...part.slice(from, to)], `at ${pxPerFraction} px, [${lo}, ${hi}]`).toEqual([
          ...full.slice(from, to),
        ]);
      }
    }
  });

  it('restarts close to the view when zoomed in, and at 0 when nothing leaves a gap', () => {
    const { left, right } = marks(3_000, 11, 0.001);
    const bounds = cullingBounds(left, right);
    const [from] = candidateRange(bounds, 0.5, 0.51);
    expect(from - laneRestart(bounds, 5_000_000, 3, 3, from)).toBeLessThan(50);
    expect(laneRestart(cullingBounds([0, 0.1, 0.2], [1, 1, 1]), 100, 3, 3, 2)).toBe(0);
  });
});
