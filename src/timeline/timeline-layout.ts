/**
 * Pure geometry of the timeline: a real-time axis with breaks over long empty stretches, lanes for
 * overlapping spans, density, ticks.
 */

/** A stretch of time as [startMs, endMs) in UTC: an event's date window, a segment of the axis. */
export type TimeWindow = readonly [startMs: number, endMs: number];

export interface TimeScale {
  /** x in CSS pixels of a time; time runs right to left when `rtl`. */
  toPx: (ms: number) => number;
  toMs: (px: number) => number;
  /** Where a time sits along the axis, 0 at its earliest end and 1 at its latest (before mirroring). */
  toFraction: (ms: number) => number;
  /** Time per pixel inside the segments (the breaks are drawn narrower than the time they hide). */
  msPerPx: number;
  /** x of a fraction of the whole axis, and back (through the view and the mirroring). */
  fractionToPx: (fraction: number) => number;
  pxToFraction: (px: number) => number;
  /** The strip's length in pixels between the insets. */
  usablePx: number;
  /** The part of the whole axis shown. */
  view: View;
}

/** The part of the whole axis that fills the strip: [from, to] as fractions of it (0 … 1). */
export type View = readonly [from: number, to: number];
export const FULL_VIEW: View = [0, 1];

const DAY_MS = 86_400_000;
export const YEAR_MS = 365.25 * DAY_MS;

/**
 * The axis' segments: the events' time range, cut wherever no event covers more than `maxGapMs`
 * (one stray event years before the rest must not leave most of the strip empty). Each segment is
 * padded so its first and last events do not sit on an edge or a break; the padding never eats
 * more than a quarter of a gap.
 * @example axisSegments([[0, 10 * DAY_MS], [20 * DAY_MS, 30 * DAY_MS]], 100 * DAY_MS, 0.1) // [[-3 * DAY_MS, 33 * DAY_MS]]
 * @example axisSegments([[0, 10 * DAY_MS], [1000 * DAY_MS, 1010 * DAY_MS]], 100 * DAY_MS, 0.1) // [[-2 * DAY_MS, 12 * DAY_MS], [998 * DAY_MS, 1012 * DAY_MS]]
 */
export function axisSegments(
  windows: readonly TimeWindow[],
  maxGapMs = 2 * YEAR_MS,
  paddingFraction = 0.02,
): TimeWindow[] {
  if (windows.length === 0) return [[0, DAY_MS]];
  const sorted = [...windows].sort((a, b) => a[0] - b[0]);
  const clusters: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = clusters[clusters.length - 1];
    if (last && start - last[1] <= maxGapMs) last[1] = Math.max(last[1], end);
    else clusters.push([start, Math.max(start, end)]);
  }
  const coveredMs = clusters.reduce((sum, [start, end]) => sum + (end - start), 0);
  const pad = Math.max(DAY_MS, coveredMs * paddingFraction);
  return clusters.map(([start, end], i) => {
    const before = clusters[i - 1];
    const after = clusters[i + 1];
    const padBefore = before ? Math.min(pad, (start - before[1]) / 4) : pad;
    const padAfter = after ? Math.min(pad, (after[0] - end) / 4) : pad;
    return [start - padBefore, end + padAfter];
  });
}

/**
 * The hidden stretches between consecutive segments.
 * @example axisBreaks([[0, 10], [50, 60]]) // [[10, 50]]
 */
export function axisBreaks(segments: readonly TimeWindow[]): TimeWindow[] {
  return segments.slice(1).map((segment, i) => [segments[i]?.[1] ?? segment[0], segment[0]]);
}

/**
 * A piecewise-linear map from time to pixels between `insetPx` and `widthPx - insetPx`, mirrored
 * for RTL: real time within each segment (one scale for all), and a fixed `breakPx` for each break
 * between segments, so x stays monotonic and invertible everywhere. `view` zooms: the part of the
 * whole axis (as fractions, 0 the earliest end, 1 the latest) that fills the strip.
 * @example createTimeScale([[0, 100]], 200, 0, false).toPx(25) // 50
 * @example createTimeScale([[0, 100]], 200, 0, false, 24, [0.5, 1]).toPx(75) // 100
 */
export function createTimeScale(
  segments: readonly TimeWindow[],
  widthPx: number,
  insetPx: number,
  rtl: boolean,
  breakPx = 24,
  view: View = FULL_VIEW,
): TimeScale {
  const usable = Math.max(1, widthPx - 2 * insetPx);
  const breakCount = Math.max(0, segments.length - 1);
  // Breaks never take more than a third of the strip, however narrow it is.
  const breakFraction = breakCount === 0 ? 0 : Math.min(breakPx / usable, 1 / (3 * breakCount));
  const segmentMs = segments.reduce((sum, [start, end]) => sum + Math.max(0, end - start), 0) || 1;
  const fractionPerMs = (1 - breakCount * breakFraction) / segmentMs;
  // Knots: (time, fraction) at each segment edge; straight lines between them.
  const knotMs: number[] = [];
  const knotFraction: number[] = [];
  let fraction = 0;
  segments.forEach(([start, end], i) => {
    if (i > 0) fraction += breakFraction;
    knotMs.push(start);
    knotFraction.push(fraction);
    fraction += Math.max(0, end - start) * fractionPerMs;
    knotMs.push(end);
    knotFraction.push(fraction);
  });
  if (knotMs.length === 0) {
    knotMs.push(0, DAY_MS);
    knotFraction.push(0, 1);
  }
  const last = knotMs.length - 1;
  const interpolate = (x: number, from: number[], to: number[]): number => {
    let i = 0;
    while (i < last - 1 && x > (from[i + 1] ?? Infinity)) i += 1;
    const x0 = from[i] ?? 0;
    const x1 = from[i + 1] ?? x0 + 1;
    const y0 = to[i] ?? 0;
    const y1 = to[i + 1] ?? y0;
    return x1 === x0 ? y0 : y0 + ((x - x0) / (x1 - x0)) * (y1 - y0);
  };
  const toFraction = (ms: number): number => interpolate(ms, knotMs, knotFraction);
  const [viewFrom, viewTo] = view;
  const viewSpan = Math.max(1e-12, viewTo - viewFrom);
  const fractionToPx = (f: number): number => {
    const t = (f - viewFrom) / viewSpan;
    return insetPx + (rtl ? 1 - t : t) * usable;
  };
  const pxToFraction = (px: number): number => {
    const t = (px - insetPx) / usable;
    return viewFrom + (rtl ? 1 - t : t) * viewSpan;
  };
  return {
    toFraction,
    fractionToPx,
    pxToFraction,
    toPx: (ms) => fractionToPx(toFraction(ms)),
    toMs: (px) => interpolate(pxToFraction(px), knotFraction, knotMs),
    msPerPx: viewSpan / (fractionPerMs * usable),
    usablePx: usable,
    view: [viewFrom, viewTo],
  };
}

