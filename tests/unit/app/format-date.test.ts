import { describe, expect, it } from 'vitest';
import { formatDateWindow, formatDay } from '../../../src/app/format-date.ts';

const label = { ar: 'أواخر 2021', en: 'late 2021' };

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
