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

/** A calendar date (YYYY-MM-DD) as the locale writes it, e.g. "18 February 2025" / "18 فبراير 2025". */
export function formatDay(isoDate: string, language: Language): string {
  return formatter(language, DAY).format(dateToUtcMs(isoDate));
}

/**
 * An event's date window at its honest precision: a day, a range of days, a month; coarser or
 * fuzzier windows ("late 2021") use the label written by the chronology's editors.
 * @example formatDateWindow({ start: '2025-02-18', end: '2025-02-18', precision: 'day', label }, 'en') // '18 February 2025'
 */
export function formatDateWindow(window: DateWindow, language: Language): string {
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

/** A year as the locale writes it (used for timeline ticks). */
export function formatYear(utcMs: number, language: Language): string {
  return formatter(language, { year: 'numeric' }).format(utcMs);
}
