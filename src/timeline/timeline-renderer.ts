import { formatTick } from '../i18n/format-date.ts';
import { textDirection } from '../i18n/i18n.ts';
import { PROBE_MARKS } from '../store/probe.ts';
import type { Language } from '../store/types.ts';
import {
  axisBreaks,
  axisSegments,
  createTimeScale,
  FULL_VIEW,
  type TimeScale,
  type View,
  type TimeWindow,
} from './timeline-layout.ts';
import { hatchTile, TIMELINE_COLORS as C, TIMELINE_SIZES as S } from './timeline-style.ts';
import {
  assignLanesAtZoom,
  candidateRange,
  chooseTickSpec,
  countBetween,
  cullingBounds,
  DAY_MS,
  densityCumulative,
  hitMarks,
  laneRestart,
  nearestSorted,
  panView,
  sameDayAnchors,
  ticksIn,
  viewShowing,
  zoomView,
  TICK_GAP_PX,
  type MarkKind,
  type Tick,
  type TickSpec,
} from './timeline-view.ts';

/** The deepest zoom: one day this many pixels wide (room for a dozen same-day ticks). */
const MAX_PX_PER_DAY = 240;
const MIN_MARK_PX = 3;
const LANE_GAP_PX = 3;
const DENSITY_BIN_PX = 4;
/** Marks up to this many pixels outside the canvas are laid out too (wide enough for a finger's reach). */
const CULL_MARGIN_PX = 16;
/** The density strip counts the marks in view one by one up to this many, else from the cumulative histogram. */
const DIRECT_DENSITY_MAX = 20_000;
/** Cells of the cumulative density histogram over the whole axis (a 4 px bin spans many at any zoom where it is used). */
const DENSITY_CELLS = 1 << 18;
const FONT = '11px "Noto Sans Arabic", system-ui, sans-serif';
const BAND_FONT = '10px "Noto Sans Arabic", system-ui, sans-serif';
const CURRENT_FONT = '700 11px "Noto Sans Arabic", system-ui, sans-serif';

export interface TimelineData {
  windows: readonly TimeWindow[];
  kinds: readonly MarkKind[];
  /** An event's date as the interface writes it (for band labels and the current date on the axis). */
  dateLabel: (index: number) => string;
}

/** A mark as drawn, for tooltips, popovers and tests: CSS pixels from the canvas' top left. */
export interface MarkBox {
  index: number;
  kind: MarkKind;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Layout {
  widthPx: number;
  heightPx: number;
  ratio: number;
  segments: TimeWindow[];
  laneCount: number;
  axisY: number;
  densityY: number;
}

interface Frame {
  scale: TimeScale;
  ticks: Tick[];
  tickSpec: TickSpec;
  /** The axis labels in reading order (x, text, half width), laid out once per view. */
  labels: { x: number; text: string; half: number }[] | null;
}

/**
 * Draws the zoomable timeline on a canvas. A view change (zoom, pan, resize, language) redraws the
 * marks inside the view into an offscreen bitmap: one pass over the events with batched paths, no
 * DOM per event. A step only copies that bitmap and draws the current event, its date on the axis
 * and the axis labels on top (unless the new event lies outside the view, which then pans to it).
 */
export class TimelineRenderer {
  private readonly canvas: HTMLCanvasElement;
  private readonly base: HTMLCanvasElement;
  private data: TimelineData = { windows: [], kinds: [], dateLabel: () => '' };
  private language: Language = 'en';
  private layout: Layout | null = null;
  private frame: Frame | null = null;
  private view: View = FULL_VIEW;
  private current = 0;
  private hover = -1;
  /** Per event, as fractions of the whole axis: left and right end of the mark, and its anchor. */
  private fracLeft = new Float64Array(0);
  private fracRight = new Float64Array(0);
  private anchorFrac = new Float64Array(0);
  private anchorMs: number[] = [];
  /** For culling: the marks that may overlap a stretch are found by two binary searches. */
  private bounds = cullingBounds([], []);
  /** The marks' middles as a cumulative histogram over the whole axis, for the density strip. */
  private density = new Int32Array(1);
  /** The marks laid out at the current view: [visibleFrom, visibleTo), the rest is off screen. */
  private visibleFrom = 0;
  private visibleTo = 0;
  /** Per event, on screen at the current view (CSS px); valid for the visible marks only. */
  private left = new Float64Array(0);
  private right = new Float64Array(0);
  private lanes = new Int32Array(0);
  private lanesAtPxPerFraction = Number.NaN;
  /** The marks whose lanes are assigned at that zoom: [lanesFrom, lanesTo). */
  private lanesFrom = 0;
  private lanesTo = 0;
  private fullMsPerPx = 1;
  private hatch: CanvasPattern | null = null;
  private currentHatch: CanvasPattern | null = null;
  private viewListener: ((view: View) => void) | null = null;

