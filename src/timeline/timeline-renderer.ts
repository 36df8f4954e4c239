import { formatYear } from '../app/format-date.ts';
import type { Language } from '../store/types.ts';
import {
  assignLanes,
  createTimeScale,
  densityBins,
  timelineDomain,
  thinTicks,
  yearTicks,
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

interface Geometry {
  widthPx: number;
  heightPx: number;
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
    const domain = timelineDomain(windows);
    const scale = createTimeScale(domain, widthPx, TIMELINE_INSET_PX, language === 'ar');
    const laneRoom = heightPx - TOP_PX - DENSITY_PX - TICKS_PX - 4;
    const laneCount = Math.max(1, Math.min(MAX_LANES, Math.floor(laneRoom / (LANE_PX + LANE_GAP_PX))));
    const msPerPx = (domain[1] - domain[0]) / Math.max(1, widthPx - 2 * TIMELINE_INSET_PX);
    const lanes = assignLanes(windows, laneCount, msPerPx * MIN_MARK_PX);
    this.geometry = { widthPx, heightPx, scale, lanes, laneCount };
    this.drawBase(domain, ratio);
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

  private drawBase(domain: Window, ratio: number): void {
    const g = this.geometry;
    const ctx = this.base.getContext('2d');
    if (!g || !ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, g.widthPx, g.heightPx);
    const axisY = this.laneY(g.laneCount) + 2;
    ctx.fillStyle = COLORS.axis;
    ctx.fillRect(TIMELINE_INSET_PX, axisY, g.widthPx - 2 * TIMELINE_INSET_PX, 1);
    this.windows.forEach((_, i) => {
      const rect = this.markRect(i);
      if (!rect) return;
      const isPoint = rect[2] <= MIN_MARK_PX;
      ctx.fillStyle = isPoint ? COLORS.point : COLORS.span;
      ctx.fillRect(rect[0], rect[1], rect[2], rect[3]);
    });
    const densityY = axisY + 3;
    const binCount = Math.max(1, Math.floor((g.widthPx - 2 * TIMELINE_INSET_PX) / DENSITY_BIN_PX));
    const bins = densityBins(this.windows, domain, binCount);
    const peak = Math.max(1, ...bins);
    const binWidthPx = (g.widthPx - 2 * TIMELINE_INSET_PX) / binCount;
    bins.forEach((count, bin) => {
      if (count === 0) return;
      const binStart = domain[0] + ((domain[1] - domain[0]) * bin) / binCount;
      const x = g.scale.toPx(binStart) - (this.language === 'ar' ? binWidthPx : 0);
      ctx.fillStyle = `rgba(${COLORS.density}, ${(0.2 + 0.8 * Math.sqrt(count / peak)).toFixed(3)})`;
      ctx.fillRect(x, densityY, binWidthPx + 0.5, DENSITY_PX);
    });
    ctx.fillStyle = COLORS.text;
    ctx.font = '12px "Noto Sans Arabic", system-ui, sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    const tickTop = densityY + DENSITY_PX;
    for (const ms of thinTicks(yearTicks(domain), g.scale.toPx, MIN_TICK_GAP_PX)) {
      const x = g.scale.toPx(ms);
      ctx.fillStyle = COLORS.axis;
      ctx.fillRect(x, TOP_PX - 4, 1, tickTop - TOP_PX + 6);
      ctx.fillStyle = COLORS.text;
      ctx.fillText(formatYear(ms, this.language), x, g.heightPx - 1);
    }
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
