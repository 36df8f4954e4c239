/** Pure geometry of the timeline: a real-time axis, lanes for overlapping spans, density, ticks. */

export type Window = readonly [startMs: number, endMs: number];

export interface TimeScale {
  /** x in CSS pixels of a time; time runs right to left when `rtl`. */
  toPx: (ms: number) => number;
  toMs: (px: number) => number;
}

const DAY_MS = 86_400_000;

/**
 * The axis' domain: from the earliest start to the latest end, padded so the first and last
 * events do not sit on the edge.
 * @example timelineDomain([[0, 10], [20, 30]], 0.1) // [-3, 33]
 */
export function timelineDomain(windows: readonly Window[], paddingFraction = 0.02): Window {
  let min = Infinity;
  let max = -Infinity;
  for (const [start, end] of windows) {
    if (start < min) min = start;
    if (end > max) max = end;
  }
  if (!Number.isFinite(min)) return [0, DAY_MS];
  const pad = Math.max(DAY_MS, (max - min) * paddingFraction);
  return [min - pad, max + pad];
}

/**
 * A linear map from time to pixels between `insetPx` and `widthPx - insetPx`, mirrored for RTL.
 * @example createTimeScale([0, 100], 200, 0, false).toPx(25) // 50
 */
export function createTimeScale(domain: Window, widthPx: number, insetPx: number, rtl: boolean): TimeScale {
  const [d0, d1] = domain;
  const span = Math.max(1, d1 - d0);
  const usable = Math.max(1, widthPx - 2 * insetPx);
  return {
    toPx: (ms) => {
      const fraction = (ms - d0) / span;
      return insetPx + (rtl ? 1 - fraction : fraction) * usable;
    },
    toMs: (px) => {
      const fraction = (px - insetPx) / usable;
      return d0 + (rtl ? 1 - fraction : fraction) * span;
    },
  };
}

/**
 * Puts each event in the first lane where it does not overlap the previous one (by at least
 * `minGapMs`), so spans stay readable; events beyond the last lane share it.
 * @example assignLanes([[0, 10], [5, 15], [20, 30]], 3, 0) // [0, 1, 0]
 */
export function assignLanes(windows: readonly Window[], laneCount: number, minGapMs: number): number[] {
  const laneEnds: number[] = [];
  return windows.map(([start, end]) => {
    let lane = laneEnds.findIndex((laneEnd) => laneEnd + minGapMs <= start);
    if (lane < 0) lane = laneEnds.length < laneCount ? laneEnds.length : laneCount - 1;
    laneEnds[lane] = Math.max(laneEnds[lane] ?? -Infinity, end);
    return lane;
  });
}

/**
 * How many events fall in each of `binCount` equal slices of the domain (by each window's middle).
 * @example densityBins([[0, 2], [1, 3], [8, 10]], [0, 10], 2) // [2, 1]
 */
export function densityBins(windows: readonly Window[], domain: Window, binCount: number): number[] {
  const bins = new Array<number>(binCount).fill(0);
  const span = Math.max(1, domain[1] - domain[0]);
  for (const [start, end] of windows) {
    const middle = (start + end) / 2;
    const bin = Math.min(binCount - 1, Math.max(0, Math.floor(((middle - domain[0]) / span) * binCount)));
    bins[bin] = (bins[bin] ?? 0) + 1;
  }
  return bins;
}

/**
 * 1 January (UTC) of every year inside the domain, as timestamps.
 * @example yearTicks([Date.UTC(2021, 5), Date.UTC(2023, 1)]).length // 2 (2022 and 2023)
 */
export function yearTicks(domain: Window): number[] {
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
export function nearestEventIndex(ms: number, windows: readonly Window[]): number {
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