  constructor(canvas: HTMLCanvasElement) {
    this.canvas = canvas;
    this.base = document.createElement('canvas');
  }

  /** Called after every view change (zoom, pan, follow), e.g. to update the zoom buttons. */
  onViewChange(listener: ((view: View) => void) | null): void {
    this.viewListener = listener;
  }

  /** Rebuilds everything: call when the data, the language or the size changes. Keeps the view. */
  /** Whether time runs right to left (Arabic): the axis and the drags mirror. */
  private rtl(): boolean {
    return textDirection(this.language) === 'rtl';
  }

  setData(data: TimelineData, language: Language, widthPx: number, heightPx: number): void {
    const languageChanged = language !== this.language || data !== this.data;
    this.data = data;
    this.language = language;
    const ratio = window.devicePixelRatio || 1;
    for (const c of [this.canvas, this.base]) {
      c.width = Math.max(1, Math.round(widthPx * ratio));
      c.height = Math.max(1, Math.round(heightPx * ratio));
    }
    const segments = axisSegments(data.windows);
    const fixed = S.topPx + 2 + 3 + S.densityHeightPx + S.labelRowPx;
    const laneCount = Math.max(
      1,
      Math.min(S.maxLanes, Math.floor((heightPx - fixed) / (S.laneHeightPx + S.laneGapPx))),
    );
    const axisY = S.topPx + laneCount * (S.laneHeightPx + S.laneGapPx) + 1;
    this.layout = { widthPx, heightPx, ratio, segments, laneCount, axisY, densityY: axisY + 3 };
    const full = createTimeScale(segments, widthPx, S.insetPx, false, S.breakPx);
    this.fullMsPerPx = full.msPerPx;
    const n = data.windows.length;
    this.anchorMs = sameDayAnchors(data.windows);
    this.fracLeft = new Float64Array(n);
    this.fracRight = new Float64Array(n);
    this.anchorFrac = new Float64Array(n);
    for (let i = 0; i < n; i += 1) {
      const [start, end] = data.windows[i] ?? [0, 0];
      const anchor = full.toFraction(this.anchorMs[i] ?? start);
      this.anchorFrac[i] = anchor;
      if (data.kinds[i] === 'tick') {
        this.fracLeft[i] = anchor;
        this.fracRight[i] = anchor;
      } else {
        this.fracLeft[i] = full.toFraction(start);
        this.fracRight[i] = full.toFraction(end);
      }
    }
    this.bounds = cullingBounds(this.fracLeft, this.fracRight);
    this.density = densityCumulative(this.fracLeft, this.fracRight, DENSITY_CELLS);
    this.left = new Float64Array(n);
    this.right = new Float64Array(n);
    this.visibleFrom = 0;
    this.visibleTo = 0;
    this.lanesAtPxPerFraction = Number.NaN;
    const ctx = this.base.getContext('2d');
    if (ctx) {
      this.hatch = ctx.createPattern(hatchTile(C.bandHatch, C.bandFill), 'repeat');
      this.currentHatch = ctx.createPattern(hatchTile(C.currentBandHatch, C.currentWash), 'repeat');
    }
    if (languageChanged) this.hover = -1;
    this.drawView();
  }

