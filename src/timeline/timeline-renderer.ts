import { formatYear } from '../app/format-date.ts';
import type { Language } from '../store/types.ts';
import {
  assignLanes,
  axisBreaks,
  axisSegments,
  axisTicks,
  createTimeScale,
  densityBins,
  type TimeScale,
  type Window,
} from './timeline-layout.ts';

const COLORS = {
  span: 'rgba(44, 82, 130, 0.55)',
  point: 'rgba(44, 82, 130, 0.85)',
  current: '#c2410c',
  density: '44, 82, 130',
  axis: '#94a3b8',
  text: '#334155',
} as const;

export const TIMELINE_INSET_PX = 16;
const TOP_PX = 14;
const LANE_PX = 5;
const LANE_GAP_PX = 2;
const DENSITY_PX = 6;
const TICKS_PX = 18;
const MIN_MARK_PX = 3;
const MAX_LANES = 6;
const DENSITY_BIN_PX = 4;
const MIN_TICK_GAP_PX = 44;
const BREAK_PX = 22;

interface Geometry {
  widthPx: number;
  heightPx: number;
  segments: Window[];
  scale: TimeScale;
  lanes: number[];
  laneCount: number;
}

/**
 * Draws the timeline on a canvas: all events once into an offscreen bitmap (so 10,000 events
 * cost one drawImage per step), then the current event on top. No DOM node per event.
 */
export class TimelineRenderer {
  private readonly canvas: HTMLCanvasElement;
  private readonly base: HTMLCanvasElement;
  private windows: readonly Window[] = [];
  private language: Language = 'en';
  private geometry: Geometry | null = null;
  private current = 0;

  constructor(canvas: HTMLCanvasElement) {
    this.canvas = canvas;
    this.base = document.createElement('canvas');
  }

  /** Rebuilds the static layer: call when the data, the language or the size changes. */
  setData(windows: readonly Window[], language: Language, widthPx: number, heightPx: number): void {
    this.windows = windows;
    this.language = language;
    const ratio = window.devicePixelRatio || 1;
    for (const c of [this.canvas, this.base]) {
      c.width = Math.max(1, Math.round(widthPx * ratio));
      c.height = Math.max(1, Math.round(heightPx * ratio));
    }
    const segments = axisSegments(windows);
    const scale = createTimeScale(segments, widthPx, TIMELINE_INSET_PX, language === 'ar', BREAK_PX);
    const laneRoom = heightPx - TOP_PX - DENSITY_PX - TICKS_PX - 4;
    const laneCount = Math.max(1, Math.min(MAX_LANES, Math.floor(laneRoom / (LANE_PX + LANE_GAP_PX))));
    const lanes = assignLanes(windows, laneCount, scale.msPerPx * MIN_MARK_PX);
    this.geometry = { widthPx, heightPx, segments, scale, lanes, laneCount };
    this.drawBase(ratio);
    this.render();
  }

  setCurrent(index: number): void {
    this.current = index;
    this.render();
  }

  /** The time under an x position (CSS pixels from the canvas' left edge). */
  timeAt(xPx: number): number | null {
    return this.geometry ? this.geometry.scale.toMs(xPx) : null;
  }

  private laneY(lane: number): number {
    return TOP_PX + lane * (LANE_PX + LANE_GAP_PX);
  }

  private markRect(i: number): [x: number, y: number, w: number, h: number] | null {
    const g = this.geometry;
    const w = this.windows[i];
    if (!g || !w) return null;
    const a = g.scale.toPx(w[0]);
    const b = g.scale.toPx(w[1]);
    const left = Math.min(a, b);
    const width = Math.max(MIN_MARK_PX, Math.abs(b - a));
    return [left, this.laneY(g.lanes[i] ?? 0), width, LANE_PX];
  }

