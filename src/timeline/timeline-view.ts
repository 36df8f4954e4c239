/**
 * Pure geometry of the zoomable timeline: what kind of mark each date gets, where it is anchored,
 * how a view zooms and pans, which ticks the axis shows at a zoom, how marks share lanes, and which
 * marks lie under a pointer. No DOM here; the renderer draws what these functions compute.
 */
import type { TickUnit } from '../i18n/format-date.ts';
import type { View, TimeWindow } from './timeline-layout.ts';

export const DAY_MS = 86_400_000;

/** How a date window is drawn: a day is a tick, a span of days a bar, a month, season or year a soft band. */
export type MarkKind = 'tick' | 'bar' | 'band';

/**
 * The mark for a date precision: honest about what the date says.
 * @example markKind('day') // 'tick'
 * @example markKind('season') // 'band'
 */
export function markKind(precision: string): MarkKind {
  if (precision === 'day') return 'tick';
  if (precision === 'days' || precision === 'week') return 'bar';
  return 'band';
}

/**
 * Per event, the time its mark is anchored at: events that start on the same day (consecutive in
 * story order) share that day evenly, in story order, so same-day ticks fan out inside their day
 * and the anchors grow with the story order (dragging forward never steps back).
 * @example sameDayAnchors([[0, 86_400_000], [0, 86_400_000]]) // [21_600_000, 64_800_000]
 */
export function sameDayAnchors(windows: readonly TimeWindow[]): number[] {
  const anchors = new Array<number>(windows.length);
  let groupStart = 0;
  const dayOf = (i: number): number => Math.floor((windows[i]?.[0] ?? 0) / DAY_MS);
  for (let i = 1; i <= windows.length; i += 1) {
    if (i < windows.length && dayOf(i) === dayOf(groupStart)) continue;
    const count = i - groupStart;
    const dayMs = dayOf(groupStart) * DAY_MS;
    for (let j = 0; j < count; j += 1) anchors[groupStart + j] = dayMs + ((j + 0.5) / count) * DAY_MS;
    groupStart = i;
  }
  return anchors;
}

/**
 * Zooms by `factor` (> 1 zooms in) keeping the fraction `anchor` where it is on screen; the span
 * stays between `minSpan` and the whole axis, and the view inside [0, 1].
 * @example zoomView([0, 1], 2, 0.5, 0.01) // [0.25, 0.75]
 */
export function zoomView(view: View, factor: number, anchor: number, minSpan: number): View {
  const [from, to] = view;
  const span = to - from;
  const nextSpan = Math.min(1, Math.max(minSpan, span / factor));
  const nextFrom = anchor - ((anchor - from) * nextSpan) / span;
  return clampView(nextFrom, nextSpan);
}

/**
 * Moves the view by `delta` (a fraction of the whole axis), never past its ends.
 * @example panView([0.2, 0.4], 0.7) // [0.8, 1]
 */
export function panView(view: View, delta: number): View {
  return clampView(view[0] + delta, view[1] - view[0]);
}

function clampView(from: number, span: number): View {
  const clampedSpan = Math.min(1, Math.max(1e-9, span));
  const clampedFrom = Math.min(1 - clampedSpan, Math.max(0, from));
  return [clampedFrom, clampedFrom + clampedSpan];
}

/**
 * The view moved (not zoomed) as little as needed to show [from, to] with a margin (a share of
 * the view); a window wider than the view gets its middle shown.
 * @example viewShowing([0, 0.1], 0.5, 0.52, 0.1) // starts after 0.42
 */
export function viewShowing(view: View, from: number, to: number, margin = 0.08): View {
  const span = view[1] - view[0];
  const pad = span * margin;
  if (to - from > span - 2 * pad) return clampView((from + to) / 2 - span / 2, span);
  if (from < view[0] + pad) return clampView(from - pad, span);
  if (to > view[1] - pad) return clampView(to + pad - span, span);
  return view;
}

export interface TickSpec {
  unit: TickUnit;
  step: number;
}