  setCurrent(index: number): void {
    this.current = index;
    if (!this.followCurrent()) this.render();
  }

  setHover(index: number): void {
    if (index === this.hover) return;
    this.hover = index;
    this.render();
  }

  getView(): View {
    return this.view;
  }

  /** The narrowest view: one day MAX_PX_PER_DAY wide. */
  private minSpan(): number {
    return Math.min(1, DAY_MS / MAX_PX_PER_DAY / this.fullMsPerPx);
  }

  canZoomIn(): boolean {
    return this.view[1] - this.view[0] > this.minSpan() * 1.001;
  }

  canZoomOut(): boolean {
    return this.view[1] - this.view[0] < 0.999;
  }

  /** Zooms by `factor` keeping the time under `xPx` in place (pointer-centred zoom). */
  zoomAt(factor: number, xPx: number): void {
    if (!this.frame) return;
    const { scale } = this.frame;
    let anchor = scale.pxToFraction(xPx);
    // Zooming on a mark keeps that mark under the pointer, not the pixel beside it.
    const nearest = this.anchorFrac[nearestSorted(this.anchorFrac, anchor)];
    if (nearest !== undefined && Math.abs(scale.fractionToPx(nearest) - xPx) <= 4) anchor = nearest;
    this.setView(zoomView(this.view, factor, anchor, this.minSpan()));
  }

  /** Zooms keeping the current event in place (buttons and keys), and in view. */
  zoomAroundCurrent(factor: number): void {
    const anchor = this.anchorFrac[this.current] ?? 0.5;
    const next = zoomView(this.view, factor, anchor, this.minSpan());
    this.setView(viewShowing(next, anchor, anchor));
  }

  wholeStory(): void {
    this.setView(FULL_VIEW);
  }

  /** Pans a view (e.g. the one at the start of a drag) by `dxPx`, as the pointer moved. */
  panFrom(view: View, dxPx: number): void {
    const span = view[1] - view[0];
    const delta = ((this.rtl() ? 1 : -1) * dxPx * span) / Math.max(1, this.frame?.scale.usablePx ?? 1);
    this.setView(panView(view, delta));
  }

  setView(view: View): void {
    if (view[0] === this.view[0] && view[1] === this.view[1]) return;
    this.view = view;
    this.drawView();
    this.viewListener?.(view);
  }

  /** Pans so the current event shows; true when it did (and so drew everything). */
  private followCurrent(): boolean {
    const i = this.current;
    const from = this.fracLeft[i];
    const to = this.fracRight[i];
    if (from === undefined || to === undefined) return false;
    const anchor = this.anchorFrac[i] ?? from;
    const [v0, v1] = this.view;
    if (anchor >= v0 && anchor <= v1) return false;
    const next = viewShowing(
      this.view,
      Math.max(from, anchor - (v1 - v0) / 2),
      Math.min(to, anchor + (v1 - v0) / 2),
    );
    if (next[0] === v0 && next[1] === v1) return false;
    this.setView(next);
    return true;
  }

  /** The time under an x position (CSS pixels from the canvas' left edge). */
  timeAt(xPx: number): number | null {
    return this.frame ? this.frame.scale.toMs(xPx) : null;
  }

  /** For dragging the current marker: the event whose anchor is nearest to x (grows with x in time). */
  scrubIndexAt(xPx: number): number {
    if (!this.frame) return -1;
    return nearestSorted(this.anchorFrac, this.frame.scale.pxToFraction(xPx));
  }

  /** The current event's anchor on screen, or null when it is outside the view. */
  currentAnchorPx(): number | null {
    const a = this.anchorFrac[this.current];
    if (a === undefined || !this.frame || a < this.view[0] || a > this.view[1]) return null;
    return this.frame.scale.fractionToPx(a);
  }

  anchorPx(index: number): number | null {
    const a = this.anchorFrac[index];
    return a === undefined || !this.frame ? null : this.frame.scale.fractionToPx(a);
  }

