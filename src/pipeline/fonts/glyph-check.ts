/**
 * Checks that the subset webfont draws every text the page shows: each text is cut into runs the
 * way a browser does with a family split by unicode-range (each character goes to the file whose
 * range holds it), each run is shaped with HarfBuzz, and any glyph 0 (.notdef: tofu) is reported
 * with the text's source and the character. A character no file holds is reported too, unless it
 * is one a system font draws on purpose: a space, an invisible format mark or a symbol (arrows,
 * ▶): letters, marks, digits and punctuation must come from the webfont.
 */
import { Blob, Buffer as HbBuffer, Face, Font, shape } from 'harfbuzzjs';
import type { FontText } from './font-text.ts';

/** A font file as the page declares it: its TrueType bytes and the CSS unicode-range parts. */
export interface CheckedFace {
  name: string;
  trueType: Uint8Array;
  unicodeRange: readonly string[];
}

export interface GlyphProblem {
  source: string;
  char: string;
  /** e.g. `U+06AD` */
  codePoint: string;
  problem: 'notdef' | 'no font';
  face?: string;
}

interface LoadedFace {
  name: string;
  font: Font;
  ranges: [number, number][];
}

/** Drawn by a system font on purpose: spaces, format controls (bidi marks), symbols. */
/** Format controls only: bidi marks, joiners. */
const INVISIBLE = /^\p{Cf}+$/u;

const SYSTEM_DRAWN = /^[\p{Zs}\p{Cf}\p{Sm}\p{So}\p{Cc}]$/u;

function parseRange(part: string): [number, number] {
  const [first = '', last] = part.trim().replace(/^U\+/i, '').split('-');
  return [parseInt(first, 16), parseInt(last ?? first, 16)];
}

const hex = (code: number): string => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

function loadFaces(faces: readonly CheckedFace[]): LoadedFace[] {
  return faces.map((face) => ({
    name: face.name,
    font: new Font(new Face(new Blob(face.trueType))),
    ranges: face.unicodeRange.map(parseRange),
  }));
}

interface Run {
  text: string;
  /** The file the browser draws the run with; undefined: none of ours (a system font). */
  face: LoadedFace | undefined;
}

/** A text cut where the file that holds its characters changes, as a browser cuts a split family. */
function runsOf(text: string, faces: readonly LoadedFace[]): Run[] {
  const faceOf = (char: string | undefined): LoadedFace | undefined => {
    const code = char?.codePointAt(0) ?? 0;
    return faces.find((face) => face.ranges.some(([first, last]) => code >= first && code <= last));
  };
  const chars = [...text];
  const runs: Run[] = [];
  let start = 0;
  while (start < chars.length) {
    const face = faceOf(chars[start]);
    let end = start + 1;
    while (end < chars.length && faceOf(chars[end]) === face) end += 1;
    runs.push({ text: chars.slice(start, end).join(''), face });
    start = end;
  }
  return runs;
}

const buffer = (() => {
  let shared: HbBuffer | undefined;
  return (): HbBuffer => (shared ??= new HbBuffer());
})();

/** Shapes a run as a browser does (script and direction from its characters). */
function shapeRun(font: Font, text: string): { glyph: number; cluster: number; position: string }[] {
  const hbBuffer = buffer();
  hbBuffer.reset();
  hbBuffer.addText(text);
  hbBuffer.guessSegmentProperties();
  shape(font, hbBuffer);
  const positions = hbBuffer.getGlyphPositions();
  return hbBuffer.getGlyphInfos().map((info, index) => {
    const position = positions[index];
    return {
      glyph: info.codepoint,
      cluster: info.cluster,
      position: `${String(position?.xAdvance)},${String(position?.xOffset)},${String(position?.yOffset)}`,
    };
  });
}

/**
 * The problems of drawing `texts` with `faces` (one weight's files); none means no tofu.
 * @example glyphProblems([{ source: 'test', text: 'ڭ' }], faces) // [{ source: 'test', char: 'ڭ', codePoint: 'U+06AD', problem: 'no font' }]
 */
export function glyphProblems(texts: readonly FontText[], faces: readonly CheckedFace[]): GlyphProblem[] {
  const loaded = loadFaces(faces);
  const problems: GlyphProblem[] = [];
  const seen = new Set<string>();
  const report = (problem: GlyphProblem): void => {
    const key = `${problem.source}\u0000${problem.codePoint}\u0000${problem.problem}`;
    if (!seen.has(key)) problems.push(problem);
    seen.add(key);
  };
  for (const { source, text } of texts) {
    for (const run of runsOf(text, loaded)) {
      if (run.face === undefined) {
        for (const char of run.text) {
          if (!SYSTEM_DRAWN.test(char)) {
            report({ source, char, codePoint: hex(char.codePointAt(0) ?? 0), problem: 'no font' });
          }
        }
        continue;
      }
      for (const glyph of shapeRun(run.face.font, run.text)) {
        if (glyph.glyph !== 0) continue;
        // Clusters count UTF-16 code units.
        const code = run.text.codePointAt(glyph.cluster) ?? 0;
        report({
          source,
          char: String.fromCodePoint(code),
          codePoint: hex(code),
          problem: 'notdef',
          face: run.face.name,
        });
      }
    }
  }
  return problems;
}

/**
 * The texts whose shaping with the subset files differs from the full source files (`sources`, by
 * face name): the glyphs' advances, offsets and clusters must be the same, which they are only if
 * the subset kept the joining forms, ligatures, mark positions and kerning the text uses.
 */
export function shapingDifferences(
  texts: readonly FontText[],
  faces: readonly CheckedFace[],
  sources: ReadonlyMap<string, Uint8Array>,
): { source: string; run: string; face: string }[] {
  const loaded = loadFaces(faces);
  const sourceFonts = new Map(
    [...sources].map(([name, trueType]) => [name, new Font(new Face(new Blob(trueType)))] as const),
  );
  const differences: { source: string; run: string; face: string }[] = [];
  for (const { source, text } of texts) {
    for (const run of runsOf(text, loaded)) {
      const sourceFont = run.face && sourceFonts.get(run.face.name);
      // A run of invisible marks alone (a left-to-right mark before digits) draws nothing either way.
      if (run.face === undefined || sourceFont === undefined || INVISIBLE.test(run.text)) continue;
      const strip = (glyphs: ReturnType<typeof shapeRun>): string =>
        glyphs.map((glyph) => `${String(glyph.cluster)}:${glyph.position}`).join(' ');
      if (strip(shapeRun(run.face.font, run.text)) !== strip(shapeRun(sourceFont, run.text))) {
        differences.push({ source, run: run.text, face: run.face.name });
      }
    }
  }
  return differences;
}