/**
 * Puts each event in the first lane where it does not overlap the previous one (by at least
 * `minGapMs`), so spans stay readable; events beyond the last lane share it.
 * @example assignLanes([[0, 10], [5, 15], [20, 30]], 3, 0) // [0, 1, 0]
 */
export function assignLanes(windows: readonly TimeWindow[], laneCount: number, minGapMs: number): number[] {
  const laneEnds: number[] = [];
  return windows.map(([start, end]) => {
    let lane = laneEnds.findIndex((laneEnd) => laneEnd + minGapMs <= start);
    if (lane < 0) lane = laneEnds.length < laneCount ? laneEnds.length : laneCount - 1;
    laneEnds[lane] = Math.max(laneEnds[lane] ?? -Infinity, end);
    return lane;
  });
}

/**
 * How many events fall in each of `binCount` equal slices of the axis (by each window's middle).
 * @example densityBins([[0, 2], [1, 3], [8, 10]], (ms) => ms / 10, 2) // [2, 1]
 */
export function densityBins(
  windows: readonly TimeWindow[],
  toFraction: (ms: number) => number,
  binCount: number,
): number[] {
  const bins = new Array<number>(binCount).fill(0);
  for (const [start, end] of windows) {
    const bin = Math.min(binCount - 1, Math.max(0, Math.floor(toFraction((start + end) / 2) * binCount)));
    bins[bin] = (bins[bin] ?? 0) + 1;
  }
  return bins;
}

/**
 * 1 January (UTC) of every year inside the domain, as timestamps.
 * @example yearTicks([Date.UTC(2021, 5), Date.UTC(2023, 1)]).length // 2 (2022 and 2023)
 */
export function yearTicks(domain: TimeWindow): number[] {
  const ticks: number[] = [];
  for (let year = new Date(domain[0]).getUTCFullYear() + 1; ; year += 1) {
    const ms = Date.UTC(year, 0, 1);
    if (ms > domain[1]) break;
    ticks.push(ms);
  }
  return ticks;
}

/**
 * The event nearest in time to `ms`: one whose window contains it wins, then the nearest middle.
 * @example nearestEventIndex(12, [[0, 10], [11, 13], [20, 30]]) // 1
 */
export function nearestEventIndex(ms: number, windows: readonly TimeWindow[]): number {
  let best = -1;
  let bestScore = Infinity;
  windows.forEach(([start, end], i) => {
    const inside = ms >= start && ms < end;
    const score = (inside ? 0 : 1e15) + Math.abs(ms - (start + end) / 2);
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}

/**
 * Keeps ticks at least `minGapPx` apart (by a whole-number stride, so the kept years stay regular).
 * @example thinTicks([0, 10, 20, 30, 40], (x) => x, 15) // [0, 20, 40]
 */
export function thinTicks(
  ticks: readonly number[],
  toPx: (value: number) => number,
  minGapPx: number,
): number[] {
  if (ticks.length < 2) return [...ticks];
  const gapPx = Math.abs(toPx(ticks[1] ?? 0) - toPx(ticks[0] ?? 0));
  const stride = Math.max(1, Math.ceil(minGapPx / Math.max(1e-9, gapPx)));
  return ticks.filter((_, i) => i % stride === 0);
}

export interface AxisTick {
  ms: number;
  /** A year boundary gets a tick line; a segment with no boundary inside gets its year as a label only. */
  line: boolean;
}

/**
 * The axis' year labels: 1 January of each year inside each segment (none inside a break), thinned
 * per segment, then kept only where they stay `minGapPx` from the last kept one (across breaks
 * too). A segment with no 1 January inside is labelled with its middle's year.
 * @example axisTicks([[Date.UTC(2010, 1), Date.UTC(2010, 3)]], (ms) => ms / 1e9, 40) // one label, at the segment's middle, no line
 */
export function axisTicks(
  segments: readonly TimeWindow[],
  toPx: (ms: number) => number,
  minGapPx: number,
): AxisTick[] {
  const candidates = segments.flatMap<AxisTick>((segment) => {
    const years = thinTicks(yearTicks(segment), toPx, minGapPx);
    if (years.length > 0) return years.map((ms) => ({ ms, line: true }));
    return [{ ms: (segment[0] + segment[1]) / 2, line: false }];
  });
  const kept: AxisTick[] = [];
  for (const tick of candidates) {
    const previous = kept[kept.length - 1];
    if (!previous || Math.abs(toPx(tick.ms) - toPx(previous.ms)) >= minGapPx) kept.push(tick);
  }
  return kept;
}