  /** Marks under a pointer, best first; a finger gets a wider reach than a mouse. */
  hit(xPx: number, yPx: number, coarse: boolean): number[] {
    if (!this.layout || !this.frame) return [];
    const toleranceX = coarse ? 12 : 3;
    const [from, to] = this.candidatesBetween(this.frame.scale, xPx - toleranceX - 3, xPx + toleranceX + 3);
    return hitMarks(
      { left: this.left, right: this.right, lane: this.lanes, kind: this.data.kinds },
      xPx,
      yPx,
      {
        laneTop: (lane) => this.laneY(lane),
        laneHeight: S.laneHeightPx,
        toleranceX,
        toleranceY: coarse ? 14 : 2,
        // Only laid-out marks have boxes: the visible ones, with a margin wider than the reach.
        from: Math.max(from, this.visibleFrom),
        to: Math.min(to, this.visibleTo),
      },
    );
  }

  /** The marks that may overlap the pixels [aPx, bPx] at this scale (either direction). */
  private candidatesBetween(scale: TimeScale, aPx: number, bPx: number): [number, number] {
    const a = scale.pxToFraction(aPx);
    const b = scale.pxToFraction(bPx);
    return candidateRange(this.bounds, Math.min(a, b), Math.max(a, b));
  }

  /** A mark's left and right edge on screen (CSS px) at this scale: ticks get their width, short spans the minimum. */
  private boxAt(scale: TimeScale, i: number): [number, number] {
    const a = scale.fractionToPx(this.fracLeft[i] ?? 0);
    const b = scale.fractionToPx(this.fracRight[i] ?? 0);
    let l = Math.min(a, b);
    let r = Math.max(a, b);
    if (this.data.kinds[i] === 'tick') {
      l -= S.tickWidthPx / 2;
      r += S.tickWidthPx / 2;
    } else if (r - l < MIN_MARK_PX) {
      const mid = (l + r) / 2;
      l = mid - MIN_MARK_PX / 2;
      r = mid + MIN_MARK_PX / 2;
    }
    return [l, r];
  }

  /** A mark's box: as laid out when it is visible, else computed now (the current event off screen). */
  private box(i: number): [number, number] | null {
    if (i < 0 || i >= this.fracLeft.length || !this.frame) return null;
    if (i >= this.visibleFrom && i < this.visibleTo) return [this.left[i] ?? 0, this.right[i] ?? 0];
    return this.boxAt(this.frame.scale, i);
  }

  /** The marks inside the view, as drawn (for tests and tooltips). */
  visibleMarks(): MarkBox[] {
    const g = this.layout;
    if (!g) return [];
    const boxes: MarkBox[] = [];
    for (let i = this.visibleFrom; i < this.visibleTo; i += 1) {
      const l = this.left[i] ?? 0;
      const r = this.right[i] ?? 0;
      if (r < 0 || l > g.widthPx) continue;
      boxes.push({
        index: i,
        kind: this.data.kinds[i] ?? 'tick',
        x: l,
        y: this.laneY(this.lanes[i] ?? 0),
        width: r - l,
        height: S.laneHeightPx,
      });
    }
    return boxes;
  }

  private laneY(lane: number): number {
    return S.topPx + lane * (S.laneHeightPx + S.laneGapPx);
  }