  private drawBase(ratio: number): void {
    const g = this.geometry;
    const ctx = this.base.getContext('2d');
    if (!g || !ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, g.widthPx, g.heightPx);
    const axisY = this.laneY(g.laneCount) + 2;
    ctx.fillStyle = COLORS.axis;
    for (const [start, end] of g.segments) {
      const a = g.scale.toPx(start);
      const b = g.scale.toPx(end);
      ctx.fillRect(Math.min(a, b), axisY, Math.abs(b - a), 1);
    }
    this.windows.forEach((_, i) => {
      const rect = this.markRect(i);
      if (!rect) return;
      const isPoint = rect[2] <= MIN_MARK_PX;
      ctx.fillStyle = isPoint ? COLORS.point : COLORS.span;
      ctx.fillRect(rect[0], rect[1], rect[2], rect[3]);
    });
    const densityY = axisY + 3;
    const usablePx = g.widthPx - 2 * TIMELINE_INSET_PX;
    const binCount = Math.max(1, Math.floor(usablePx / DENSITY_BIN_PX));
    const bins = densityBins(this.windows, g.scale.toFraction, binCount);
    const peak = Math.max(1, ...bins);
    const binWidthPx = usablePx / binCount;
    const rtl = this.language === 'ar';
    bins.forEach((count, bin) => {
      if (count === 0) return;
      const x = TIMELINE_INSET_PX + (rtl ? binCount - 1 - bin : bin) * binWidthPx;
      ctx.fillStyle = `rgba(${COLORS.density}, ${(0.2 + 0.8 * Math.sqrt(count / peak)).toFixed(3)})`;
      ctx.fillRect(x, densityY, binWidthPx + 0.5, DENSITY_PX);
    });
    for (const gap of axisBreaks(g.segments)) this.drawBreak(ctx, gap, densityY + DENSITY_PX);
    ctx.font = '12px "Noto Sans Arabic", system-ui, sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    const tickTop = densityY + DENSITY_PX;
    for (const tick of axisTicks(g.segments, g.scale.toPx, MIN_TICK_GAP_PX)) {
      const x = g.scale.toPx(tick.ms);
      if (tick.line) {
        ctx.fillStyle = COLORS.axis;
        ctx.fillRect(x, TOP_PX - 4, 1, tickTop - TOP_PX + 6);
      }
      ctx.fillStyle = COLORS.text;
      ctx.fillText(formatYear(tick.ms, this.language), x, g.heightPx - 1);
    }
  }

  /** A break in the axis: two slanted strokes across it, where years without events are left out. */
  private drawBreak(ctx: CanvasRenderingContext2D, gap: Window, bottomY: number): void {
    const g = this.geometry;
    if (!g) return;
    const centre = (g.scale.toPx(gap[0]) + g.scale.toPx(gap[1])) / 2;
    const top = TOP_PX - 2;
    ctx.save();
    ctx.strokeStyle = COLORS.axis;
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    for (const offset of [-3, 3]) {
      ctx.moveTo(centre + offset - 3, bottomY);
      ctx.lineTo(centre + offset + 3, top);
    }
    ctx.stroke();
    ctx.restore();
  }

  private render(): void {
    const g = this.geometry;
    const ctx = this.canvas.getContext('2d');
    if (!g || !ctx) return;
    const ratio = this.canvas.width / Math.max(1, g.widthPx);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    ctx.drawImage(this.base, 0, 0);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    const rect = this.markRect(this.current);
    if (!rect) return;
    const [x, y, w, h] = rect;
    const centre = x + w / 2;
    ctx.fillStyle = COLORS.current;
    ctx.fillRect(centre - 1, 2, 2, g.heightPx - TICKS_PX - 2);
    ctx.fillRect(x - 1, y - 1, w + 2, h + 2);
    ctx.beginPath();
    ctx.moveTo(centre - 6, 0);
    ctx.lineTo(centre + 6, 0);
    ctx.lineTo(centre, 8);
    ctx.closePath();
    ctx.fill();
  }
}