const TICK_SPECS: readonly (TickSpec & { approxMs: number })[] = [
  { unit: 'day', step: 1, approxMs: DAY_MS },
  { unit: 'day', step: 2, approxMs: 2 * DAY_MS },
  { unit: 'day', step: 7, approxMs: 7.6 * DAY_MS },
  { unit: 'day', step: 14, approxMs: 15.2 * DAY_MS },
  { unit: 'month', step: 1, approxMs: 30.44 * DAY_MS },
  { unit: 'month', step: 2, approxMs: 60.9 * DAY_MS },
  { unit: 'month', step: 3, approxMs: 91.3 * DAY_MS },
  { unit: 'month', step: 6, approxMs: 182.6 * DAY_MS },
  { unit: 'year', step: 1, approxMs: 365.25 * DAY_MS },
  { unit: 'year', step: 2, approxMs: 730.5 * DAY_MS },
  { unit: 'year', step: 5, approxMs: 1826 * DAY_MS },
  { unit: 'year', step: 10, approxMs: 3652 * DAY_MS },
  { unit: 'year', step: 50, approxMs: 18262 * DAY_MS },
];

/** The room a label needs, by unit ("5 Feb" and "Jan 2023" are wider than "2022"). */
export const TICK_GAP_PX: Record<TickUnit, number> = { day: 52, month: 46, year: 40 };

/**
 * The finest ticks whose labels keep apart at this zoom: years, then months, then days.
 * @example chooseTickSpec(86_400_000 / 100) // { unit: 'day', step: 1 }
 * @example chooseTickSpec(86_400_000 * 3) // { unit: 'year', step: 1 }
 */
export function chooseTickSpec(msPerPx: number): TickSpec {
  const found = TICK_SPECS.find((spec) => spec.approxMs / msPerPx >= TICK_GAP_PX[spec.unit]);
  const { unit, step } = found ?? { unit: 'year', step: 100 };
  return { unit, step };
}

export interface Tick {
  ms: number;
  /** The start of a larger unit (a year among months, a month among days): drawn stronger. */
  major: boolean;
}

const DAYS_OF_STEP: Record<number, readonly number[]> = {
  2: [1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29],
  7: [1, 8, 15, 22],
  14: [1, 15],
};

/**
 * The ticks of a spec inside a time domain (both ends included), as UTC timestamps.
 * @example ticksIn([Date.UTC(2026, 0, 30), Date.UTC(2026, 1, 2)], { unit: 'day', step: 1 }).length // 4
 */
export function ticksIn(domain: TimeWindow, spec: TickSpec, maxTicks = 400): Tick[] {
  const [a, b] = domain;
  const ticks: Tick[] = [];
  if (!(b >= a)) return ticks;
  const first = new Date(a);
  if (spec.unit === 'year') {
    for (let year = first.getUTCFullYear(); ticks.length < maxTicks; year += 1) {
      const ms = Date.UTC(year, 0, 1);
      if (ms > b) break;
      if (ms >= a && year % spec.step === 0) ticks.push({ ms, major: year % (spec.step * 5) === 0 });
    }
  } else if (spec.unit === 'month') {
    for (let m = first.getUTCFullYear() * 12 + first.getUTCMonth(); ticks.length < maxTicks; m += 1) {
      const ms = Date.UTC(Math.floor(m / 12), m % 12, 1);
      if (ms > b) break;
      if (ms >= a && (m % 12) % spec.step === 0) ticks.push({ ms, major: m % 12 === 0 });
    }
  } else {
    const days = DAYS_OF_STEP[spec.step];
    for (let day = Math.floor(a / DAY_MS); ticks.length < maxTicks; day += 1) {
      const ms = day * DAY_MS;
      if (ms > b) break;
      const dayOfMonth = new Date(ms).getUTCDate();
      if (ms >= a && (days === undefined || days.includes(dayOfMonth)))
        ticks.push({ ms, major: dayOfMonth === 1 });
    }
  }
  return ticks;
}

/**
 * Lanes for marks laid out left to right (`left`/`right` as fractions of the whole axis, times
 * `pxPerFraction` for pixels): each goes in the first lane where it keeps `gapPx` from the
 * previous mark, so lanes depend on the zoom but not on panning; marks beyond the last lane share it.
 * With `from`/`to`, only marks [from, to) get a lane (in `into`); `from` must be a restart point
 * (`laneRestart`), where the lanes come out as a pass over all marks would give them.
 * @example assignLanesAtZoom([0, 0.1], [0.2, 0.3], 100, 3, 2, 2) // [0, 1]
 */
