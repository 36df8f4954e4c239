/**
 * Arabic normalisation with an offset map back to the original text: the one normaliser, shared by
 * the pipeline (ingest, geo:build) and the browser (search). Pure, no Node APIs.
 *
 * Two strings of equal length come out: `text` (presentation forms unfolded, marks stripped, digits
 * ASCII) for display and grammar, and `key` (the same with hamza-carrying alefs, alef maqsura and
 * ta marbuta folded) for matching names. Because both have the same length they share one offset
 * map: `starts[i]`..`ends[i]` is the [start, end) span in the original text that normalised
 * character `i` came from. Every stage after this one works on `text`/`key` and reports offsets in
 * the original through {@link toOriginalSpan}.
 */

export interface Normalised {
  /** The original text, unmodified. */
  readonly original: string;
  readonly text: string;
  readonly key: string;
  /** For normalised char i: the original span [starts[i], ends[i]). */
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
}

const ARABIC_INDIC_ZERO = 0x0660;
const PERSIAN_ZERO = 0x06f0;
const TATWEEL = 0x0640;

/** Marks with no letter value for matching: tashkeel, Quranic annotation, superscript alef. */
function isStrippedMark(code: number): boolean {
  return (
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    (code >= 0x0610 && code <= 0x061a) ||
    (code >= 0x06d6 && code <= 0x06dc) ||
    (code >= 0x06df && code <= 0x06e8) ||
    (code >= 0x06ea && code <= 0x06ed) ||
    code === TATWEEL
  );
}

/** Invisible format characters: zero-width joiners/spaces, bidi embeddings, isolates, marks, BOM. */
function isInvisible(code: number): boolean {
  return (
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2069) ||
    code === 0x061c ||
    code === 0xfeff ||
    code === 0x00ad
  );
}

/** Hamza marks that compose with a preceding letter under NFC (ا + ٔ → أ). */
function isComposingHamza(code: number): boolean {
  return code >= 0x0653 && code <= 0x0655;
}

const KEY_FOLD: ReadonlyMap<string, string> = new Map([
  ['أ', 'ا'],
  ['إ', 'ا'],
  ['آ', 'ا'],
  ['ٱ', 'ا'],
  ['ى', 'ي'],
  ['ة', 'ه'],
  // Persian/Urdu letter shapes that Arabic text sometimes borrows from keyboards.
  ['ی', 'ي'],
  ['ک', 'ك'],
  // Letters for sounds Arabic lacks, in transliterated names: گ (g), ڤ (v), پ (p).
  ['گ', 'غ'],
  ['ڤ', 'ف'],
  ['پ', 'ب'],
]);

const KEY_FOLD_UNITS: ReadonlyMap<number, number> = new Map(
  [...KEY_FOLD].map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]),
);

/** Folds one normalised UTF-16 unit to its matching-key form. */
function foldKeyUnit(unit: number): number {
  return unit < 0x0622 ? unit : (KEY_FOLD_UNITS.get(unit) ?? unit);
}

/**
 * Folds a short normalised string to its key (used for gazetteer names and grammar words).
 * @example foldKey('أوكرانيا') // 'اوكرانيا'
 */
export function foldKey(value: string): string {
  return normalise(value).key;
}

const nfkcCache = new Map<number, string>();

/** NFKC of one code point, cached: the compatibility forms in real text are few and repeat. */
function nfkcOf(code: number, char: string): string {
  let result = nfkcCache.get(code);
  if (result === undefined) {
    result = char.normalize('NFKC');
    nfkcCache.set(code, result);
  }
  return result;
}

/** Code points that NFKC leaves alone, so the per-character fast path can skip `normalize`. */
function isNfkcStable(code: number): boolean {
  return code < 0x00a0 || (code >= 0x0600 && code <= 0x06ff && !isComposingHamza(code));
}

/**
 * Normalises Arabic text, keeping a map from each output character to its original span.
 * Linear in the input length: one pass over code points, no regular expressions.
 *
 * @example
 * const n = normalise('وبِموسكو ٢٠٢٢');
 * n.text // 'وبموسكو 2022'
 * n.key  // 'وبموسكو 2022'
 * toOriginalSpan(n, 0, 7) // [0, 8]: the kasra inside is covered by the span
 */