  /** Recomputes the marks on screen and redraws the bitmap of the view, then the overlay. */
  private drawView(): void {
    const g = this.layout;
    if (!g) return;
    const started = performance.now();
    const scale = createTimeScale(g.segments, g.widthPx, S.insetPx, this.rtl(), S.breakPx, this.view);
    const pxPerFraction = scale.usablePx / (this.view[1] - this.view[0]);
    // Only the marks in view (and a margin) are laid out: two binary searches, then a pass over them.
    const [from, to] = this.candidatesBetween(scale, -CULL_MARGIN_PX, g.widthPx + CULL_MARGIN_PX);
    // Lanes for the marks in view, from the last point where no earlier mark reaches a later one
    // (the same lanes as a pass over all marks, so they depend on the zoom but not on panning).
    if (pxPerFraction !== this.lanesAtPxPerFraction || from < this.lanesFrom || to > this.lanesTo) {
      if (this.lanes.length !== this.fracLeft.length) this.lanes = new Int32Array(this.fracLeft.length);
      const restart = laneRestart(this.bounds, pxPerFraction, LANE_GAP_PX, MIN_MARK_PX, from);
      assignLanesAtZoom(
        this.fracLeft,
        this.fracRight,
        pxPerFraction,
        g.laneCount,
        LANE_GAP_PX,
        MIN_MARK_PX,
        restart,
        to,
        this.lanes,
      );
      this.lanesAtPxPerFraction = pxPerFraction;
      this.lanesFrom = restart;
      this.lanesTo = to;
    }
    for (let i = from; i < to; i += 1) {
      const [l, r] = this.boxAt(scale, i);
      this.left[i] = l;
      this.right[i] = r;
    }
    this.visibleFrom = from;
    this.visibleTo = to;
    const tickSpec = chooseTickSpec(scale.msPerPx);
    this.frame = { scale, tickSpec, ticks: this.visibleTicks(scale, tickSpec), labels: null };
    this.drawBase();
    this.render();
    performance.measure(PROBE_MARKS.timelineFrame, { start: started, end: performance.now() });
  }

  private visibleTicks(scale: TimeScale, spec: TickSpec): Tick[] {
    const g = this.layout;
    if (!g) return [];
    const a = scale.toMs(0);
    const b = scale.toMs(g.widthPx);
    const [lo, hi] = a < b ? [a, b] : [b, a];
    return g.segments.flatMap(([start, end]) => ticksIn([Math.max(start, lo), Math.min(end, hi)], spec));
  }

  private drawBase(): void {
    const g = this.layout;
    const f = this.frame;
    const ctx = this.base.getContext('2d');
    if (!g || !f || !ctx) return;
    ctx.setTransform(g.ratio, 0, 0, g.ratio, 0, 0);
    ctx.clearRect(0, 0, g.widthPx, g.heightPx);
    const { scale } = f;
    const lanesBottom = g.axisY - 1;
    // Breaks: the hidden years, a light band with two slanted strokes.
    for (const gap of axisBreaks(g.segments)) {
      const a = scale.toPx(gap[0]);
      const b = scale.toPx(gap[1]);
      if (Math.max(a, b) < 0 || Math.min(a, b) > g.widthPx) continue;
      ctx.fillStyle = C.breakFill;
      ctx.fillRect(
        Math.min(a, b),
        S.topPx - 2,
        Math.abs(b - a),
        g.densityY + S.densityHeightPx - S.topPx + 2,
      );
      drawBreakSymbol(ctx, (a + b) / 2, S.topPx - 2, g.densityY + S.densityHeightPx);
    }
    // Tick lines (labels go on the overlay, where they make room for the current date).
    for (const tick of f.ticks) {
      const x = Math.round(scale.toPx(tick.ms));
      ctx.fillStyle = tick.major ? C.tickMajor : C.axis;
      ctx.globalAlpha = tick.major ? 0.55 : 0.35;
      ctx.fillRect(x, S.topPx - 2, 1, lanesBottom - S.topPx + 2);
      ctx.globalAlpha = 1;
      ctx.fillRect(x, g.axisY - 3, 1, 4);
    }
    ctx.fillStyle = C.axis;
    for (const [start, end] of g.segments) {
      const a = scale.toPx(start);
      const b = scale.toPx(end);
      ctx.fillRect(Math.min(a, b), g.axisY, Math.abs(b - a), 1);
    }
    this.drawMarks(ctx, g);
    this.drawDensity(ctx, g);
  }

