import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PALETTE, PALETTE_CSS_PROPERTIES, rgbChannels, withAlpha } from '../../../src/styles/palette.ts';

const REPO_ROOT = join(import.meta.dirname, '../../..');
const read = (path: string): string => readFileSync(join(REPO_ROOT, path), 'utf8');

/** The custom properties declared on :root in a stylesheet. */
function rootProperties(css: string): Map<string, string> {
  const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  return new Map(
    [...root.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1] ?? '', (m[2] ?? '').trim()]),
  );
}

describe('the shared palette', () => {
  it('is what app.css declares on :root', () => {
    const declared = rootProperties(read('src/styles/app.css'));
    for (const [name, hex] of Object.entries(PALETTE)) {
      const property = PALETTE_CSS_PROPERTIES[name as keyof typeof PALETTE];
      expect(declared.get(property), property).toBe(hex);
    }
  });

  it('gives the web app manifest and the icon their colours', () => {
    const manifest = JSON.parse(read('public/manifest.webmanifest')) as Record<string, unknown>;
    expect(manifest['theme_color']).toBe(PALETTE.brand);
    expect(manifest['background_color']).toBe(PALETTE.paper);
    expect(read('public/icon.svg')).toContain(`fill="${PALETTE.brand}"`);
  });

  it('writes channels and opacities as canvas and CSS read them', () => {
    expect(rgbChannels('#2c5282')).toBe('44, 82, 130');
    expect(withAlpha('#c2410c', 0.55)).toBe('rgba(194, 65, 12, 0.55)');
  });
});
