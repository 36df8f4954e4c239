import { describe, expect, it } from 'vitest';
import { createTimeScale } from '../../../src/timeline/timeline-layout.ts';
import {
  assignLanesAtZoom,
  chooseTickSpec,
  DAY_MS,
  hitMarks,
  markKind,
  nearestSorted,
  panView,
  sameDayAnchors,
  ticksIn,
  viewShowing,
  zoomView,
} from '../../../src/timeline/timeline-view.ts';

describe('marks', () => {
  it('draws a day as a tick, a span of days as a bar, anything fuzzier as a band', () => {
    expect(markKind('day')).toBe('tick');
    expect(markKind('days')).toBe('bar');
    expect(markKind('week')).toBe('bar');
    for (const precision of ['month', 'season', 'year', 'approx']) expect(markKind(precision)).toBe('band');
  });

  it('fans events of one day out inside that day, in story order, and anchors grow with the order', () => {
    const day = 20_000 * DAY_MS;
    const windows = [
      [day - DAY_MS, day],
      [day, day + DAY_MS],
      [day, day + 2 * DAY_MS],
      [day, day + DAY_MS],
      [day + DAY_MS, day + 2 * DAY_MS],
    ] as const;
    const anchors = sameDayAnchors(windows);
    expect(anchors[1]).toBeCloseTo(day + DAY_MS / 6);
    expect(anchors[2]).toBeCloseTo(day + DAY_MS / 2);
    expect(anchors[3]).toBeCloseTo(day + (5 * DAY_MS) / 6);
    for (let i = 1; i < anchors.length; i += 1) expect(anchors[i]).toBeGreaterThan(anchors[i - 1] ?? 0);
    for (const [i, a] of anchors.entries()) {
      const start = windows[i]?.[0] ?? 0;
      expect(a).toBeGreaterThanOrEqual(start);
      expect(a).toBeLessThan(start + DAY_MS);
    }
  });
});

describe('zoom and pan', () => {
  it('zooms around an anchor, which stays where it is on screen', () => {
    const view = zoomView([0, 1], 4, 0.8, 0.001);
    expect(view[1] - view[0]).toBeCloseTo(0.25);
    const before = createTimeScale([[0, 1000]], 500, 0, false);
    const after = createTimeScale([[0, 1000]], 500, 0, false, 24, view);
    expect(after.toPx(800)).toBeCloseTo(before.toPx(800));
  });

  it('keeps the anchor in place for RTL too, and inverts', () => {
    const view = zoomView([0, 1], 3, 0.3, 0.001);
    const before = createTimeScale([[0, 1000]], 500, 10, true);
    const after = createTimeScale([[0, 1000]], 500, 10, true, 24, view);
    expect(after.toPx(300)).toBeCloseTo(before.toPx(300));
    expect(after.toMs(after.toPx(310))).toBeCloseTo(310);
    expect(after.toPx(310)).toBeLessThan(after.toPx(300));
  });

  it('never zooms past the deepest zoom or out past the whole story', () => {
    expect(zoomView([0, 1], 1e6, 0.5, 0.01)[1] - zoomView([0, 1], 1e6, 0.5, 0.01)[0]).toBeCloseTo(0.01);
    expect(zoomView([0.4, 0.5], 1e-6, 0.45, 0.01)).toEqual([0, 1]);
  });

  it('pans inside the whole axis', () => {
    expect(panView([0.2, 0.4], 0.7)).toEqual([0.8, 1]);
    expect(panView([0.2, 0.4], -0.5)).toEqual([0, 0.2]);
    const [from, to] = panView([0.2, 0.4], 0.1);
    expect(from).toBeCloseTo(0.3);
    expect(to).toBeCloseTo(0.5);
  });

  it('moves the view just enough to show a window, or its middle when it is wider', () => {
    expect(viewShowing([0, 0.1], 0.05, 0.05)).toEqual([0, 0.1]);
    const moved = viewShowing([0, 0.1], 0.5, 0.52);
    expect(moved[0]).toBeLessThan(0.5);
    expect(moved[1]).toBeGreaterThan(0.52);
    expect(moved[1] - moved[0]).toBeCloseTo(0.1);
    const wide = viewShowing([0, 0.1], 0.3, 0.9);
    expect((wide[0] + wide[1]) / 2).toBeCloseTo(0.6);
  });
});

