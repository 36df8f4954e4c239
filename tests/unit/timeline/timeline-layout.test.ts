import { describe, expect, it } from 'vitest';
import {
  assignLanes,
  axisBreaks,
  axisSegments,
  axisTicks,
  createTimeScale,
  densityBins,
  nearestEventIndex,
  thinTicks,
  yearTicks,
  YEAR_MS,
  type TimeWindow,
} from '../../../src/timeline/timeline-layout.ts';

const DAY = 86_400_000;

describe('time scale', () => {
  it('maps time linearly into the inset range', () => {
    const scale = createTimeScale([[0, 100]], 220, 10, false);
    expect(scale.toPx(0)).toBe(10);
    expect(scale.toPx(50)).toBe(110);
    expect(scale.toMs(210)).toBe(100);
    expect(scale.msPerPx).toBeCloseTo(0.5);
  });

  it('runs right to left for RTL, and inverts', () => {
    const scale = createTimeScale([[0, 100]], 220, 10, true);
    expect(scale.toPx(0)).toBe(210);
    expect(scale.toPx(100)).toBe(10);
    expect(scale.toMs(scale.toPx(30))).toBeCloseTo(30);
  });

  it('gives each break a fixed width and keeps real time inside the segments', () => {
    // Segments of 100 and 300 ms; 400 px usable, 20 px for the break: 1 px per ms in both.
    const scale = createTimeScale(
      [
        [0, 100],
        [10_000, 10_300],
      ],
      400,
      0,
      false,
      20,
    );
    expect(scale.toPx(0)).toBeCloseTo(0);
    expect(scale.toPx(100)).toBeCloseTo(95);
    expect(scale.toPx(10_000)).toBeCloseTo(115);
    expect(scale.toPx(10_300)).toBeCloseTo(400);
    expect(scale.toPx(50) - scale.toPx(0)).toBeCloseTo(scale.toPx(10_050) - scale.toPx(10_000));
    expect(scale.toMs(scale.toPx(10_200))).toBeCloseTo(10_200);
    expect(scale.toMs(scale.toPx(60))).toBeCloseTo(60);
  });

  it('mirrors a broken axis for RTL', () => {
    const segments: TimeWindow[] = [
      [0, 100],
      [10_000, 10_300],
    ];
    const ltr = createTimeScale(segments, 400, 0, false, 20);
    const rtl = createTimeScale(segments, 400, 0, true, 20);
    for (const ms of [0, 40, 100, 5000, 10_000, 10_250]) expect(rtl.toPx(ms)).toBeCloseTo(400 - ltr.toPx(ms));
    expect(rtl.toMs(rtl.toPx(10_250))).toBeCloseTo(10_250);
  });
});

const DAY_WINDOW = (isoStart: string, isoEnd = isoStart): TimeWindow => [
  Date.parse(isoStart),
  Date.parse(isoEnd) + DAY,
];

/** The shape of the real story: one event in 2010, the rest from late 2021 to February 2026. */
const STORY: TimeWindow[] = [
  DAY_WINDOW('2010-01-01', '2010-12-31'),
  DAY_WINDOW('2021-09-01', '2021-12-31'),
  DAY_WINDOW('2022-02-24'),
  DAY_WINDOW('2022-11-14'),
  DAY_WINDOW('2023-03-01', '2023-03-31'),
  DAY_WINDOW('2024-08-01', '2024-08-31'),
  DAY_WINDOW('2025-02-18'),
  DAY_WINDOW('2026-02-05'),
];

