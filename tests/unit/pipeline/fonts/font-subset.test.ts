import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import subsetFont from 'subset-font';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontFiles } from '../../../../src/pipeline/fonts/font-subset-plugin.ts';
import { codePointsOf, collectFontText, type FontText } from '../../../../src/pipeline/fonts/font-text.ts';
import {
  glyphProblems,
  shapingDifferences,
  type CheckedFace,
} from '../../../../src/pipeline/fonts/glyph-check.ts';
import {
  FONT_WEIGHTS,
  fontCodePoints,
  fontsourceFile,
  subsetFonts,
  toTrueType,
  unicodeRangeOf,
  type ScriptSubset,
} from '../../../../src/pipeline/fonts/subset-fonts.ts';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** The fonts the build ships: made by the Vite plugin's own function, into a folder of the test's. */
let cacheDir: string;
let made: Awaited<ReturnType<typeof fontFiles>>;
let texts: FontText[];
const shipped = new Map<string, Uint8Array>();
const checked = new Map<number, CheckedFace[]>();

beforeAll(async () => {
  cacheDir = mkdtempSync(join(tmpdir(), 'qanat-fonts-'));
  texts = collectFontText(repoRoot);
  made = await fontFiles(repoRoot, cacheDir);
  for (const weight of FONT_WEIGHTS) {
    const faces: CheckedFace[] = [];
    for (const face of made.faces.filter((f) => f.weight === weight)) {
      const woff2 = new Uint8Array(readFileSync(join(made.dir, face.fileName)));
      shipped.set(face.fileName, woff2);
      faces.push({ name: face.fileName, trueType: await toTrueType(woff2), unicodeRange: face.unicodeRange });
    }
    checked.set(weight, faces);
  }
}, 60_000);

afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('the text the page shows', () => {
  it('covers the interface in both languages, the data, the articles and the basemap', () => {
    const sources = new Set(texts.map((item) => item.source.split(':')[0]));
    for (const source of [
      'i18n.ts',
      'format-date.ts',
      'geo/events.geojson',
      'geo/places.geojson',
      'geo/articles.json',
      'geo/chapters.json',
      'geo/basemap.geojson',
      'printable ASCII',
    ]) {
      expect(sources).toContain(source);
    }
    expect(texts.some((item) => item.source.startsWith('geo/articles/'))).toBe(true);
    expect(texts.find((item) => item.source === 'i18n.ts: ar.appTitle')?.text).toBe('قناة');
    // The formatter's Arabic month names and the left-to-right mark of an Arabic range.
    const text = texts.map((item) => item.text).join('');
    expect(text).toContain('فبراير');
    expect(text).toContain('\u200e');
  });
});

describe('the subset webfont', () => {
  it('is woff2, Arabic and Latin, regular and bold, with unicode-ranges that are its cmaps', async () => {
    expect(made.faces.map((face) => face.fileName).sort()).toEqual([
      'noto-sans-arabic-arabic-400.woff2',
      'noto-sans-arabic-arabic-700.woff2',
      'noto-sans-arabic-latin-400.woff2',
      'noto-sans-arabic-latin-700.woff2',
    ]);
    for (const face of made.faces) {
      const woff2 = shipped.get(face.fileName) ?? new Uint8Array();
      expect(new TextDecoder().decode(woff2.subarray(0, 4))).toBe('wOF2');
      expect(face.unicodeRange).toEqual(unicodeRangeOf(await fontCodePoints(woff2)));
    }
    const css = readFileSync(join(made.dir, 'fonts.css'), 'utf8');
    expect(css.match(/@font-face/g)).toHaveLength(4);
    expect(css).toContain("font-family: 'Noto Sans Arabic';");
    expect(css).toContain('font-display: swap;');
    expect(css).not.toContain('woff)');
  });

  it('draws every string of the interface and the data: no .notdef, regular and bold', () => {
    for (const weight of FONT_WEIGHTS) {
      const problems = glyphProblems(texts, checked.get(weight) ?? []);
      expect(
        problems.map((p) => `${p.source}: «${p.char}» ${p.codePoint} ${p.problem} (${String(weight)})`),
      ).toEqual([]);
    }
  });

  it('fails on a character outside the subset, naming the string and the character', () => {
    const faces = checked.get(400) ?? [];
    // ڭ (U+06AD) is in Noto Sans Arabic but in none of the texts: no file's range holds it.
    expect(glyphProblems([{ source: 'a new article', text: 'قناة ڭ' }], faces)).toEqual([
      { source: 'a new article', char: 'ڭ', codePoint: 'U+06AD', problem: 'no font' },
    ]);
    // A range that claims more than the file holds is caught by shaping: glyph 0 (.notdef).
    const lying = faces.map((face) =>
      face.name.includes('arabic') ? { ...face, unicodeRange: ['U+0600-06FF'] } : face,
    );
    expect(glyphProblems([{ source: 'a new article', text: 'قناة ڭ' }], lying)).toEqual([
      {
        source: 'a new article',
        char: 'ڭ',
        codePoint: 'U+06AD',
        problem: 'notdef',
        face: 'noto-sans-arabic-arabic-400.woff2',
      },
    ]);
    // Symbols no script file of the font has are drawn by a system font, on purpose.
    expect(glyphProblems([{ source: 'ui', text: '▶ ⤢ ←' }], faces)).toEqual([]);
  });

  it('shapes Arabic as the full font does: joining forms, lam-alef, marks and kerning kept', async () => {
    for (const weight of FONT_WEIGHTS) {
      const sources = new Map<string, Uint8Array>();
      for (const face of checked.get(weight) ?? []) {
        const subset = face.name.replace(/^noto-sans-arabic-|-\d+\.woff2$/g, '') as ScriptSubset;
        sources.set(face.name, await toTrueType(readFileSync(fontsourceFile(subset, weight))));
      }
      expect(shapingDifferences(texts, checked.get(weight) ?? [], sources)).toEqual([]);
    }
  }, 60_000);

  it('fails when a subset loses the Arabic forms (a subset without its layout features)', async () => {
    const source = readFileSync(fontsourceFile('arabic', 400));
    const text = 'قناة لا';
    const withoutForms = await subsetFont(source, text, { targetFormat: 'truetype', keepFeatures: ['kern'] });
    const face = { name: 'arabic', trueType: new Uint8Array(withoutForms), unicodeRange: ['U+600-6FF'] };
    const sources = new Map([['arabic', await toTrueType(source)]]);
    expect(shapingDifferences([{ source: 'test', text }], [face], sources)).toEqual([
      { source: 'test', run: 'قناة', face: 'arabic' },
      { source: 'test', run: 'لا', face: 'arabic' },
    ]);
  });

  it('is the same bytes from the same text', async () => {
    const again = await subsetFonts(codePointsOf(texts));
    for (const face of again.faces) expect(face.woff2).toEqual(shipped.get(face.fileName));
  }, 60_000);

  it('weighs at most 100 KB gzip in all', () => {
    const total = [...shipped.values()].reduce((sum, woff2) => sum + gzipSync(woff2, { level: 9 }).length, 0);
    expect(total).toBeLessThanOrEqual(100 * 1024);
  });
});
