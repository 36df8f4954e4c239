import bidiFactory from 'bidi-js';
import { describe, expect, it } from 'vitest';
import {
  arabicRangesInOrder,
  formatDateWindow,
  formatDay,
  formatTick,
} from '../../../src/i18n/format-date.ts';

const label = { ar: 'أواخر 2021', en: 'late 2021' };
const bidi = bidiFactory();

/**
 * What a reader sees, left to right, when the text is one line of a right-to-left paragraph: the
 * Unicode bidi algorithm (UAX #9, by bidi-js) reorders it; the invisible isolates are dropped.
 */
function visualRtl(text: string): string {
  const levels = bidi.getEmbeddingLevels(text, 'rtl');
  return bidi.getReorderedString(text, levels).replace(/[\u2066-\u2069\u200e\u200f\u061c]/g, '');
}

const stripControls = (text: string): string => text.replace(/[\u2066-\u2069\u200e\u200f]/g, '');

/** The numbers of a text in the order the eye meets them, left to right. */
const numbersLeftToRight = (text: string): string[] =>
  visualRtl(text).match(/[0-9]+|[\u0660-\u0669]+/g) ?? [];

describe('formatDateWindow', () => {
  it('writes a day in the locale', () => {
    const window = { start: '2025-02-18', end: '2025-02-18', precision: 'day' as const, label };
    expect(formatDateWindow(window, 'en')).toBe('18 February 2025');
    expect(formatDateWindow(window, 'ar')).toBe('18 فبراير 2025');
  });

  it('writes a month without inventing a day', () => {
    const window = { start: '2022-07-01', end: '2022-07-31', precision: 'month' as const, label };
    expect(formatDateWindow(window, 'en')).toBe('July 2022');
  });

  it('writes a range of days', () => {
    const window = { start: '2026-01-23', end: '2026-01-24', precision: 'days' as const, label };
    expect(formatDateWindow(window, 'en')).toMatch(/^23\s?[–-]\s?24 January 2026$/);
  });

  it('uses the editors’ label for fuzzy windows', () => {
    const window = { start: '2021-10-01', end: '2021-12-31', precision: 'season' as const, label };
    expect(formatDateWindow(window, 'ar')).toBe('أواخر 2021');
    expect(formatDateWindow(window, 'en')).toBe('late 2021');
  });

  it('writes publication dates', () => {
    expect(formatDay('2025-02-05', 'en')).toBe('5 February 2025');
  });
});

describe('Arabic date ranges in reading order (checked by the Unicode bidi algorithm)', () => {
  it('shows that the problem is real: an en dash between numbers swaps them in an RTL line', () => {
    // The check below must be able to fail: Intl's own output displays as «5–4».
    expect(numbersLeftToRight('4–5 فبراير 2026')).toEqual(['2026', '5', '4']);
  });

  it('keeps a day range in order: 4 before 5 for an eye scanning the digits', () => {
    const window = { start: '2026-02-04', end: '2026-02-05', precision: 'days' as const, label };
    const text = formatDateWindow(window, 'ar');
    expect(stripControls(text)).toBe('4-5 فبراير 2026');
    const visual = visualRtl(text);
    expect(visual).toContain('4-5');
    expect(visual).not.toMatch(/5\s*[-–]\s*4/);
  });

  it('keeps a week across months in order', () => {
    const window = { start: '2025-11-28', end: '2025-12-05', precision: 'week' as const, label };
    const text = formatDateWindow(window, 'ar');
    // Reading right to left: 28 نوفمبر first, then 5 ديسمبر 2025.
    const visual = visualRtl(text);
    expect(visual.indexOf('28')).toBeGreaterThan(visual.indexOf('5 '));
    expect(text.indexOf('نوفمبر')).toBeLessThan(text.indexOf('ديسمبر'));
  });

  it('keeps a month range across years in order (2025 read before 2026)', () => {
    const window = { start: '2025-12-01', end: '2026-01-31', precision: 'month' as const, label };
    const text = formatDateWindow(window, 'ar');
    // Right to left, the first year read is the rightmost one.
    expect(numbersLeftToRight(text)).toEqual(['2026', '2025']);
    const english = formatDateWindow(window, 'en');
    expect(english).toMatch(/December 2025\s?[–-]\s?January 2026/);
  });

  it('keeps a season’s years in order in an editor’s label', () => {
    const window = {
      start: '2025-10-01',
      end: '2026-02-05',
      precision: 'approx' as const,
      label: { ar: 'الأشهر الأخيرة (شتاء 2025–2026)', en: 'Recent months (winter 2025–26)' },
    };
    expect(numbersLeftToRight(window.label.ar)).toEqual(['2026', '2025']);
    const text = formatDateWindow(window, 'ar');
    expect(stripControls(text)).toBe('الأشهر الأخيرة (شتاء 2025-2026)');
    expect(numbersLeftToRight(text)).toEqual(['2025', '2026']);
    expect(visualRtl(text)).toContain('2025-2026');
  });

  it('needs more than a hyphen after Arabic letters, where digits count as Arabic numbers', () => {
    expect(numbersLeftToRight('شتاء 2025-2026')).toEqual(['2026', '2025']);
    expect(numbersLeftToRight(arabicRangesInOrder('شتاء 2025–2026'))).toEqual(['2025', '2026']);
    expect(numbersLeftToRight(arabicRangesInOrder('بين 14–15 نوفمبر'))).toEqual(['14', '15']);
  });

  it('marks a range in Arabic-Indic digits, which a hyphen alone would not hold together', () => {
    expect(numbersLeftToRight('٤–٥ فبراير')).toEqual(['٥', '٤']);
    expect(numbersLeftToRight('٤-٥ فبراير')).toEqual(['٥', '٤']);
    const fixed = arabicRangesInOrder('٤–٥ فبراير');
    expect(numbersLeftToRight(fixed)).toEqual(['٤', '٥']);
  });

  it('leaves English and ranges of words alone', () => {
    const window = { start: '2026-02-04', end: '2026-02-05', precision: 'days' as const, label };
    expect(formatDateWindow(window, 'en')).toMatch(/^4\s?–\s?5 February 2026$/);
    expect(arabicRangesInOrder('نوفمبر – ديسمبر 2025')).toBe('نوفمبر – ديسمبر 2025');
  });
});

describe('formatTick', () => {
  it('labels years, months (with the year on January) and days', () => {
    expect(formatTick(Date.UTC(2022, 0, 1), 'year', 'en')).toBe('2022');
    expect(formatTick(Date.UTC(2022, 2, 1), 'month', 'en')).toBe('Mar');
    expect(formatTick(Date.UTC(2023, 0, 1), 'month', 'en')).toBe('Jan 2023');
    expect(formatTick(Date.UTC(2026, 1, 5), 'day', 'en')).toBe('5 Feb');
    expect(formatTick(Date.UTC(2026, 1, 5), 'day', 'ar')).toBe('5 فبراير');
  });
});