export function normalise(original: string): Normalised {
  const length = original.length;
  // Typed buffers rather than arrays of one-char strings: a 20 MB article stays cheap.
  let capacity = Math.max(16, length);
  let textUnits = new Uint16Array(capacity);
  let keyUnits = new Uint16Array(capacity);
  let starts = new Uint32Array(capacity);
  let ends = new Uint32Array(capacity);
  let count = 0;

  const grow = (): void => {
    capacity *= 2;
    const copy = <T extends Uint16Array | Uint32Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    textUnits = copy(textUnits, new Uint16Array(capacity));
    keyUnits = copy(keyUnits, new Uint16Array(capacity));
    starts = copy(starts, new Uint32Array(capacity));
    ends = copy(ends, new Uint32Array(capacity));
  };

  /** Appends one UTF-16 unit (a BMP char or half of a surrogate pair) with its original span. */
  const pushUnit = (unit: number, start: number, end: number): void => {
    if (count >= capacity) grow();
    textUnits[count] = unit;
    keyUnits[count] = foldKeyUnit(unit);
    starts[count] = start;
    ends[count] = end;
    count += 1;
  };
  const push = (char: string, start: number, end: number): void => pushUnit(char.charCodeAt(0), start, end);

  let index = 0;
  while (index < length) {
    const code = original.codePointAt(index) ?? 0;
    if (code < 0x00a0) {
      pushUnit(code, index, index + 1);
      index += 1;
      continue;
    }
    const width = code > 0xffff ? 2 : 1;
    const char = width === 2 ? original.slice(index, index + 2) : original[index]!;
    if (width === 2) {
      // Astral characters (emoji, maths letters) pass through unit by unit; NFKC of them is rare
      // and never Arabic.
      const folded = nfkcOf(code, char);
      for (let unit = 0; unit < folded.length; unit += 1) push(folded[unit]!, index, index + 2);
      index += 2;
      continue;
    }
    const next = index + width;

    if (next < length && isComposingHamza(original.charCodeAt(next)) && !isStrippedMark(code)) {
      // A letter followed by a combining hamza: compose when NFC has a precomposed letter (ا + ٔ → أ).
      const composed = (char + original[next]!).normalize('NFC');
      if (composed.length === 1) {
        push(composed, index, next + 1);
        index = next + 1;
        continue;
      }
    }

    if (code >= ARABIC_INDIC_ZERO && code <= ARABIC_INDIC_ZERO + 9) {
      push(String.fromCharCode(48 + code - ARABIC_INDIC_ZERO), index, next);
    } else if (code >= PERSIAN_ZERO && code <= PERSIAN_ZERO + 9) {
      push(String.fromCharCode(48 + code - PERSIAN_ZERO), index, next);
    } else if (isInvisible(code)) {
      // dropped: carries no letter
    } else if (isStrippedMark(code)) {
      // dropped: tashkeel and tatweel
    } else if (isNfkcStable(code)) {
      pushUnit(code, index, next);
    } else {
      const folded = nfkcOf(code, char);
      for (const part of folded) {
        const partCode = part.codePointAt(0) ?? 0;
        if (isStrippedMark(partCode) || isInvisible(partCode)) continue;
        if (partCode >= ARABIC_INDIC_ZERO && partCode <= ARABIC_INDIC_ZERO + 9) {
          push(String.fromCharCode(48 + partCode - ARABIC_INDIC_ZERO), index, next);
        } else {
          for (let unit = 0; unit < part.length; unit += 1) push(part[unit]!, index, next);
        }
      }
    }
    index = next;
  }

  return {
    original,
    text: unitsToString(textUnits, count),
    key: unitsToString(keyUnits, count),
    starts: starts.slice(0, count),
    ends: ends.slice(0, count),
  };
}

/** Builds a string from UTF-16 units in chunks (fromCharCode has an argument-count limit). */
function unitsToString(units: Uint16Array, count: number): string {
  const chunkSize = 8192;
  const parts: string[] = [];
  for (let at = 0; at < count; at += chunkSize) {
    parts.push(String.fromCharCode(...units.subarray(at, Math.min(count, at + chunkSize))));
  }
  return parts.join('');
}

/**
 * Maps a [start, end) span of the normalised text back to the original text.
 * @example
 * const n = normalise('ـموسكو');
 * toOriginalSpan(n, 0, 5) // [1, 6]: the tatweel before the word is not part of it
 */
export function toOriginalSpan(normalised: Normalised, start: number, end: number): [number, number] {
  if (end <= start) {
    const at = start < normalised.starts.length ? normalised.starts[start]! : normalised.original.length;
    return [at, at];
  }
  return [normalised.starts[start]!, normalised.ends[end - 1]!];
}
