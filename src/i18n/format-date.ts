import type { DateWindow } from '../data/schema.ts';
import { dateToUtcMs } from '../data/calendar-date.ts';
import type { Language } from '../store/types.ts';
import { localeFor } from './i18n.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}:${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(localeFor(language), { ...options, timeZone: 'UTC' });
    formatters.set(key, f);
  }
  return f;
}

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const MONTH: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };

const LRM = '\u200e';
const GAP = '[ \u2009\u200a\u202f]*';
const DASH = '[-\u2010-\u2015\u2212]';
/** Two numbers joined by a dash (hyphen, en or em dash, minus), with optional spaces around it. */
const WESTERN_RANGE = new RegExp(`\u200e?([0-9]+)${GAP}${DASH}${GAP}([0-9]+)`, 'g');
const EASTERN_RANGE = new RegExp(
  `\u200e?([\u0660-\u0669\u06f0-\u06f9]+)${GAP}${DASH}${GAP}([\u0660-\u0669\u06f0-\u06f9]+)`,
  'g',
);

/**
 * Keeps numeric ranges in reading order inside right-to-left text. A dash is bidi-neutral, so in an
 * Arabic line «4–5 فبراير» displays as «5–4». A hyphen alone is not enough either: after Arabic
 * letters, digits count as Arabic numbers, which a hyphen does not join («شتاء 2025-2026» still
 * shows 2026 first). So the range is written as Arabic news prints it, with a hyphen («4-5
 * فبراير»), after a left-to-right mark (U+200E), which makes both numbers and the hyphen between
 * them one left-to-right run wherever the range stands (rules W2, W7 and N1 of the Unicode bidi
 * algorithm); Arabic-Indic digits get the mark on each side of the hyphen too. The mark is a plain
 * strong character, so canvas text (which ignores bidi isolates) shows it the same way.
 * @example arabicRangesInOrder('4–5 فبراير 2026') // '\u200e4-5 فبراير 2026'
 */
export function arabicRangesInOrder(text: string): string {
  return text
    .replace(WESTERN_RANGE, (_, from: string, to: string) => `${LRM}${from}-${to}`)
    .replace(EASTERN_RANGE, (_, from: string, to: string) => `${LRM}${from}${LRM}-${LRM}${to}`);
}

/** A calendar date (YYYY-MM-DD) as the locale writes it, e.g. "18 February 2025" / "18 فبراير 2025". */
export function formatDay(isoDate: string, language: Language): string {
  return formatter(language, DAY).format(dateToUtcMs(isoDate));
}

function formatWindowRaw(window: DateWindow, language: Language): string {
  const startMs = dateToUtcMs(window.start);
  const endMs = dateToUtcMs(window.end);
  switch (window.precision) {
    case 'day':
      return formatter(language, DAY).format(startMs);
    case 'days':
    case 'week':
      return formatter(language, DAY).formatRange(startMs, endMs);
    case 'month':
      return window.start.slice(0, 7) === window.end.slice(0, 7)
        ? formatter(language, MONTH).format(startMs)
        : formatter(language, MONTH).formatRange(startMs, endMs);
    default:
      return window.label[language];
  }
}

/**
 * An event's date window at its honest precision: a day, a range of days, a month; coarser or
 * fuzzier windows ("late 2021") use the label written by the chronology's editors. In Arabic,
 * numeric ranges keep their reading order (see arabicRangesInOrder).
 * @example formatDateWindow({ start: '2025-02-18', end: '2025-02-18', precision: 'day', label }, 'en') // '18 February 2025'
 * @example formatDateWindow({ start: '2026-02-04', end: '2026-02-05', precision: 'days', label }, 'ar') // '\u200e4-5 فبراير 2026'
 */
export function formatDateWindow(window: DateWindow, language: Language): string {
  const text = formatWindowRaw(window, language);
  return language === 'ar' ? arabicRangesInOrder(text) : text;
}

/** The units the timeline's axis labels its ticks in, from coarse to fine. */
export type TickUnit = 'year' | 'month' | 'day';

const TICK_FORMATS: Record<TickUnit, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { month: 'short' },
  day: { day: 'numeric', month: 'short' },
};

/**
 * A timeline tick's label: "2022"; "Feb" (with the year on January, "Jan 2023", so the year is
 * never lost); "5 Feb" (or "5 Feb 2026" for the first label, `withYear`).
 * @example formatTick(Date.UTC(2026, 1, 5), 'day', 'en') // '5 Feb'
 */
export function formatTick(utcMs: number, unit: TickUnit, language: Language, withYear = false): string {
  if ((unit === 'month' && new Date(utcMs).getUTCMonth() === 0) || (unit === 'month' && withYear))
    return formatter(language, { month: 'short', year: 'numeric' }).format(utcMs);
  if (unit === 'day' && withYear)
    return formatter(language, { day: 'numeric', month: 'short', year: 'numeric' }).format(utcMs);
  return formatter(language, TICK_FORMATS[unit]).format(utcMs);
}
