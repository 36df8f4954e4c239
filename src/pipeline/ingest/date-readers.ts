/**
 * Readers for the date grammar: each looks at the tokens from an index and reads one piece of a date
 * expression (a month name with its pairings, a year with its era, a day, a qualifier, a relative
 * unit), returning what it read and the index after it, or null. They know nothing of the
 * publication date; resolving is date-resolvers.ts, whole expressions are date-grammar.ts.
 */
import {
  DAY_UNIT_WORDS,
  DUAL_UNITS,
  GREGORIAN_ERA,
  HIJRI_ERA,
  MONTHS_BY_FIRST_WORD,
  ORDINALS,
  QUALIFIERS,
  RELATIVE_UNITS,
  WEEKDAYS,
  YEAR_WORDS,
} from './date-words.ts';
import type { Calendar, Direction, Unit } from './date-words.ts';
import type { Token } from './tokens.ts';

const CLITICS = ['و', 'ف', 'ب'];

/** The token's key and, when it starts with a conjunction or ب, the key without it. */
export function keyVariants(token: Token | undefined): string[] {
  if (!token || token.kind !== 'word') return [];
  const variants = [token.key];
  if (token.key.length > 3 && CLITICS.includes(token.key.charAt(0))) variants.push(token.key.slice(1));
  const lower = token.key.toLowerCase();
  if (lower !== token.key) variants.push(lower);
  return variants;
}

/** Whether the token is a word in `words`, with or without a leading clitic. */
export function wordIs(
  token: Token | undefined,
  words: ReadonlySet<string> | ReadonlyMap<string, unknown>,
): boolean {
  return keyVariants(token).some((variant) => words.has(variant));
}

/** Whether the token is the word spelt exactly as one of `keys` (no clitic peeled). */
export function isWord(token: Token | undefined, ...keys: readonly string[]): boolean {
  return token?.kind === 'word' && keys.includes(token.key);
}

/** The key of a word token, or '' for anything else. */
export function wordKey(token: Token | undefined): string {
  return token?.kind === 'word' ? token.key : '';
}

export function isPunct(token: Token | undefined, chars: string): boolean {
  return token !== undefined && token.kind === 'punct' && chars.includes(token.key);
}

/**
 * The first of the token's key variants that `map` has, with its value.
 * @example readKeyed(token('وخريف'), SEASONS) // { key: 'خريف', value: 'autumn' }
 */
export function readKeyed<V>(
  token: Token | undefined,
  map: ReadonlyMap<string, V>,
): { key: string; value: V } | null {
  for (const key of keyVariants(token)) {
    const value = map.get(key);
    if (value !== undefined) return { key, value };
  }
  return null;
}

export interface MonthRead {
  readonly month: number;
  readonly calendar: Calendar;
  readonly next: number;
}

export interface YearRead {
  readonly year: number;
  readonly calendar: Calendar | null;
  readonly next: number;
}

/** Reads one month name (possibly multiword) at `index`. */
function readMonthName(tokens: readonly Token[], index: number): MonthRead | null {
  for (const variant of keyVariants(tokens[index])) {
    for (const name of MONTHS_BY_FIRST_WORD.get(variant) ?? []) {
      const rest = name.words.slice(1);
      if (rest.every((word, offset) => isWord(tokens[index + 1 + offset], word))) {
        return { month: name.month, calendar: name.calendar, next: index + name.words.length };
      }
    }
  }
  return null;
}

/** A month name with the pairings the press uses: شباط/فبراير, فبراير (شباط), 18 فبراير شباط. */
export function readMonth(tokens: readonly Token[], index: number): MonthRead | null {
  const first = readMonthName(tokens, index);
  if (!first) return null;
  const samePair = (read: MonthRead | null): read is MonthRead =>
    read !== null && read.month === first.month && read.calendar === first.calendar;
  if (isPunct(tokens[first.next], '/')) {
    const second = readMonthName(tokens, first.next + 1);
    if (samePair(second)) return { ...first, next: second.next };
  }
  if (isPunct(tokens[first.next], '(')) {
    const second = readMonthName(tokens, first.next + 1);
    if (samePair(second) && isPunct(tokens[second.next], ')')) return { ...first, next: second.next + 1 };
  }
  const adjacent = readMonthName(tokens, first.next);
  if (samePair(adjacent)) return { ...first, next: adjacent.next };
  return first;
}

/** A year number with an optional era marker (2025م, 1443 هـ). */
export function readYear(tokens: readonly Token[], index: number): YearRead | null {
  const token = tokens[index];
  if (!token || token.kind !== 'number' || token.key.length < 3 || token.key.length > 4) return null;
  const year = Number(token.key);
  const era = tokens[index + 1];
  if (wordIs(era, HIJRI_ERA)) return { year, calendar: 'hijri', next: index + 2 };
  if (wordIs(era, GREGORIAN_ERA)) return { year, calendar: 'gregorian', next: index + 2 };
  return { year, calendar: null, next: index + 1 };
}

