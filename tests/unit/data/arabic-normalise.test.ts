import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey, normalise, toOriginalSpan } from '../../../src/data/arabic-normalise.ts';

describe('normalise', () => {
  it('unfolds presentation forms with NFKC (ﻻ → لا, ﷲ → الله)', () => {
    expect(normalise('ﻻ ﷲ').text).toBe('لا الله');
  });
  it('strips tashkeel and tatweel', () => {
    expect(normalise('اتصالًا عسكريًا مـسـؤول').text).toBe('اتصالا عسكريا مسؤول');
  });
  it('strips zero-width and bidi marks', () => {
    expect(normalise('موس\u200cكو\u200f \u202bكييف\u202c\u2066').text).toBe('موسكو كييف');
  });
  it('turns Arabic-Indic and Persian digits into ASCII', () => {
    expect(normalise('١٢ فبراير ٢٠٢٥ و۱۴۴۳').text).toBe('12 فبراير 2025 و1443');
  });
  it('composes a letter with a combining hamza', () => {
    expect(normalise('ا\u0654').text).toBe('أ');
  });
  it('strips a mark before a combining hamza rather than keeping it (found by fast-check)', () => {
    expect(normalise('\u0651\u0654').text).toBe('');
  });
  it('folds hamza alefs, alef maqsura and ta marbuta in the key only', () => {
    const n = normalise('أإآٱ ى ة');
    expect(n.key).toBe('اااا ي ه');
    expect(n.text).toBe('أإآٱ ى ة');
    expect(foldKey('أوكرانيا')).toBe('اوكرانيا');
  });
  it('maps each normalised char back to its original span', () => {
    const n = normalise('وبِموسكو');
    expect(toOriginalSpan(n, 0, 7)).toEqual([0, 8]);
    expect(n.original.slice(...toOriginalSpan(n, 2, 7))).toBe('موسكو');
  });
});

describe('normalise properties', () => {
  const arabicish = fc.string({
    unit: fc.oneof(
      fc.constantFrom(...'أإآٱاىةيوبلكفموسكوكييف ٠١٢٣٤٥٦٧٨٩۰۱۲ًٌٍَُِّْـ\u200c\u200f\u202b\u2066ﻻﷲ\u0654.،\n'),
      fc.string({ minLength: 1, maxLength: 1 }),
      fc.constant('😀'),
    ),
    maxLength: 60,
  });
  it('never throws, keeps text and key the same length, and maps every char inside the original', () => {
    fc.assert(
      fc.property(arabicish, (input) => {
        const n = normalise(input);
        expect(n.text.length).toBe(n.key.length);
        expect(n.starts.length).toBe(n.text.length);
        for (let i = 0; i < n.text.length; i += 1) {
          expect(n.starts[i]).toBeLessThan(n.ends[i]!);
          expect(n.ends[i]).toBeLessThanOrEqual(input.length);
          if (i > 0) expect(n.starts[i]).toBeGreaterThanOrEqual(n.starts[i - 1]!);
        }
      }),
      { numRuns: 2000 },
    );
  });
  it('maps spans back to the same original text every time', () => {
    fc.assert(
      fc.property(arabicish, fc.nat(), fc.nat(), (input, a, b) => {
        const n = normalise(input);
        if (n.text.length === 0) return;
        const start = a % n.text.length;
        const end = start + 1 + (b % (n.text.length - start));
        // Spans that cut one original character (a surrogate pair, ﷲ → الله) cannot round-trip.
        const cutsStart = start > 0 && n.starts[start] === n.starts[start - 1];
        const cutsEnd = end < n.text.length && n.starts[end] === n.starts[end - 1];
        if (cutsStart || cutsEnd) return;
        const [from, to] = toOriginalSpan(n, start, end);
        // Renormalising the original slice gives back the normalised slice.
        expect(normalise(input.slice(from, to)).text).toBe(n.text.slice(start, end));
      }),
      { numRuns: 5000 },
    );
  });
});