export function assignLanesAtZoom(
  left: ArrayLike<number>,
  right: ArrayLike<number>,
  pxPerFraction: number,
  laneCount: number,
  gapPx: number,
  minWidthPx: number,
  from = 0,
  to = left.length,
  into: Int32Array<ArrayBuffer> = new Int32Array(left.length),
): Int32Array<ArrayBuffer> {
  const lanes = into;
  const laneEnds = new Float64Array(laneCount).fill(-Infinity);
  let used = 0;
  for (let i = from; i < to; i += 1) {
    const start = (left[i] ?? 0) * pxPerFraction;
    const end = Math.max((right[i] ?? 0) * pxPerFraction, start + minWidthPx);
    let lane = -1;
    for (let l = 0; l < used; l += 1) {
      if ((laneEnds[l] ?? 0) + gapPx <= start) {
        lane = l;
        break;
      }
    }
    if (lane < 0) lane = used < laneCount ? used++ : laneCount - 1;
    lanes[i] = lane;
    laneEnds[lane] = Math.max(laneEnds[lane] ?? -Infinity, end);
  }
  return lanes;
}

/**
 * The last index at or before `index` where lane assignment may start afresh: every earlier mark
 * ends (with its minimum width and the gap) before every later one starts, so all lanes are free
 * there and a pass from it gives the lanes a pass from the first mark gives. 0 at worst.
 * @example laneRestart(cullingBounds([0, 0.5], [0.1, 0.6]), 100, 3, 3, 1) // 1
 */
export function laneRestart(
  bounds: { maxRightUpTo: ArrayLike<number>; minLeftFrom: ArrayLike<number> },
  pxPerFraction: number,
  gapPx: number,
  minWidthPx: number,
  index: number,
): number {
  for (let k = Math.min(index, bounds.minLeftFrom.length - 1); k > 0; k -= 1) {
    const before = (bounds.maxRightUpTo[k - 1] ?? 0) * pxPerFraction + minWidthPx;
    if (before + gapPx <= (bounds.minLeftFrom[k] ?? 0) * pxPerFraction) return k;
  }
  return 0;
}

export interface MarkBoxes {
  /** Left and right edges on screen (CSS px), whatever the direction. */
  left: ArrayLike<number>;
  right: ArrayLike<number>;
  lane: ArrayLike<number>;
  kind: readonly MarkKind[];
}

export interface HitOptions {
  laneTop: (lane: number) => number;
  laneHeight: number;
  /** How far from a mark a pointer may be and still touch it (larger for a finger). */
  toleranceX: number;
  toleranceY: number;
  /** Only marks [from, to) are looked at (the candidates near the pointer); all when left out. */
  from?: number;
  to?: number;
}

/**
 * The marks under a pointer, best first: the nearest edge wins; at equal distance a tick beats a
 * bar and a bar a band, so a precise mark inside a long fuzzy window stays reachable.
 * @example hitMarks({ left: [10, 0], right: [10, 100], lane: [0, 0], kind: ['tick', 'band'] }, 11, 2, { laneTop: () => 0, laneHeight: 5, toleranceX: 3, toleranceY: 2 }) // [0, 1]
 */
export function hitMarks(boxes: MarkBoxes, x: number, y: number, options: HitOptions): number[] {
  const scored: { index: number; score: number }[] = [];
  const count = Math.min(boxes.left.length, options.to ?? Infinity);
  for (let i = Math.max(0, options.from ?? 0); i < count; i += 1) {
    const left = boxes.left[i] ?? 0;
    const right = boxes.right[i] ?? 0;
    if (x < left - options.toleranceX || x > right + options.toleranceX) continue;
    const top = options.laneTop(boxes.lane[i] ?? 0);
    const dy = Math.max(0, top - y, y - (top + options.laneHeight));
    if (dy > options.toleranceY) continue;
    const dx = Math.max(0, left - x, x - right);
    const kind = boxes.kind[i];
    const preference = kind === 'tick' ? 0 : kind === 'bar' ? 1 : 2.5;
    scored.push({ index: i, score: dx + dy + preference });
  }
  return scored.sort((a, b) => a.score - b.score || a.index - b.index).map((s) => s.index);
}

