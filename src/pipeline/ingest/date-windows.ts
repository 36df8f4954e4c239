/**
 * Honest date windows: a day, a run of days, a week, a month, a season, a year or part of one,
 * each an inclusive ISO start..end with its precision, as geo/chronology.json writes them.
 */
import { hijriToGregorian } from '@tabby_ai/hijri-converter';
import { addDays, isCalendarDate } from '../../data/calendar-date.ts';
import type { DatePrecision } from '../../data/schema.ts';
import type { Season, Third } from './date-words.ts';

/** A chronology date window without its label: labels are written by the reviewer. */
export interface DraftWindow {
  readonly start: string;
  readonly end: string;
  readonly precision: DatePrecision;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

export function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Splits an ISO date into numbers. */
export function parts(iso: string): { year: number; month: number; day: number } {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

/** 0 = Sunday. */
export function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

/** @example dayWindow(2022, 2, 30) // null: no such day */
export function dayWindow(year: number, month: number, day: number): DraftWindow | null {
  const iso = isoDate(year, month, day);
  return isCalendarDate(iso) ? { start: iso, end: iso, precision: 'day' } : null;
}

export function monthWindow(year: number, month: number): DraftWindow | null {
  if (month < 1 || month > 12 || year < 1 || year > 9999) return null;
  return {
    start: isoDate(year, month, 1),
    end: isoDate(year, month, daysInMonth(year, month)),
    precision: 'month',
  };
}

export function yearWindow(year: number): DraftWindow | null {
  if (year < 1 || year > 9999) return null;
  return { start: isoDate(year, 1, 1), end: isoDate(year, 12, 31), precision: 'year' };
}

/**
 * أوائل/منتصف/أواخر of a month: days 1–10, 11–20, 21–end.
 * @example monthThirdWindow(2022, 3, 'late') // { start: '2022-03-21', end: '2022-03-31', precision: 'approx' }
 */
export function monthThirdWindow(year: number, month: number, third: Third): DraftWindow | null {
  const whole = monthWindow(year, month);
  if (!whole) return null;
  const last = daysInMonth(year, month);
  const [from, to] = third === 'early' ? [1, 10] : third === 'mid' ? [11, 20] : [21, last];
  return { start: isoDate(year, month, from), end: isoDate(year, month, to), precision: 'approx' };
}

/**
 * أوائل/منتصف/أواخر of a year: January–April, May–August, September–December.
 * @example yearThirdWindow(2021, 'late') // { start: '2021-09-01', end: '2021-12-31', precision: 'approx' }
 */
export function yearThirdWindow(year: number, third: Third): DraftWindow | null {
  if (year < 1 || year > 9999) return null;
  const [from, to] = third === 'early' ? [1, 4] : third === 'mid' ? [5, 8] : [9, 12];
  return {
    start: isoDate(year, from, 1),
    end: isoDate(year, to, daysInMonth(year, to)),
    precision: 'approx',
  };
}

/**
 * Northern meteorological seasons; winter YYYY runs from December YYYY to February YYYY+1.
 * @example seasonWindow(2021, 'autumn') // { start: '2021-09-01', end: '2021-11-30', precision: 'season' }
 */
export function seasonWindow(year: number, season: Season): DraftWindow | null {
  if (year < 1 || year > 9998) return null;
  const startMonth = { spring: 3, summer: 6, autumn: 9, winter: 12 }[season];
  const endYear = season === 'winter' ? year + 1 : year;
  const endMonth = season === 'winter' ? 2 : startMonth + 2;
  return {
    start: isoDate(year, startMonth, 1),
    end: isoDate(endYear, endMonth, daysInMonth(endYear, endMonth)),
    precision: 'season',
  };
}

/**
 * A calendar week (Monday to Sunday, ISO 8601) relative to `published` (0 = this week, -1 = last week).
 * @example weekWindow('2022-11-15', -1) // { start: '2022-11-07', end: '2022-11-13', precision: 'week' }
 */
export function weekWindow(published: string, offsetWeeks: number): DraftWindow {
  const sinceMonday = (weekdayOf(published) + 6) % 7;
  const monday = addDays(published, -sinceMonday + 7 * offsetWeeks);
  return { start: monday, end: addDays(monday, 6), precision: 'week' };
}

/** The month `offset` months from the publication month. */
export function relativeMonthWindow(published: string, offset: number): DraftWindow | null {
  const { year, month } = parts(published);
  const index = year * 12 + (month - 1) + offset;
  return monthWindow(Math.floor(index / 12), (index % 12) + 1);
}

function hijriToIso(year: number, month: number, day: number): string | null {
  try {
    const g = hijriToGregorian({ year, month, day });
    return isoDate(g.year, g.month, g.day);
  } catch {
    return null;
  }
}

/**
 * A Hijri (Umm al-Qura) day, month or year as a Gregorian window; null outside the converter's range
 * or for a day the month does not have.
 * @example hijriWindow(1443, 10, 12) // { start: '2022-05-13', end: '2022-05-13', precision: 'day' }
 */
export function hijriWindow(year: number, month?: number, day?: number): DraftWindow | null {
  if (month !== undefined && day !== undefined) {
    const iso = hijriToIso(year, month, day);
    return iso ? { start: iso, end: iso, precision: 'day' } : null;
  }
  const firstMonth = month ?? 1;
  const lastMonth = month ?? 12;
  const start = hijriToIso(year, firstMonth, 1);
  const end = hijriToIso(year, lastMonth, 30) ?? hijriToIso(year, lastMonth, 29);
  if (!start || !end) return null;
  return { start, end, precision: month === undefined ? 'year' : 'month' };
}

/** The smallest window covering both. */
export function spanWindows(first: DraftWindow, second: DraftWindow, precision: DatePrecision): DraftWindow {
  return {
    start: first.start < second.start ? first.start : second.start,
    end: first.end > second.end ? first.end : second.end,
    precision,
  };
}
