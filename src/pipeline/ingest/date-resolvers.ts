/**
 * Resolvers for the date grammar: where a relative expression lands, seen from the publication
 * date: the year of a month named without one, the day of a weekday, the direction a clause speaks
 * in, the day a bare weekday means when the article named it earlier.
 */
import { addDays } from '../../data/calendar-date.ts';
import { CLAUSE_BREAKS, FUTURE_WORDS, NOT_FUTURE_VERBS } from './date-words.ts';
import type { Direction } from './date-words.ts';
import { parts, weekdayOf } from './date-windows.ts';
import { wordKey } from './date-readers.ts';
import type { Token } from './tokens.ts';

/** A bare weekday means a day the article named at most this many days before publication. */
const FOCUS_DAYS = 14;
const CONTEXT_TOKENS = 5;
const CONTEXT_TOKENS_BEFORE = 8;

/**
 * How many units a direction moves from the publication date's own: back one, on one, or none.
 * @example directionOffset('past') // -1
 */
export function directionOffset(direction: Direction): -1 | 0 | 1 {
  return direction === 'past' ? -1 : direction === 'future' ? 1 : 0;
}

/** A future-marked verb: س + imperfect prefix (سيعقد, ستُعقد, سنواصل), not a noun that looks like one. */
function looksFutureVerb(key: string): boolean {
  const bare = key.length > 5 && (key[0] === 'و' || key[0] === 'ف') ? key.slice(1) : key;
  return (
    bare.length >= 5 &&
    bare[0] === 'س' &&
    'يتنا'.includes(bare.charAt(1)) &&
    !NOT_FUTURE_VERBS.has(bare) &&
    !NOT_FUTURE_VERBS.has(bare.slice(0, -1))
  );
}

/** Whether the clause around tokens [first, next) speaks of the future. */
export function clauseDirection(tokens: readonly Token[], first: number, next: number): 'past' | 'future' {
  // «ومن المقرر أن يصل ويتكوف إلى سلطنة عمان، السبت»: the future frame can sit further back.
  const from = Math.max(0, first - CONTEXT_TOKENS_BEFORE);
  let to = Math.min(tokens.length, next + CONTEXT_TOKENS);
  // «قالت … يوم الثلاثاء إن القمة ستعقد»: the clause reported after إن/أن has its own tense.
  for (let index = next; index < to; index += 1) {
    if (CLAUSE_BREAKS.has(wordKey(tokens[index]))) {
      to = index;
      break;
    }
  }
  for (let index = from; index < to; index += 1) {
    if (index >= first && index < next) continue;
    const key = wordKey(tokens[index]);
    if (key !== '' && (FUTURE_WORDS.has(key) || looksFutureVerb(key))) return 'future';
  }
  return 'past';
}

/** The year a month (and day) without a year falls in, seen from the publication date. */
export function inferYear(
  published: string,
  month: number,
  day: number | null,
  direction: Direction,
  explicit: boolean,
): number {
  const now = parts(published);
  const target = month * 100 + (day ?? 0);
  const today = now.month * 100 + (day === null ? 0 : now.day);
  if (direction === 'current') return now.year;
  if (direction === 'future') {
    if (target > today) return now.year;
    return target === today && !explicit ? now.year : now.year + 1;
  }
  if (target < today) return now.year;
  return target === today && !explicit ? now.year : now.year - 1;
}

/** The weekday nearest the publication date in a direction. */
export function resolveWeekday(
  published: string,
  weekday: number,
  direction: Direction,
  explicit: boolean,
): string {
  const today = weekdayOf(published);
  if (direction === 'future') {
    const ahead = (weekday - today + 7) % 7;
    return addDays(published, ahead === 0 && explicit ? 7 : ahead);
  }
  if (direction === 'current') return addDays(published, (weekday - today + 7) % 7);
  const back = (today - weekday + 7) % 7;
  return addDays(published, -(back === 0 && explicit ? 7 : back));
}

/**
 * The last day named in the article (in text order) that falls on `weekday` within FOCUS_DAYS
 * before publication. Scans from the end without copying: called once per weekday mention, a copy
 * of the list made the extraction quadratic in the article's length.
 */
export function lastFocusDay(
  published: string,
  focusDays: readonly string[],
  weekday: number,
): string | undefined {
  const earliest = addDays(published, -FOCUS_DAYS);
  for (let index = focusDays.length - 1; index >= 0; index -= 1) {
    const day = focusDays[index];
    if (day !== undefined && weekdayOf(day) === weekday && day <= published && day >= earliest) return day;
  }
  return undefined;
}
