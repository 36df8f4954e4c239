import { describe, expect, it } from 'vitest';
import {
  assignLanes,
  createTimeScale,
  densityBins,
  nearestEventIndex,
  thinTicks,
  timelineDomain,
  yearTicks,
} from '../../../src/timeline/timeline-layout.ts';

const DAY = 86_400_000;

describe('time scale', () => {
  it('maps time linearly into the inset range', () => {
    const scale = createTimeScale([0, 100], 220, 10, false);
    expect(scale.toPx(0)).toBe(10);
    expect(scale.toPx(50)).toBe(110);
    expect(scale.toMs(210)).toBe(100);
  });

  it('runs right to left for RTL, and inverts', () => {
    const scale = createTimeScale([0, 100], 220, 10, true);
    expect(scale.toPx(0)).toBe(210);
    expect(scale.toPx(100)).toBe(10);
    expect(scale.toMs(scale.toPx(30))).toBeCloseTo(30);
  });
});

describe('timelineDomain', () => {
  it('pads the data range by at least a day', () => {
    expect(
      timelineDomain(
        [
          [0, 10 * DAY],
          [20 * DAY, 30 * DAY],
        ],
        0.1,
      ),
    ).toEqual([-3 * DAY, 33 * DAY]);
    expect(timelineDomain([[0, DAY]], 0.01)).toEqual([-DAY, 2 * DAY]);
  });
});

describe('assignLanes', () => {
  it('stacks overlapping spans and reuses free lanes', () => {
    expect(
      assignLanes(
        [
          [0, 10],
          [5, 15],
          [20, 30],
        ],
        3,
        0,
      ),
    ).toEqual([0, 1, 0]);
  });

  it('shares the last lane when lanes run out', () => {
    expect(
      assignLanes(
        [
          [0, 10],
          [1, 10],
          [2, 10],
        ],
        2,
        0,
      ),
    ).toEqual([0, 1, 1]);
  });
});

describe('densityBins', () => {
  it('counts events by the middle of their window', () => {
    expect(
      densityBins(
        [
          [0, 2],
          [1, 3],
          [8, 10],
        ],
        [0, 10],
        2,
      ),
    ).toEqual([2, 1]);
  });
});

describe('ticks', () => {
  it('lists 1 January of each year in the domain', () => {
    expect(yearTicks([Date.UTC(2021, 5, 1), Date.UTC(2023, 1, 1)])).toEqual([
      Date.UTC(2022, 0, 1),
      Date.UTC(2023, 0, 1),
    ]);
  });

  it('thins ticks that would collide', () => {
    expect(thinTicks([0, 10, 20, 30, 40], (x) => x, 15)).toEqual([0, 20, 40]);
    expect(thinTicks([0, 10, 20], (x) => x * 10, 15)).toEqual([0, 10, 20]);
  });
});

describe('nearestEventIndex', () => {
  it('prefers a window that contains the time, then the nearest middle', () => {
    expect(
      nearestEventIndex(12, [
        [0, 10],
        [11, 13],
        [20, 30],
      ]),
    ).toBe(1);
    expect(
      nearestEventIndex(5, [
        [0, 100],
        [4, 6],
      ]),
    ).toBe(1);
    expect(
      nearestEventIndex(17, [
        [0, 10],
        [11, 13],
        [20, 30],
      ]),
    ).toBe(1);
    expect(nearestEventIndex(0, [])).toBe(-1);
  });
});