describe('adaptive ticks', () => {
  it('goes from years to months to days as the zoom deepens', () => {
    expect(chooseTickSpec(10 * DAY_MS).unit).toBe('year');
    expect(chooseTickSpec(DAY_MS).unit).toBe('month');
    expect(chooseTickSpec(DAY_MS / 30)).toEqual({ unit: 'day', step: 2 });
    expect(chooseTickSpec(DAY_MS / 100)).toEqual({ unit: 'day', step: 1 });
  });

  it('lists the first of each month and marks January as major', () => {
    const ticks = ticksIn([Date.UTC(2025, 10, 15), Date.UTC(2026, 2, 2)], { unit: 'month', step: 1 });
    expect(ticks.map((t) => new Date(t.ms).toISOString().slice(0, 10))).toEqual([
      '2025-12-01',
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
    ]);
    expect(ticks.map((t) => t.major)).toEqual([false, true, false, false]);
  });

  it('lists days, weeks and years', () => {
    expect(ticksIn([Date.UTC(2026, 1, 3), Date.UTC(2026, 1, 6)], { unit: 'day', step: 1 })).toHaveLength(4);
    const weeks = ticksIn([Date.UTC(2026, 0, 1), Date.UTC(2026, 1, 1)], { unit: 'day', step: 7 });
    expect(weeks.map((t) => new Date(t.ms).getUTCDate())).toEqual([1, 8, 15, 22, 1]);
    const years = ticksIn([Date.UTC(2009, 5, 1), Date.UTC(2026, 5, 1)], { unit: 'year', step: 5 });
    expect(years.map((t) => new Date(t.ms).getUTCFullYear())).toEqual([2010, 2015, 2020, 2025]);
  });
});

describe('lanes and hits', () => {
  it('gives overlapping marks their own lanes, and lanes depend on the zoom', () => {
    const left = [0, 0.001, 0.5];
    const right = [0, 0.001, 0.6];
    // 1,000 px for the whole axis: the two ticks are 1 px apart and must stack.
    expect(Array.from(assignLanesAtZoom(left, right, 1000, 4, 3, 2))).toEqual([0, 1, 0]);
    // 100,000 px: they are 100 px apart and share a lane.
    expect(Array.from(assignLanesAtZoom(left, right, 100_000, 4, 3, 2))).toEqual([0, 0, 0]);
  });

  it('prefers a tick to the band it sits in, and widens the reach for a finger', () => {
    const boxes = {
      left: [10, 0, 40],
      right: [12, 100, 42],
      lane: [0, 0, 1],
      kind: ['tick', 'band', 'tick'] as const,
    };
    const options = { laneTop: (lane: number) => lane * 12, laneHeight: 10, toleranceX: 3, toleranceY: 2 };
    expect(hitMarks({ ...boxes, kind: [...boxes.kind] }, 13, 5, options)).toEqual([0, 1]);
    expect(hitMarks({ ...boxes, kind: [...boxes.kind] }, 41, 5, options)).toEqual([1]);
    const finger = { ...options, toleranceX: 12, toleranceY: 14 };
    expect(hitMarks({ ...boxes, kind: [...boxes.kind] }, 41, 5, finger)).toEqual([1, 2]);
  });

  it('finds the nearest anchor', () => {
    expect(nearestSorted([0, 10, 20], 14)).toBe(1);
    expect(nearestSorted([0, 10, 20], 16)).toBe(2);
    expect(nearestSorted([0, 10, 20], -5)).toBe(0);
    expect(nearestSorted([], 3)).toBe(-1);
  });
});