/**
 * The index of the anchor nearest to `value` in an ascending list (binary search).
 * @example nearestSorted([0, 10, 20], 14) // 1
 */
export function nearestSorted(sorted: ArrayLike<number>, value: number): number {
  const n = sorted.length;
  if (n === 0) return -1;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && Math.abs((sorted[lo - 1] ?? 0) - value) <= Math.abs((sorted[lo] ?? 0) - value)) return lo - 1;
  return lo;
}

/**
 * What lets a view find its marks without looking at all of them: per index, the largest right
 * edge up to it and the smallest left edge from it on. Both ascend whatever the marks' lengths, so
 * two binary searches give the marks that may overlap a stretch (see `candidateRange`).
 * @example cullingBounds([0, 5, 2], [1, 9, 3]).minLeftFrom // Float64Array [0, 2, 2]
 */
export function cullingBounds(
  left: ArrayLike<number>,
  right: ArrayLike<number>,
): { maxRightUpTo: Float64Array; minLeftFrom: Float64Array } {
  const n = left.length;
  const maxRightUpTo = new Float64Array(n);
  const minLeftFrom = new Float64Array(n);
  let max = -Infinity;
  for (let i = 0; i < n; i += 1) {
    max = Math.max(max, right[i] ?? 0);
    maxRightUpTo[i] = max;
  }
  let min = Infinity;
  for (let i = n - 1; i >= 0; i -= 1) {
    min = Math.min(min, left[i] ?? 0);
    minLeftFrom[i] = min;
  }
  return { maxRightUpTo, minLeftFrom };
}

/** The first index whose value is above `value` (`orEqual`: not below it) in an ascending list. */
function firstAbove(sorted: ArrayLike<number>, value: number, orEqual: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid] ?? 0;
    if (v > value || (orEqual && v === value)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The indices [from, to) of the marks that may overlap [lo, hi] (same units as the bounds): every
 * mark outside it ends before `lo` or starts after `hi`. O(log n).
 * @example candidateRange(cullingBounds([0, 5, 20], [1, 9, 30]), 4, 10) // [1, 2]
 */
export function candidateRange(
  bounds: { maxRightUpTo: ArrayLike<number>; minLeftFrom: ArrayLike<number> },
  lo: number,
  hi: number,
): [from: number, to: number] {
  const from = firstAbove(bounds.maxRightUpTo, lo, true);
  const to = firstAbove(bounds.minLeftFrom, hi, false);
  return [from, Math.max(from, to)];
}

/**
 * A cumulative histogram of the marks' middles over the whole axis (fractions 0 … 1) in `cells`
 * equal cells: `cumulative[c]` counts the middles before cell c. Built once per story, it answers
 * "how many events under these pixels" at any zoom in O(1) (`countBetween`).
 * @example densityCumulative([0.1, 0.6], [0.1, 0.8], 4) // Int32Array [0, 1, 1, 1, 2]
 */
export function densityCumulative(
  left: ArrayLike<number>,
  right: ArrayLike<number>,
  cells: number,
): Int32Array<ArrayBuffer> {
  const cumulative = new Int32Array(cells + 1);
  for (let i = 0; i < left.length; i += 1) {
    const mid = ((left[i] ?? 0) + (right[i] ?? 0)) / 2;
    const cell = Math.min(cells - 1, Math.max(0, Math.floor(mid * cells)));
    cumulative[cell + 1] = (cumulative[cell + 1] ?? 0) + 1;
  }
  for (let c = 1; c <= cells; c += 1) cumulative[c] = (cumulative[c] ?? 0) + (cumulative[c - 1] ?? 0);
  return cumulative;
}

/**
 * How many middles lie in [from, to) (fractions of the whole axis), to the precision of a cell.
 * @example countBetween(densityCumulative([0.1, 0.6], [0.1, 0.8], 4), 0, 0.5) // 1
 */
export function countBetween(cumulative: ArrayLike<number>, from: number, to: number): number {
  const cells = cumulative.length - 1;
  const cell = (f: number): number => Math.min(cells, Math.max(0, Math.round(f * cells)));
  return (cumulative[cell(to)] ?? 0) - (cumulative[cell(from)] ?? 0);
}
