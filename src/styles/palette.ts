/**
 * The colours the map, the timeline and the page share, defined once. The page's CSS cannot import
 * a module, so app.css repeats them as custom properties on :root (--brand, --accent, …) and a unit
 * test (tests/unit/styles/palette.test.ts) keeps those, the web app manifest and the icon equal to
 * these.
 */
export const PALETTE = {
  /** Places on the map, the timeline's marks, the header, the browser's theme colour. */
  brand: '#2c5282',
  /** The current event, on the map and the timeline. */
  accent: '#c2410c',
  /** The open place. */
  accentInk: '#7c2d12',
  ink: '#1e293b',
  paper: '#fbfaf7',
} as const;

/** Each colour's CSS custom property in app.css. */
export const PALETTE_CSS_PROPERTIES: Readonly<Record<keyof typeof PALETTE, string>> = {
  brand: '--brand',
  accent: '--accent',
  accentInk: '--accent-ink',
  ink: '--ink',
  paper: '--paper',
};

/**
 * A '#rrggbb' colour's channels as canvas and CSS write them.
 * @example rgbChannels('#2c5282') // '44, 82, 130'
 */
export function rgbChannels(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255].join(', ');
}

/**
 * A '#rrggbb' colour with an opacity.
 * @example withAlpha('#c2410c', 0.55) // 'rgba(194, 65, 12, 0.55)'
 */
export function withAlpha(hex: string, alpha: number): string {
  return `rgba(${rgbChannels(hex)}, ${alpha})`;
}
