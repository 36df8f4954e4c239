/**
 * Subsets the page's webfont, Noto Sans Arabic, to the characters the page shows: for each weight,
 * an Arabic and a Latin woff2 (and a Latin Extended one only when the text needs it), cut from the
 * script files of @fontsource/noto-sans-arabic with subset-font (HarfBuzz's hb-subset compiled to
 * WebAssembly). Every OpenType layout feature is kept for the glyphs that stay, so Arabic still
 * joins (init, medi, fina, isol), ligates (rlig: lam-alef) and places its marks (mark, mkmk), and
 * the glyphs those features reach are kept too (hb-subset's layout closure). Each file's
 * unicode-range lists exactly the characters its cmap holds: a character outside every range falls
 * back to a system font instead of showing tofu. The same text and sources give byte-identical files.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Blob, Face } from 'harfbuzzjs';
import subsetFont from 'subset-font';

export const FONT_FAMILY = 'Noto Sans Arabic';
export const FONT_WEIGHTS = [400, 700] as const;
export type FontWeight = (typeof FONT_WEIGHTS)[number];

/** Fontsource's script files, in the order a character is given to one: Arabic first, then Latin. */
const SCRIPT_SUBSETS = ['arabic', 'latin', 'latin-ext'] as const;
export type ScriptSubset = (typeof SCRIPT_SUBSETS)[number];

export interface SubsetFace {
  /** e.g. `noto-sans-arabic-arabic-400.woff2` */
  fileName: string;
  subset: ScriptSubset;
  weight: FontWeight;
  /** The characters the file holds (its cmap), ascending. */
  codePoints: number[];
  /** `codePoints` as CSS unicode-range parts, e.g. `['U+20', 'U+600-60C']`. */
  unicodeRange: string[];
  woff2: Uint8Array;
}

export interface FontSubsets {
  faces: SubsetFace[];
  /** Characters of the text no script file of the font has (symbols): a system font draws them. */
  notInFont: number[];
}

/** The folder of @fontsource/noto-sans-arabic's font files. */
export function fontsourceFilesDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@fontsource/noto-sans-arabic/package.json')), 'files');
}

/** The source file of a script subset and weight. */
export function fontsourceFile(
  subset: ScriptSubset,
  weight: FontWeight,
  filesDir = fontsourceFilesDir(),
): string {
  return join(filesDir, `noto-sans-arabic-${subset}-${String(weight)}-normal.woff2`);
}

/** Fontsource's declared ranges per script file (unicode.json), as [first, last] pairs. */
function declaredRanges(filesDir: string): Record<ScriptSubset, [number, number][]> {
  const json = JSON.parse(readFileSync(join(filesDir, '..', 'unicode.json'), 'utf8')) as Record<
    string,
    string
  >;
  const parse = (ranges: string | undefined): [number, number][] =>
    (ranges ?? '').split(',').map((part) => {
      const [first = '', last] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(first, 16), parseInt(last ?? first, 16)];
    });
  return { arabic: parse(json.arabic), latin: parse(json.latin), 'latin-ext': parse(json['latin-ext']) };
}

/** Code points as CSS unicode-range parts, runs joined: `[0x20, 0x21, 0x22, 0x600]` → `['U+20-22', 'U+600']`. */
export function unicodeRangeOf(codePoints: readonly number[]): string[] {
  const parts: string[] = [];
  const hex = (code: number): string => code.toString(16).toUpperCase();
  let index = 0;
  while (index < codePoints.length) {
    const first = codePoints[index] ?? 0;
    let last = first;
    while (codePoints[index + 1] === last + 1) {
      index += 1;
      last += 1;
    }
    parts.push(first === last ? `U+${hex(first)}` : `U+${hex(first)}-${hex(last)}`);
    index += 1;
  }
  return parts;
}

/** The characters a font file maps (its cmap), ascending; any format subset-font reads. */
export async function fontCodePoints(font: Uint8Array): Promise<number[]> {
  return [...new Face(new Blob(await toTrueType(font))).collectUnicodes()].sort((a, b) => a - b);
}

/** A woff2 (or any font) as TrueType, every glyph kept: what HarfBuzz's shaper reads. */
export async function toTrueType(font: Uint8Array): Promise<Uint8Array> {
  return subsetFont(Buffer.from(font), '', { keepAllGlyphs: true, targetFormat: 'truetype' });
}

/** Drawn characters only: no C0/C1 controls (line breaks and tabs lay out, they are not drawn). */
function drawable(code: number): boolean {
  return code >= 0x20 && !(code >= 0x7f && code <= 0x9f);
}

/**
 * The subset faces for a set of characters: per weight, each character goes to the first script
 * file (Arabic, Latin, Latin Extended) that declares and has it; files left with none are not made.
 * @example (await subsetFonts([0x20, 0x627, 0x644])).faces.map((f) => f.fileName) // ['noto-sans-arabic-arabic-400.woff2', 'noto-sans-arabic-latin-400.woff2', …700…]
 */
export async function subsetFonts(
  codePoints: readonly number[],
  filesDir = fontsourceFilesDir(),
): Promise<FontSubsets> {
  const ranges = declaredRanges(filesDir);
  const faces: SubsetFace[] = [];
  const notInFont = new Set<number>();
  for (const weight of FONT_WEIGHTS) {
    let remaining = [...new Set(codePoints)].filter(drawable).sort((a, b) => a - b);
    for (const subset of SCRIPT_SUBSETS) {
      const declared = remaining.filter((code) =>
        ranges[subset].some(([first, last]) => code >= first && code <= last),
      );
      if (declared.length === 0) continue;
      const source = readFileSync(fontsourceFile(subset, weight, filesDir));
      const text = String.fromCodePoint(...declared);
      // What the file really has of its declared range: the cmap of the subset.
      const held = new Set(
        await fontCodePoints(await subsetFont(source, text, { targetFormat: 'truetype' })),
      );
      const kept = declared.filter((code) => held.has(code));
      if (kept.length === 0) continue;
      const woff2 = await subsetFont(source, String.fromCodePoint(...kept), { targetFormat: 'woff2' });
      faces.push({
        fileName: `noto-sans-arabic-${subset}-${String(weight)}.woff2`,
        subset,
        weight,
        codePoints: kept,
        unicodeRange: unicodeRangeOf(kept),
        woff2: new Uint8Array(woff2),
      });
      remaining = remaining.filter((code) => !held.has(code));
    }
    for (const code of remaining) notInFont.add(code);
  }
  return { faces, notInFont: [...notInFont].sort((a, b) => a - b) };
}

/**
 * The @font-face rules for the faces, each file named by `urlOf` (relative to the stylesheet).
 * @example fontFaceCss(faces, (face) => `./${face.fileName}`)
 */
export function fontFaceCss(faces: readonly SubsetFace[], urlOf: (face: SubsetFace) => string): string {
  return faces
    .map((face) =>
      [
        '@font-face {',
        `  font-family: '${FONT_FAMILY}';`,
        '  font-style: normal;',
        '  font-display: swap;',
        `  font-weight: ${String(face.weight)};`,
        `  src: url(${JSON.stringify(urlOf(face))}) format('woff2');`,
        `  unicode-range: ${face.unicodeRange.join(', ')};`,
        '}',
      ].join('\n'),
    )
    .join('\n')
    .concat('\n');
}
