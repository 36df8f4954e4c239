/** ISO calendar dates (YYYY-MM-DD) as plain strings: they sort and compare lexically. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * True when `value` is a real Gregorian date written as YYYY-MM-DD.
 * @example isCalendarDate('2025-02-28') // true
 * @example isCalendarDate('2025-02-30') // false
 */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Milliseconds since the epoch at 00:00 UTC of an ISO date. */
export function dateToUtcMs(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`);
}

/** The ISO date of a UTC timestamp. */
export function utcMsToDate(utcMs: number): string {
  return new Date(utcMs).toISOString().slice(0, 10);
}

/**
 * Adds whole days to an ISO date.
 * @example addDays('2022-02-28', 1) // '2022-03-01'
 */
export function addDays(isoDate: string, days: number): string {
  return utcMsToDate(dateToUtcMs(isoDate) + days * 86_400_000);
}
