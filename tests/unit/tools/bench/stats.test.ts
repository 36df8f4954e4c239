import { describe, expect, it } from 'vitest';
import { median, p95, quantile, roundMs } from '../../../../src/tools/bench/stats.ts';

describe('benchmark statistics', () => {
  it('takes nearest-rank quantiles, so each figure is a real sample', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(p95(Array.from({ length: 100 }, (_, index) => 100 - index))).toBe(95);
    expect(quantile([7], 0.95)).toBe(7);
  });

  it('refuses to summarise nothing', () => {
    expect(() => median([])).toThrow(/no samples/);
  });

  it('rounds small durations to 0.01 ms and large ones to whole ms', () => {
    expect(roundMs(1.23456)).toBe(1.23);
    expect(roundMs(1234.56)).toBe(1235);
  });
});
