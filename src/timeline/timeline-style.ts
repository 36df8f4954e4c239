/**
 * The timeline's marks: colours and sizes shared by the canvas renderer and the legend, so the key
 * always shows what the strip draws.
 */
import { PALETTE, rgbChannels, withAlpha } from '../styles/palette.ts';

export const TIMELINE_COLORS = {
  /** A day (tick) and a span of days (bar): solid ink. */
  mark: PALETTE.brand,
  /** A month, season or year (band): a faded fill with hatching. */
  bandFill: withAlpha(PALETTE.brand, 0.13),
  bandHatch: withAlpha(PALETTE.brand, 0.42),
  bandEdge: withAlpha(PALETTE.brand, 0.55),
  bandText: '#1e3a5f',
  current: PALETTE.accent,
  currentWash: withAlpha(PALETTE.accent, 0.1),
  currentBandHatch: withAlpha(PALETTE.accent, 0.55),
  hover: '#0f172a',
  /** rgb of the density strip, drawn with an alpha by count. */
  density: rgbChannels(PALETTE.brand),
  axis: '#94a3b8',
  tickMajor: '#64748b',
  breakFill: 'rgba(148, 163, 184, 0.14)',
  text: '#334155',
  labelBackground: '#ffffff',
} as const;

export const TIMELINE_SIZES = {
  insetPx: 16,
  /** Room above the lanes for the current-event marker. */
  topPx: 12,
  laneHeightPx: 10,
  laneGapPx: 2,
  maxLanes: 6,
  tickWidthPx: 2,
  /** A bar's thickness inside its lane (a band fills the lane). */
  barHeightPx: 7,
  densityHeightPx: 5,
  labelRowPx: 16,
  breakPx: 22,
  /** Spacing of the band hatching. */
  hatchPx: 5,
} as const;

/** A canvas pattern (or SVG stripes) of diagonal hatching, in the band colours. */
export function hatchTile(stroke: string, fill: string): HTMLCanvasElement {
  const size = TIMELINE_SIZES.hatchPx;
  const tile = document.createElement('canvas');
  tile.width = size;
  tile.height = size;
  const ctx = tile.getContext('2d');
  if (ctx) {
    ctx.fillStyle = fill;
    ctx.fillRect(0, 0, size, size);
    ctx.strokeStyle = stroke;
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(-1, size + 1);
    ctx.lineTo(size + 1, -1);
    ctx.stroke();
  }
  return tile;
}