describe('axisSegments', () => {
  it('pads the data range by at least a day when there is no long gap', () => {
    expect(
      axisSegments(
        [
          [0, 10 * DAY],
          [20 * DAY, 30 * DAY],
        ],
        100 * DAY,
        0.1,
      ),
    ).toEqual([[-3 * DAY, 33 * DAY]]);
    expect(axisSegments([[0, DAY]], 100 * DAY, 0.01)).toEqual([[-DAY, 2 * DAY]]);
  });

  it('cuts the axis where no event covers more than the longest allowed gap', () => {
    const segments = axisSegments(STORY);
    expect(segments).toHaveLength(2);
    expect(axisBreaks(segments)).toHaveLength(1);
    const [gapStart, gapEnd] = axisBreaks(segments)[0] ?? [0, 0];
    expect(gapStart).toBeGreaterThan(Date.parse('2010-12-31'));
    expect(gapEnd).toBeLessThan(Date.parse('2021-09-01'));
  });

  it('does not cut a gap shorter than the limit (March 2023 to August 2024)', () => {
    expect(axisSegments(STORY.slice(1))).toHaveLength(1);
  });

  it('keeps covering spans that overlap out of order', () => {
    expect(
      axisSegments(
        [
          [5 * YEAR_MS, 6 * YEAR_MS],
          [0, 10 * YEAR_MS],
        ],
        YEAR_MS,
        0,
      ),
    ).toHaveLength(1);
  });
});

describe('the story on a broken axis', () => {
  const segments = axisSegments(STORY);
  for (const rtl of [false, true]) {
    it(`places events monotonically in time and leaves the empty years narrow (${rtl ? 'RTL' : 'LTR'})`, () => {
      const scale = createTimeScale(segments, 1000, 16, rtl, 22);
      const xs = STORY.map(([start]) => scale.toPx(start));
      const steps = xs.slice(1).map((x, i) => (x - (xs[i] ?? 0)) * (rtl ? -1 : 1));
      expect(steps.every((d) => d > 0)).toBe(true);
      // 2011–2021 is hidden in the break: the 2010 event and the 2021 one sit close together.
      const hiddenPx = Math.abs(scale.toPx(Date.parse('2021-08-01')) - scale.toPx(Date.parse('2011-02-01')));
      expect(hiddenPx).toBeLessThan(60);
      // The 2021–2026 stretch gets most of the strip.
      const mainPx = Math.abs(scale.toPx(Date.parse('2026-02-05')) - scale.toPx(Date.parse('2021-09-01')));
      expect(mainPx).toBeGreaterThan(0.7 * (1000 - 32));
    });
  }

  it('puts no year tick inside the break, and labels every segment', () => {
    const scale = createTimeScale(segments, 1000, 16, false, 22);
    const ticks = axisTicks(segments, scale.toPx, 44);
    const [gapStart, gapEnd] = axisBreaks(segments)[0] ?? [0, 0];
    expect(ticks.some((tick) => tick.ms > gapStart && tick.ms < gapEnd)).toBe(false);
    expect(ticks.some((tick) => new Date(tick.ms).getUTCFullYear() === 2010)).toBe(true);
    expect(ticks.some((tick) => new Date(tick.ms).getUTCFullYear() === 2026)).toBe(true);
  });

  it('labels a segment with no 1 January inside by its year, without a tick line', () => {
    const short: TimeWindow[] = [
      [Date.UTC(2010, 1, 1), Date.UTC(2010, 3, 1)],
      [Date.UTC(2020, 1, 1), Date.UTC(2022, 3, 1)],
    ];
    const scale = createTimeScale(short, 1000, 0, false);
    const ticks = axisTicks(short, scale.toPx, 30);
    expect(ticks[0]).toEqual({ ms: (Date.UTC(2010, 1, 1) + Date.UTC(2010, 3, 1)) / 2, line: false });
    expect(ticks.slice(1).every((tick) => tick.line)).toBe(true);
  });

  it('keeps labels apart across a break', () => {
    const scale = createTimeScale(segments, 320, 16, true, 22);
    const xs = axisTicks(segments, scale.toPx, 44).map((tick) => scale.toPx(tick.ms));
    xs.slice(1).forEach((x, i) => expect(Math.abs(x - (xs[i] ?? 0))).toBeGreaterThanOrEqual(44));
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
        (ms) => ms / 10,
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
