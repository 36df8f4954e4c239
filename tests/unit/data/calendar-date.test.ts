import { describe, expect, it } from 'vitest';
import { addDays, dateToUtcMs, isCalendarDate, utcMsToDate } from '../../../src/data/calendar-date.ts';

describe('isCalendarDate', () => {
  it.each(['2025-02-28', '2024-02-29', '2000-02-29', '2022-12-31', '2026-01-01'])('accepts %s', (date) => {
    expect(isCalendarDate(date)).toBe(true);
  });

  it.each([
    ['2025-02-30', 'a day February does not have'],
    ['2025-02-29', 'a leap day in a common year'],
    ['1900-02-29', 'a leap day in a century year'],
    ['2025-13-01', 'month 13'],
    ['2025-00-10', 'month 0'],
    ['2025-04-31', 'April 31'],
    ['2025-1-05', 'a one-digit month'],
    ['2025-01-05T00:00:00Z', 'a timestamp'],
    [' 2025-01-05', 'leading space'],
    ['', 'nothing'],
  ])('rejects %s (%s)', (date) => {
    expect(isCalendarDate(date)).toBe(false);
  });
});

describe('date arithmetic', () => {
  it('goes through UTC midnight and back', () => {
    expect(dateToUtcMs('2022-05-13')).toBe(Date.UTC(2022, 4, 13));
    expect(utcMsToDate(Date.UTC(2022, 4, 13, 23, 59))).toBe('2022-05-13');
  });

  it.each([
    ['2022-02-28', 1, '2022-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2025-03-30', 7, '2025-04-06'],
  ])('addDays(%s, %i) is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});