/** Whether the token is a four-digit number (a year as datelines and phrases write it). */
export function isFourDigits(token: Token | undefined): boolean {
  return token?.kind === 'number' && token.key.length === 4;
}

/** Skips the words between a month and its year: فبراير عام 2022, فبراير من العام 2022. */
export function skipYearLead(tokens: readonly Token[], index: number): number {
  let at = index;
  if (isWord(tokens[at], 'من') && wordIs(tokens[at + 1], YEAR_WORDS)) at += 1;
  if (wordIs(tokens[at], YEAR_WORDS) && tokens[at + 1]?.kind === 'number') return at + 1;
  return index;
}

/** A plausible year of the calendar in force. */
export function isPlausibleYear(year: YearRead, calendar: Calendar): boolean {
  return calendar === 'hijri'
    ? year.year >= 1300 && year.year <= 1500
    : year.year >= 1800 && year.year <= 2200;
}

/** A day of the month as digits (12, الـ12) or an ordinal (الأول, الحادي والعشرين), with من after it. */
export function readDay(tokens: readonly Token[], index: number): { day: number; next: number } | null {
  let at = index;
  if (isWord(tokens[at], 'ال') && tokens[at + 1]?.kind === 'number') at += 1;
  const token = tokens[at];
  let day: number | null = null;
  let next = at + 1;
  if (token?.kind === 'number' && token.key.length <= 2) {
    day = Number(token.key);
  } else if (token?.kind === 'word') {
    const ordinal = ORDINALS.find((candidate) =>
      candidate.words.every((word, offset) =>
        offset === 0 ? keyVariants(tokens[at]).includes(word) : isWord(tokens[at + offset], word),
      ),
    );
    if (ordinal) {
      day = ordinal.day;
      next = at + ordinal.words.length;
    }
  }
  if (day === null || day < 1 || day > 31) return null;
  if (isWord(tokens[next], 'من')) next += 1;
  return { day, next };
}

/** الماضي, المقبل, الجاري … after a date word: the direction it points in. */
export function readQualifier(tokens: readonly Token[], index: number): Direction | null {
  return QUALIFIERS.get(wordKey(tokens[index])) ?? null;
}

export function readWeekday(tokens: readonly Token[], index: number): { day: number; key: string } | null {
  const read = readKeyed(tokens[index], WEEKDAYS);
  return read ? { day: read.value, key: read.key } : null;
}

/** A count of days: 6 أيام, يومين, أسبوع, 3 أسابيع (after an optional ب). */
export function readDayCount(tokens: readonly Token[], index: number): { days: number; next: number } | null {
  let at = index;
  if (isWord(tokens[at], 'ب')) at += 1;
  const token = tokens[at];
  if (token?.kind === 'number' && token.key.length <= 2) {
    const unit = DAY_UNIT_WORDS.get(wordKey(tokens[at + 1]));
    return unit ? { days: Number(token.key) * unit, next: at + 2 } : null;
  }
  if (token?.kind !== 'word') return null;
  const bare = token.key.startsWith('ب') ? token.key.slice(1) : token.key;
  const days = DUAL_UNITS.get(bare) ?? DUAL_UNITS.get(token.key);
  return days ? { days, next: at + 1 } : null;
}

/** A relative unit read at an index: which unit, the direction it points in, the index after it. */
export interface RelativeUnitRead {
  readonly unit: Unit;
  readonly direction: Direction;
  readonly next: number;
}

/**
 * A unit of time with its direction: الأسبوع الماضي, الشهر المقبل, العام الجاري, or a demonstrative
 * before it (هذا العام: the current one). `demonstratives` are the words accepted before the unit;
 * with `clitics` the unit may carry a leading conjunction (والشهر).
 * @example readRelativeUnit(tokenise('العام الماضي'), 0, ['هذا'], false) // { unit: 'year', direction: 'past', next: 2 }
 */
export function readRelativeUnit(
  tokens: readonly Token[],
  index: number,
  demonstratives: readonly string[],
  clitics: boolean,
): RelativeUnitRead | null {
  let at = index;
  const demonstrative = isWord(tokens[at], ...demonstratives);
  if (demonstrative) at += 1;
  const unit = clitics
    ? readKeyed(tokens[at], RELATIVE_UNITS)?.value
    : RELATIVE_UNITS.get(wordKey(tokens[at]));
  if (!unit) return null;
  const direction = demonstrative ? 'current' : readQualifier(tokens, at + 1);
  if (direction === null) return null;
  return { unit, direction, next: demonstrative ? at + 1 : at + 2 };
}