  private drawMarks(ctx: CanvasRenderingContext2D, g: Layout): void {
    const bands = new Path2D();
    const bars = new Path2D();
    const ticks = new Path2D();
    const labelled: number[] = [];
    // Where marks pile up (thousands in a lane), one that would add nothing is not drawn again: a
    // tick in the pixel column of the lane's last tick, a span inside the lane's last span of its kind.
    const lastTick = new Float64Array(g.laneCount).fill(Number.NaN);
    const spanEdges = new Float64Array(4 * g.laneCount).fill(Number.NaN);
    for (let i = this.visibleFrom; i < this.visibleTo; i += 1) {
      const l = this.left[i] ?? 0;
      const r = this.right[i] ?? 0;
      if (r < 0 || l > g.widthPx) continue;
      const lane = this.lanes[i] ?? 0;
      const y = this.laneY(lane);
      const kind = this.data.kinds[i];
      if (kind === 'tick') {
        const column = Math.floor(l);
        if (column === lastTick[lane]) continue;
        lastTick[lane] = column;
        ticks.rect(l, y, r - l, S.laneHeightPx);
        continue;
      }
      const at = 4 * lane + (kind === 'bar' ? 0 : 2);
      if (l >= (spanEdges[at] ?? 0) - 0.5 && r <= (spanEdges[at + 1] ?? 0) + 0.5) continue;
      spanEdges[at] = l;
      spanEdges[at + 1] = r;
      if (kind === 'bar') bars.rect(l, y + (S.laneHeightPx - S.barHeightPx) / 2, r - l, S.barHeightPx);
      else {
        bands.rect(l, y, r - l, S.laneHeightPx);
        if (r - l >= 34) labelled.push(i);
      }
    }
    ctx.fillStyle = this.hatch ?? C.bandFill;
    ctx.fill(bands);
    ctx.strokeStyle = C.bandEdge;
    ctx.lineWidth = 1;
    ctx.setLineDash([2, 2]);
    ctx.stroke(bands);
    ctx.setLineDash([]);
    ctx.fillStyle = C.mark;
    ctx.fill(bars);
    ctx.fill(ticks);
    if (labelled.length > 0 && labelled.length < 400) this.drawBandLabels(ctx, g, labelled);
  }

  /** A band's date ("2010", «أواخر 2021») inside it, on a light backing, where it fits. */
  private drawBandLabels(ctx: CanvasRenderingContext2D, g: Layout, indices: number[]): void {
    ctx.font = BAND_FONT;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.direction = textDirection(this.language);
    for (const i of indices) {
      const l = Math.max(0, this.left[i] ?? 0);
      const r = Math.min(g.widthPx, this.right[i] ?? 0);
      const text = this.data.dateLabel(i);
      const width = ctx.measureText(text).width;
      if (width + 8 > r - l) continue;
      const y = this.laneY(this.lanes[i] ?? 0);
      const x = (l + r) / 2;
      ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
      ctx.fillRect(x - width / 2 - 2, y + 1, width + 4, S.laneHeightPx - 2);
      ctx.fillStyle = C.bandText;
      ctx.fillText(text, x, y + S.laneHeightPx / 2 + 0.5);
    }
  }

  /**
   * How many events fall under each few pixels of the view (by each mark's middle): counted one by
   * one when few marks are in view, else read from the cumulative histogram (O(1) per bin).
   */
  private drawDensity(ctx: CanvasRenderingContext2D, g: Layout): void {
    const binCount = Math.max(1, Math.floor(g.widthPx / DENSITY_BIN_PX));
    const bins = new Float64Array(binCount);
    let peak = 1;
    if (this.visibleTo - this.visibleFrom <= DIRECT_DENSITY_MAX) {
      for (let i = this.visibleFrom; i < this.visibleTo; i += 1) {
        const mid = ((this.left[i] ?? 0) + (this.right[i] ?? 0)) / 2;
        if (mid < 0 || mid >= g.widthPx) continue;
        const bin = Math.floor(mid / DENSITY_BIN_PX);
        const count = (bins[bin] ?? 0) + 1;
        bins[bin] = count;
        if (count > peak) peak = count;
      }
    } else if (this.frame) {
      const { scale } = this.frame;
      for (let bin = 0; bin < binCount; bin += 1) {
        const a = scale.pxToFraction(bin * DENSITY_BIN_PX);
        const b = scale.pxToFraction((bin + 1) * DENSITY_BIN_PX);
        const count = countBetween(this.density, Math.min(a, b), Math.max(a, b));
        bins[bin] = count;
        if (count > peak) peak = count;
      }
    }
    for (let bin = 0; bin < binCount; bin += 1) {
      const count = bins[bin] ?? 0;
      if (count === 0) continue;
      ctx.fillStyle = `rgba(${C.density}, ${(0.2 + 0.8 * Math.sqrt(count / peak)).toFixed(3)})`;
      ctx.fillRect(bin * DENSITY_BIN_PX, g.densityY, DENSITY_BIN_PX + 0.5, S.densityHeightPx);
    }
  }

  /** Copies the view's bitmap, then draws the hovered mark, the current event and the axis labels. */
  private render(): void {
    const g = this.layout;
    const f = this.frame;
    const ctx = this.canvas.getContext('2d');
    if (!g || !f || !ctx) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    ctx.drawImage(this.base, 0, 0);
    ctx.setTransform(g.ratio, 0, 0, g.ratio, 0, 0);
    if (this.hover >= 0 && this.hover !== this.current) this.drawHover(ctx, this.hover);
    const labelBox = this.drawCurrent(ctx, g);
    this.drawTickLabels(ctx, g, f, labelBox);
  }

  private drawHover(ctx: CanvasRenderingContext2D, i: number): void {
    const box = this.box(i);
    if (!box) return;
    const [l, r] = box;
    const y = this.laneY(this.lanes[i] ?? 0);
    ctx.strokeStyle = C.hover;
    ctx.lineWidth = 1.5;
    ctx.strokeRect(l - 1.5, y - 1.5, r - l + 3, S.laneHeightPx + 3);
  }

  /** The current event: its whole window marked; returns the box of its date label on the axis. */
  private drawCurrent(ctx: CanvasRenderingContext2D, g: Layout): [number, number] | null {
    const i = this.current;
    const box = this.box(i);
    const kind = this.data.kinds[i];
    if (!box || kind === undefined) return null;
    const [l, r] = box;
    const text = this.data.dateLabel(i);
    const lanesBottom = g.axisY;
    ctx.fillStyle = C.current;
    if (r < 0 || l > g.widthPx) {
      // Outside the view: a chevron at the edge it lies beyond, with its date.
      const atRight = l > g.widthPx;
      const x = atRight ? g.widthPx - 3 : 3;
      const dir = atRight ? 1 : -1;
      const mid = S.topPx + (lanesBottom - S.topPx) / 2;
      ctx.beginPath();
      ctx.moveTo(x, mid);
      ctx.lineTo(x - dir * 9, mid - 9);
      ctx.lineTo(x - dir * 9, mid + 9);
      ctx.closePath();
      ctx.fill();
      return this.drawCurrentLabel(ctx, g, text, atRight ? g.widthPx : 0, atRight ? 'end' : 'start');
    }
    const y = this.laneY(this.lanes[i] ?? 0);
    if (kind === 'tick') {
      const x = (l + r) / 2;
      ctx.fillRect(x - 1, 2, 2, lanesBottom - 2);
      ctx.fillRect(l - 1, y - 1, r - l + 2, S.laneHeightPx + 2);
      ctx.beginPath();
      ctx.moveTo(x - 6, 0);
      ctx.lineTo(x + 6, 0);
      ctx.lineTo(x, 8);
      ctx.closePath();
      ctx.fill();
    } else {
      // A span or a fuzzy window: the whole of it, washed and bracketed, never a point in its middle.
      const vl = Math.max(-2, l);
      const vr = Math.min(g.widthPx + 2, r);
      ctx.fillStyle = C.currentWash;
      ctx.fillRect(vl, 2, vr - vl, lanesBottom - 2);
      ctx.fillStyle = C.current;
      ctx.fillRect(vl, 3, vr - vl, 2);
      ctx.fillRect(l - 1, 3, 2, 7);
      ctx.fillRect(r - 1, 3, 2, 7);
      if (kind === 'band') {
        ctx.fillStyle = this.currentHatch ?? C.currentWash;
        ctx.fillRect(l, y, r - l, S.laneHeightPx);
        ctx.strokeStyle = C.current;
        ctx.lineWidth = 1.5;
        ctx.strokeRect(l, y, r - l, S.laneHeightPx);
      } else {
        ctx.fillRect(l - 1, y + (S.laneHeightPx - S.barHeightPx) / 2 - 1, r - l + 2, S.barHeightPx + 2);
      }
    }
    return this.drawCurrentLabel(ctx, g, text, (Math.max(0, l) + Math.min(g.widthPx, r)) / 2, 'center');
  }

  private drawCurrentLabel(
    ctx: CanvasRenderingContext2D,
    g: Layout,
    text: string,
    x: number,
    align: 'center' | 'start' | 'end',
  ): [number, number] {
    ctx.font = CURRENT_FONT;
    ctx.direction = textDirection(this.language);
    const width = ctx.measureText(text).width + 8;
    let left = align === 'center' ? x - width / 2 : align === 'start' ? x : x - width;
    left = Math.max(1, Math.min(g.widthPx - width - 1, left));
    const top = g.heightPx - S.labelRowPx;
    ctx.fillStyle = C.labelBackground;
    ctx.fillRect(left, top, width, S.labelRowPx);
    ctx.fillStyle = C.current;
    ctx.fillRect(left, top, width, 1.5);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    ctx.fillText(text, left + width / 2, g.heightPx - 1);
    return [left - 6, left + width + 6];
  }

  private drawTickLabels(
    ctx: CanvasRenderingContext2D,
    g: Layout,
    f: Frame,
    avoid: [number, number] | null,
  ): void {
    ctx.font = FONT;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    ctx.direction = textDirection(this.language);
    ctx.fillStyle = C.text;
    f.labels ??= this.layoutTickLabels(ctx, g, f);
    for (const { x, text, half } of f.labels) {
      if (avoid && x + half > avoid[0] && x - half < avoid[1]) continue;
      ctx.fillText(text, x, g.heightPx - 1);
    }
  }

  /** Labels kept apart, in reading order (the first one the reader meets carries the year). */
  private layoutTickLabels(
    ctx: CanvasRenderingContext2D,
    g: Layout,
    f: Frame,
  ): { x: number; text: string; half: number }[] {
    const labels: { x: number; text: string; half: number }[] = [];
    const minGap = TICK_GAP_PX[f.tickSpec.unit];
    // Time runs in reading order in both directions (the axis is mirrored in Arabic).
    for (const tick of f.ticks) {
      const x = f.scale.toPx(tick.ms);
      if (x < 12 || x > g.widthPx - 12) continue;
      const previous = labels[labels.length - 1];
      if (previous && Math.abs(x - previous.x) < minGap) continue;
      const withYear = labels.length === 0 && f.tickSpec.unit !== 'year';
      const text = formatTick(tick.ms, f.tickSpec.unit, this.language, withYear);
      const half = ctx.measureText(text).width / 2;
      if (x - half < 1 || x + half > g.widthPx - 1) continue;
      labels.push({ x, text, half });
    }
    return labels;
  }
}

/** Two slanted strokes across the axis, where years without events are left out. */
function drawBreakSymbol(ctx: CanvasRenderingContext2D, centre: number, top: number, bottom: number): void {
  ctx.save();
  ctx.strokeStyle = C.axis;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  for (const offset of [-3, 3]) {
    ctx.moveTo(centre + offset - 3, bottom);
    ctx.lineTo(centre + offset + 3, top);
  }
  ctx.stroke();
  ctx.restore();
}
