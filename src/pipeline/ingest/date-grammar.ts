/**
 * The date grammar: finds date expressions in a sentence's tokens and resolves each to an honest
 * window. A hand-written scanner over tokens (no regular expressions over the text), so it runs in
 * linear time on any input.
 *
 * Absolute forms: 12 فبراير 2025, شباط/فبراير 2022, 18 فبراير (شباط), 12 شوال 1443 هـ, عام 2021,
 * 2025م, الأول من مارس, 2026-02-05. Vague: أوائل/منتصف/أواخر + month or year, خريف العام 2021.
 * Relative to the publication date: weekdays (يوم الخميس, مساء الإثنين), أمس, غدا, الأسبوع الماضي,
 * الشهر المقبل, and months or days without a year (منتصف مارس الماضي, 24 شباط/فبراير المنصرم).
 * Unqualified relative forms go to the past, or to the future when the clause is future-marked.
 */
import { addDays } from '../../data/calendar-date.ts';
import {
  CLAUSE_BREAKS,
  DATE_ANCHORS,
  DAY_UNIT_WORDS,
  DUAL_UNITS,
  PART_HEADS,
  DAY_WORDS,
  FUTURE_WORDS,
  GREGORIAN_ERA,
  HIJRI_ERA,
  MONTHS_BY_FIRST_WORD,
  NOT_FUTURE_VERBS,
  ORDINALS,
  PERIOD_HEADS,
  QUALIFIERS,
  RELATIVE_UNITS,
  SEASONS,
  WEAK_MONTH_KEYS,
  WEAK_WEEKDAY_KEYS,
  WEEKDAY_HEADS,
  WEEKDAYS,
  YEAR_ANCHORS,
  YEAR_WORDS,
} from './date-words.ts';
import type { Calendar, Direction, PartOf, Third } from './date-words.ts';
import {
  dayWindow,
  hijriWindow,
  monthThirdWindow,
  monthWindow,
  parts,
  relativeMonthWindow,
  seasonWindow,
  spanWindows,
  weekWindow,
  weekdayOf,
  yearThirdWindow,
  yearWindow,
} from './date-windows.ts';
import type { DraftWindow } from './date-windows.ts';
import type { Token } from './tokens.ts';

export interface DateMatch {
  /** Token range [first, next) of the expression. */
  readonly first: number;
  readonly next: number;
  readonly window: DraftWindow;
  /** explicit: the text names the calendar time; relative: resolved against the publication date. */
  readonly basis: 'explicit' | 'relative';
  /** The text names a calendar day (12 فبراير, 2026-02-05), not a weekday or a relative word. */
  readonly namesDay?: boolean;
}

/** Context for resolving relative expressions. `published` is null when only explicit dates are wanted. */
export interface DateContext {
  readonly published: string | null;
  /**
   * Explicit day dates named earlier in the article (the temporal focus). A bare weekday that one of
   * them falls on, within two weeks before publication, means that day: "بعد اجتماع أول في 18 فبراير
   * … أعلن روبيو الثلاثاء" is Tuesday 18 February even when the article appeared a week later.
   */
  readonly focusDays?: readonly string[];
}

const FOCUS_DAYS = 14;

interface MonthRead {
  readonly month: number;
  readonly calendar: Calendar;
  readonly next: number;
  /** A weak month word (مارس) read alone, with nothing pairing it. */
  readonly weak: boolean;
}

interface YearRead {
  readonly year: number;
  readonly calendar: Calendar | null;
  readonly next: number;
}

const CLITICS = ['و', 'ف', 'ب'];

/** The token's key and, when it starts with a conjunction or ب, the key without it. */
function keyVariants(token: Token | undefined): string[] {
  if (!token || token.kind !== 'word') return [];
  const variants = [token.key];
  if (token.key.length > 3 && CLITICS.includes(token.key[0]!)) variants.push(token.key.slice(1));
  const lower = token.key.toLowerCase();
  if (lower !== token.key) variants.push(lower);
  return variants;
}

function wordIs(
  token: Token | undefined,
  words: ReadonlySet<string> | ReadonlyMap<string, unknown>,
): boolean {
  return keyVariants(token).some((variant) => words.has(variant));
}

function isPunct(token: Token | undefined, chars: string): boolean {
  return token !== undefined && token.kind === 'punct' && chars.includes(token.key);
}

/** Reads one month name (possibly multiword) at `index`. */
function readMonthName(tokens: readonly Token[], index: number): MonthRead | null {
  for (const variant of keyVariants(tokens[index])) {
    for (const name of MONTHS_BY_FIRST_WORD.get(variant) ?? []) {
      let ok = true;
      for (let offset = 1; offset < name.words.length && ok; offset += 1) {
        const token = tokens[index + offset];
        ok = token !== undefined && token.kind === 'word' && token.key === name.words[offset];
      }
      if (ok) {
        return {
          month: name.month,
          calendar: name.calendar,
          next: index + name.words.length,
          weak: name.words.length === 1 && WEAK_MONTH_KEYS.has(variant),
        };
      }
    }
  }
  return null;
}

/** A month name with the pairings the press uses: شباط/فبراير, فبراير (شباط), 18 فبراير شباط. */
function readMonth(tokens: readonly Token[], index: number): MonthRead | null {
  const first = readMonthName(tokens, index);
  if (!first) return null;
  const samePair = (read: MonthRead | null): read is MonthRead =>
    read !== null && read.month === first.month && read.calendar === first.calendar;
  if (isPunct(tokens[first.next], '/')) {
    const second = readMonthName(tokens, first.next + 1);
    if (samePair(second)) return { ...first, next: second.next, weak: false };
  }
  if (isPunct(tokens[first.next], '(')) {
    const second = readMonthName(tokens, first.next + 1);
    if (samePair(second) && isPunct(tokens[second.next], ')'))
      return { ...first, next: second.next + 1, weak: false };
  }
  const adjacent = readMonthName(tokens, first.next);
  if (samePair(adjacent)) return { ...first, next: adjacent.next, weak: false };
  return first;
}

/** A year number with an optional era marker (2025م, 1443 هـ). */
function readYear(tokens: readonly Token[], index: number): YearRead | null {
  const token = tokens[index];
  if (!token || token.kind !== 'number' || token.key.length < 3 || token.key.length > 4) return null;
  const year = Number(token.key);
  const era = tokens[index + 1];
  if (wordIs(era, HIJRI_ERA)) return { year, calendar: 'hijri', next: index + 2 };
  if (wordIs(era, GREGORIAN_ERA)) return { year, calendar: 'gregorian', next: index + 2 };
  return { year, calendar: null, next: index + 1 };
}

/** Skips the words between a month and its year: فبراير عام 2022, فبراير من العام 2022. */
function skipYearLead(tokens: readonly Token[], index: number): number {
  let at = index;
  if (tokens[at]?.kind === 'word' && tokens[at]!.key === 'من' && wordIs(tokens[at + 1], YEAR_WORDS)) at += 1;
  if (wordIs(tokens[at], YEAR_WORDS) && tokens[at + 1]?.kind === 'number') return at + 1;
  return index;
}

/** A year named relatively after a month: فبراير من العام الماضي, مارس من هذا العام. */
function readRelativeYear(
  tokens: readonly Token[],
  index: number,
  published: string,
): { year: number; next: number } | null {
  let at = index;
  if (tokens[at]?.kind === 'word' && tokens[at]!.key === 'من') at += 1;
  const demonstrative = tokens[at]?.kind === 'word' && tokens[at]!.key === 'هذا';
  if (demonstrative) at += 1;
  const unit = tokens[at]?.kind === 'word' ? RELATIVE_UNITS.get(tokens[at]!.key) : undefined;
  if (unit !== 'year') return null;
  const direction = demonstrative ? 'current' : readQualifier(tokens, at + 1);
  if (direction === null) return null;
  const offset = direction === 'past' ? -1 : direction === 'future' ? 1 : 0;
  return { year: parts(published).year + offset, next: demonstrative ? at + 1 : at + 2 };
}

/** A plausible year of the calendar in force. */
function isPlausibleYear(year: YearRead, calendar: Calendar): boolean {
  return calendar === 'hijri'
    ? year.year >= 1300 && year.year <= 1500
    : year.year >= 1800 && year.year <= 2200;
}

/** A day of the month as digits (12, الـ12) or an ordinal (الأول, الحادي والعشرين), with من after it. */
function readDay(tokens: readonly Token[], index: number): { day: number; next: number } | null {
  let at = index;
  if (tokens[at]?.kind === 'word' && tokens[at]!.key === 'ال' && tokens[at + 1]?.kind === 'number') at += 1;
  const token = tokens[at];
  let day: number | null = null;
  let next = at + 1;
  if (token?.kind === 'number' && token.key.length <= 2) {
    day = Number(token.key);
  } else if (token?.kind === 'word') {
    for (const ordinal of ORDINALS) {
      const matches = ordinal.words.every((word, offset) => {
        const candidate = tokens[at + offset];
        return (
          candidate?.kind === 'word' &&
          (offset === 0 ? keyVariants(candidate).includes(word) : candidate.key === word)
        );
      });
      if (matches) {
        day = ordinal.day;
        next = at + ordinal.words.length;
        break;
      }
    }
  }
  if (day === null || day < 1 || day > 31) return null;
  if (tokens[next]?.kind === 'word' && tokens[next]!.key === 'من') next += 1;
  return { day, next };
}

/** A future-marked verb: س + imperfect prefix (سيعقد, ستُعقد, سنواصل), not a noun that looks like one. */
function looksFutureVerb(key: string): boolean {
  const bare = key.length > 5 && (key[0] === 'و' || key[0] === 'ف') ? key.slice(1) : key;
  return (
    bare.length >= 5 &&
    bare[0] === 'س' &&
    'يتنا'.includes(bare[1]!) &&
    !NOT_FUTURE_VERBS.has(bare) &&
    !NOT_FUTURE_VERBS.has(bare.slice(0, -1))
  );
}

const CONTEXT_TOKENS = 5;
const CONTEXT_TOKENS_BEFORE = 8;

/** Whether the clause around tokens [first, next) speaks of the future. */
function clauseDirection(tokens: readonly Token[], first: number, next: number): 'past' | 'future' {
  // «ومن المقرر أن يصل ويتكوف إلى سلطنة عمان، السبت»: the future frame can sit further back.
  const from = Math.max(0, first - CONTEXT_TOKENS_BEFORE);
  let to = Math.min(tokens.length, next + CONTEXT_TOKENS);
  // «قالت … يوم الثلاثاء إن القمة ستعقد»: the clause reported after إن/أن has its own tense.
  for (let index = next; index < to; index += 1) {
    if (isClauseBreak(tokens[index])) {
      to = index;
      break;
    }
  }
  for (let index = from; index < to; index += 1) {
    if (index >= first && index < next) continue;
    const token = tokens[index]!;
    if (token.kind === 'word' && (FUTURE_WORDS.has(token.key) || looksFutureVerb(token.key))) return 'future';
  }
  return 'past';
}

function isClauseBreak(token: Token | undefined): boolean {
  return token?.kind === 'word' && CLAUSE_BREAKS.has(token.key);
}

function readQualifier(tokens: readonly Token[], index: number): Direction | null {
  const token = tokens[index];
  return token?.kind === 'word' ? (QUALIFIERS.get(token.key) ?? null) : null;
}

/** The year a month (and day) without a year falls in, seen from the publication date. */
function inferYear(
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

/** Day + month (+ year): 12 فبراير 2025, 24 شباط/فبراير المنصرم, 18 و19 فبراير, 12 شوال 1443 هـ. */
function parseDayMonth(tokens: readonly Token[], index: number, context: DateContext): DateMatch | null {
  const firstDay = readDay(tokens, index);
  if (!firstDay) return null;
  let secondDay: { day: number; next: number } | null = null;
  let monthAt = firstDay.next;
  const joiner = tokens[monthAt];
  if (joiner?.kind === 'word' && (joiner.key === 'و' || joiner.key === 'الى' || joiner.key === 'حتى')) {
    secondDay = readDay(tokens, monthAt + 1);
    if (secondDay) monthAt = secondDay.next;
  } else if (isPunct(joiner, '-')) {
    secondDay = readDay(tokens, monthAt + 1);
    if (secondDay && readMonth(tokens, secondDay.next)) monthAt = secondDay.next;
    else secondDay = null;
  }
  if (tokens[monthAt]?.kind === 'word' && tokens[monthAt]!.key === 'شهر') monthAt += 1;
  const month = readMonth(tokens, monthAt);
  if (!month) return null;
  let next = month.next;
  // «15 آب, 2024»: a comma between the month and a four-digit year in datelines.
  if (
    isPunct(tokens[next], ',،') &&
    tokens[next + 1]?.kind === 'number' &&
    tokens[next + 1]!.key.length === 4
  )
    next += 1;
  next = skipYearLead(tokens, next);
  const year = readYear(tokens, next);
  const calendar: Calendar = year?.calendar ?? month.calendar;
  if (calendar !== month.calendar) return null;

  const build = (resolvedYear: number, next: number, basis: DateMatch['basis']): DateMatch | null => {
    const windowOf = (day: number): DraftWindow | null =>
      calendar === 'hijri'
        ? hijriWindow(resolvedYear, month.month, day)
        : dayWindow(resolvedYear, month.month, day);
    const first = windowOf(firstDay.day);
    if (!first) return null;
    if (!secondDay) return { first: index, next, window: first, basis };
    const second = windowOf(secondDay.day);
    if (!second || second.start <= first.start) return null;
    return { first: index, next, window: spanWindows(first, second, 'days'), basis };
  };

  if (year && isPlausibleYear(year, calendar)) return build(year.year, year.next, 'explicit');
  if (calendar === 'hijri' || context.published === null) return null;
  const relativeYear = readRelativeYear(tokens, next, context.published);
  if (relativeYear) return build(relativeYear.year, relativeYear.next, 'relative');
  const qualifier = readQualifier(tokens, next);
  if (qualifier) next += 1;
  const direction = qualifier ?? clauseDirection(tokens, index, next);
  const inferred = inferYear(
    context.published,
    month.month,
    secondDay?.day ?? firstDay.day,
    direction,
    qualifier !== null,
  );
  return build(inferred, next, 'relative');
}

/** Month (+ year): فبراير 2022, شباط/فبراير 2022, في مارس, منتصف مارس (آذار) الماضي. */
function parseMonth(
  tokens: readonly Token[],
  index: number,
  context: DateContext,
  third: Third | null,
  anchored: boolean,
): DateMatch | null {
  const month = readMonth(tokens, index);
  if (!month) return null;
  let next = month.next;
  next = skipYearLead(tokens, next);
  const year = readYear(tokens, next);
  const calendar: Calendar = year?.calendar ?? month.calendar;
  const windowFor = (resolvedYear: number): DraftWindow | null => {
    if (calendar === 'hijri') {
      const whole = hijriWindow(resolvedYear, month.month);
      return whole && third ? { ...whole, precision: 'approx' } : whole;
    }
    return third
      ? monthThirdWindow(resolvedYear, month.month, third)
      : monthWindow(resolvedYear, month.month);
  };
  if (year && calendar === month.calendar && isPlausibleYear(year, calendar)) {
    const window = windowFor(year.year);
    return window ? { first: index, next: year.next, window, basis: 'explicit' } : null;
  }
  if (calendar === 'hijri' || context.published === null) return null;
  const relativeYear = readRelativeYear(tokens, next, context.published);
  if (relativeYear) {
    const window = windowFor(relativeYear.year);
    return window ? { first: index, next: relativeYear.next, window, basis: 'relative' } : null;
  }
  const qualifier = readQualifier(tokens, next);
  if (qualifier) next += 1;
  // A month alone needs an anchor (في مارس, مارس الماضي, شباط/فبراير): مارس ضغوطا is a verb.
  if (!anchored && qualifier === null && !wordIs(tokens[index - 1], DATE_ANCHORS) && month.weak) return null;
  if (
    !anchored &&
    qualifier === null &&
    !wordIs(tokens[index - 1], DATE_ANCHORS) &&
    month.next - index === 1
  ) {
    return null;
  }
  const direction = qualifier ?? clauseDirection(tokens, index, next);
  const window = windowFor(inferYear(context.published, month.month, null, direction, qualifier !== null));
  return window ? { first: index, next, window, basis: 'relative' } : null;
}

/** A year phrase: عام 2021, العام 2021, 2025م, 1443 هـ, في 2022. */
function parseYear(
  tokens: readonly Token[],
  index: number,
  third: Third | null,
  anchored: boolean,
): DateMatch | null {
  let at = index;
  const hasYearWord = wordIs(tokens[at], YEAR_WORDS);
  if (hasYearWord) at += 1;
  const year = readYear(tokens, at);
  if (!year || tokens[at]!.key.length !== 4) return null;
  const calendar: Calendar = year.calendar ?? 'gregorian';
  if (!isPlausibleYear(year, calendar)) return null;
  if (!hasYearWord && year.calendar === null && !anchored && !wordIs(tokens[index - 1], YEAR_ANCHORS))
    return null;
  let window: DraftWindow | null;
  if (calendar === 'hijri') {
    const whole = hijriWindow(year.year);
    window = whole && third ? { ...whole, precision: 'approx' } : whole;
  } else {
    window = third ? yearThirdWindow(year.year, third) : yearWindow(year.year);
  }
  return window ? { first: index, next: year.next, window, basis: 'explicit' } : null;
}

/** الأسبوع الماضي, الشهر المقبل, العام الجاري, هذا العام (optionally a third of it). */
function parseRelativeUnit(
  tokens: readonly Token[],
  index: number,
  context: DateContext,
  third: Third | null,
): DateMatch | null {
  if (context.published === null) return null;
  let at = index;
  const demonstrative =
    tokens[at]?.kind === 'word' && (tokens[at]!.key === 'هذا' || tokens[at]!.key === 'هذه');
  if (demonstrative) at += 1;
  const token = tokens[at];
  const unit =
    token?.kind === 'word'
      ? RELATIVE_UNITS.get(keyVariants(token).find((k) => RELATIVE_UNITS.has(k)) ?? '')
      : undefined;
  if (!unit) return null;
  const direction: Direction | null = demonstrative ? 'current' : readQualifier(tokens, at + 1);
  if (direction === null) return null;
  const next = demonstrative ? at + 1 : at + 2;
  const offset = direction === 'past' ? -1 : direction === 'future' ? 1 : 0;
  const { year } = parts(context.published);
  let window: DraftWindow | null;
  if (unit === 'week') {
    window = third ? null : weekWindow(context.published, offset);
  } else if (unit === 'month') {
    const whole = relativeMonthWindow(context.published, offset);
    window =
      whole && third
        ? monthThirdWindow(Number(whole.start.slice(0, 4)), Number(whole.start.slice(5, 7)), third)
        : whole;
  } else {
    window = third ? yearThirdWindow(year + offset, third) : yearWindow(year + offset);
  }
  return window ? { first: index, next, window, basis: 'relative' } : null;
}

/** أوائل/منتصف/أواخر + month, year or relative unit. */
function parsePeriod(tokens: readonly Token[], index: number, context: DateContext): DateMatch | null {
  const head = keyVariants(tokens[index]).find((variant) => PERIOD_HEADS.has(variant));
  if (head === undefined) return null;
  const third = PERIOD_HEADS.get(head)!;
  let at = index + 1;
  if (tokens[at]?.kind === 'word' && tokens[at]!.key === 'شهر') at += 1;
  const inner =
    parseDayMonth(tokens, at, context) === null
      ? (parseMonth(tokens, at, context, third, true) ??
        parseYear(tokens, at, third, true) ??
        parseRelativeUnit(tokens, at, context, third))
      : null;
  return inner ? { ...inner, first: index } : null;
}

/** خريف العام 2021, صيف 2022. */
function parseSeason(tokens: readonly Token[], index: number): DateMatch | null {
  const key = keyVariants(tokens[index]).find((variant) => SEASONS.has(variant));
  if (key === undefined) return null;
  let at = index + 1;
  if (wordIs(tokens[at], YEAR_WORDS)) at += 1;
  const year = readYear(tokens, at);
  if (!year || !isPlausibleYear(year, 'gregorian') || year.calendar === 'hijri') return null;
  const window = seasonWindow(year.year, SEASONS.get(key)!);
  return window ? { first: index, next: year.next, window, basis: 'explicit' } : null;
}

function readWeekday(tokens: readonly Token[], index: number): { day: number; key: string } | null {
  for (const variant of keyVariants(tokens[index])) {
    const day = WEEKDAYS.get(variant);
    if (day !== undefined) return { day, key: variant };
  }
  return null;
}

/** The weekday nearest the publication date in a direction. */
function resolveWeekday(published: string, weekday: number, direction: Direction, explicit: boolean): string {
  const today = weekdayOf(published);
  if (direction === 'future') {
    const ahead = (weekday - today + 7) % 7;
    return addDays(published, ahead === 0 && explicit ? 7 : ahead);
  }
  if (direction === 'current') return addDays(published, (weekday - today + 7) % 7);
  const back = (today - weekday + 7) % 7;
  return addDays(published, -(back === 0 && explicit ? 7 : back));
}

/** يوم الخميس, مساء الإثنين, الأربعاء الماضي, يومي الأربعاء والخميس. */
function parseWeekday(tokens: readonly Token[], index: number, context: DateContext): DateMatch | null {
  if (context.published === null) return null;
  const hasHead = wordIs(tokens[index], WEEKDAY_HEADS);
  const at = hasHead ? index + 1 : index;
  const first = readWeekday(tokens, at);
  if (!first) return null;
  let next = at + 1;
  let second: { day: number; key: string } | null = null;
  const joined = readWeekday(tokens, next);
  if (joined && tokens[next]!.key.startsWith('و')) {
    second = joined;
    next += 1;
  }
  // A weekday heading a full date (الجمعة 13 مايو 2022) is part of that date, parsed there.
  let after = next;
  while (isPunct(tokens[after], '-–—،,')) after += 1;
  if (parseDayMonth(tokens, after, context)) return null;
  const qualifier = readQualifier(tokens, next);
  if (qualifier) next += 1;
  if (WEAK_WEEKDAY_KEYS.has(first.key) && !hasHead && !qualifier && !second) {
    const framedByCommas =
      isPunct(tokens[at - 1], '،,') && (isPunct(tokens[next], '،,.') || next >= tokens.length);
    if (!framedByCommas) return null;
  }
  const direction = qualifier ?? clauseDirection(tokens, index, next);
  const explicit = qualifier !== null;
  if (!second) {
    const focused = qualifier === null && direction === 'past' ? lastFocusDay(context, first.day) : undefined;
    const day = focused ?? resolveWeekday(context.published, first.day, direction, explicit);
    return { first: index, next, window: { start: day, end: day, precision: 'day' }, basis: 'relative' };
  }
  const last = resolveWeekday(context.published, second.day, direction, explicit);
  const start = addDays(last, -((second.day - first.day + 7) % 7));
  return { first: index, next, window: { start, end: last, precision: 'days' }, basis: 'relative' };
}

/** أمس, أول أمس, اليوم, غدا, بعد غد, مساء أمس. */
function parseDayWord(tokens: readonly Token[], index: number, context: DateContext): DateMatch | null {
  if (context.published === null) return null;
  const hasHead = wordIs(tokens[index], WEEKDAY_HEADS) && !keyVariants(tokens[index]).includes('منذ');
  const at = hasHead ? index + 1 : index;
  const token = tokens[at];
  if (token?.kind !== 'word') return null;
  const resolve = (offset: number, next: number): DateMatch => {
    const day = addDays(context.published!, offset);
    return { first: index, next, window: { start: day, end: day, precision: 'day' }, basis: 'relative' };
  };
  const nextKey = tokens[at + 1]?.kind === 'word' ? tokens[at + 1]!.key : '';
  if (token.key === 'اول' && nextKey === 'امس') return resolve(-2, at + 2);
  if (token.key === 'بعد' && (nextKey === 'غد' || nextKey === 'غدا')) return resolve(2, at + 2);
  const variant = keyVariants(token).find((k) => DAY_WORDS.has(k));
  if (variant === undefined) return null;
  if (variant === 'امس' && nextKey === 'الاول') return resolve(-2, at + 2);
  // اليوم التالي / اليوم الأول are "the next day" / "the first day", not today.
  if (variant === 'اليوم' && nextKey.startsWith('ال')) return null;
  return resolve(DAY_WORDS.get(variant)!, at + 1);
}

/** ISO 2026-02-05 and day/month/year 13/5/2022. */
function parseNumeric(tokens: readonly Token[], index: number): DateMatch | null {
  const [a, s1, b, s2, c] = [0, 1, 2, 3, 4].map((offset) => tokens[index + offset]);
  // «date 2025-08»: a year and a month.
  if (
    a?.kind === 'number' &&
    a.key.length === 4 &&
    isPunct(s1, '-') &&
    b?.kind === 'number' &&
    b.key.length === 2
  ) {
    if (!(isPunct(s2, '-') && c?.kind === 'number')) {
      const window = monthWindow(Number(a.key), Number(b.key));
      return window ? { first: index, next: index + 3, window, basis: 'explicit' } : null;
    }
  }
  if (a?.kind !== 'number' || b?.kind !== 'number' || c?.kind !== 'number') return null;
  // 2025/03/12 as well as 2026-02-05.
  if (a.key.length === 4 && s1?.kind === 'punct' && s2?.key === s1.key && isPunct(s1, '-/')) {
    const window = dayWindow(Number(a.key), Number(b.key), Number(c.key));
    return window ? { first: index, next: index + 5, window, basis: 'explicit' } : null;
  }
  // 13/5/2022, 27.02.2025, 27-02-2025: day first, as Arabic news writes them.
  const sameSeparator = s1?.kind === 'punct' && s2?.kind === 'punct' && s1.key === s2.key;
  if (c.key.length === 4 && a.key.length <= 2 && b.key.length <= 2 && sameSeparator && isPunct(s1, '/.-')) {
    const window = dayWindow(Number(c.key), Number(b.key), Number(a.key));
    return window ? { first: index, next: index + 5, window, basis: 'explicit' } : null;
  }
  return null;
}

/** «February 27, 2025», «فبراير 27، 2025»: month, day, comma, year. */
function parseMonthDayYear(tokens: readonly Token[], index: number): DateMatch | null {
  const month = readMonth(tokens, index);
  if (!month || month.calendar !== 'gregorian') return null;
  const day = tokens[month.next];
  if (day?.kind !== 'number' || day.key.length > 2) return null;
  let at = month.next + 1;
  if (isPunct(tokens[at], ',،')) at += 1;
  const year = readYear(tokens, at);
  if (!year || tokens[at]!.key.length !== 4 || !isPlausibleYear(year, 'gregorian')) return null;
  const window = dayWindow(year.year, month.month, Number(day.key));
  return window ? { first: index, next: year.next, window, basis: 'explicit' } : null;
}

/** Part of a month: half 1 = days 1–15, half 2 = 16–end; thirds as أوائل/منتصف/أواخر. */
function partWindow(year: number, month: number, part: PartOf): DraftWindow | null {
  if (part !== 'half1' && part !== 'half2') return monthThirdWindow(year, month, part);
  const whole = monthWindow(year, month);
  if (!whole) return null;
  return part === 'half1'
    ? { start: whole.start, end: `${whole.start.slice(0, 8)}15`, precision: 'approx' }
    : { start: `${whole.start.slice(0, 8)}16`, end: whole.end, precision: 'approx' };
}

/** النصف الثاني من شهر غشت, العشر الأواخر من رمضان (approx), الثلث الأول من الشهر المقبل. */
function parsePart(tokens: readonly Token[], index: number, context: DateContext): DateMatch | null {
  const head = keyVariants(tokens[index]).find((variant) => PART_HEADS.has(variant));
  if (head === undefined) return null;
  const partWord = tokens[index + 1];
  const part = partWord?.kind === 'word' ? PART_HEADS.get(head)!.get(partWord.key) : undefined;
  if (part === undefined) return null;
  let at = index + 2;
  if (tokens[at]?.kind === 'word' && tokens[at]!.key === 'من') at += 1;
  if (tokens[at]?.kind === 'word' && tokens[at]!.key === 'شهر') at += 1;
  const third: Third = part === 'half1' ? 'early' : part === 'half2' ? 'late' : part;
  const inner = parseMonth(tokens, at, context, third, true) ?? parseRelativeUnit(tokens, at, context, third);
  if (!inner) return null;
  if (part !== 'half1' && part !== 'half2') return { ...inner, first: index };
  const { year, month } = parts(inner.window.start);
  if (
    inner.window.precision === 'approx' &&
    inner.window.start.slice(0, 7) === inner.window.end.slice(0, 7)
  ) {
    const window = partWindow(year, month, part);
    return window ? { ...inner, first: index, window } : null;
  }
  return null;
}

/** (عطلة) نهاية الأسبوع [الماضي|المقبل|الجاري]: Saturday and Sunday of that week. */
function parseWeekend(tokens: readonly Token[], index: number, context: DateContext): DateMatch | null {
  if (context.published === null) return null;
  let at = index;
  if (tokens[at]?.kind === 'word' && keyVariants(tokens[at]).includes('عطله')) at += 1;
  if (!(tokens[at]?.kind === 'word' && keyVariants(tokens[at]).includes('نهايه'))) return null;
  if (!(tokens[at + 1]?.kind === 'word' && RELATIVE_UNITS.get(tokens[at + 1]!.key) === 'week')) return null;
  let next = at + 2;
  const qualifier = readQualifier(tokens, next);
  if (qualifier) next += 1;
  const direction = qualifier ?? clauseDirection(tokens, index, next);
  const today = weekdayOf(context.published);
  // The weekend of the publication week (Monday–Sunday), or the one before or after it.
  const saturdayThisWeek = addDays(context.published, 6 - ((today + 6) % 7) - 1);
  let saturday = saturdayThisWeek;
  if (direction === 'past' && saturdayThisWeek > context.published) saturday = addDays(saturdayThisWeek, -7);
  if (direction === 'future' && qualifier === 'future') saturday = addDays(saturdayThisWeek, 7);
  if (direction === 'future' && saturday < context.published) saturday = addDays(saturday, 7);
  if (direction === 'past' && qualifier === 'past' && saturdayThisWeek <= context.published)
    saturday = addDays(saturdayThisWeek, -7);
  return {
    first: index,
    next,
    window: { start: saturday, end: addDays(saturday, 1), precision: 'days' },
    basis: 'relative',
  };
}

/** A count of days: 6 أيام, يومين, أسبوع, 3 أسابيع (after an optional ب). */
function readDayCount(tokens: readonly Token[], index: number): { days: number; next: number } | null {
  let at = index;
  if (tokens[at]?.kind === 'word' && tokens[at]!.key === 'ب') at += 1;
  const token = tokens[at];
  if (token?.kind === 'number' && token.key.length <= 2) {
    const unit = tokens[at + 1]?.kind === 'word' ? DAY_UNIT_WORDS.get(tokens[at + 1]!.key) : undefined;
    return unit ? { days: Number(token.key) * unit, next: at + 2 } : null;
  }
  if (token?.kind !== 'word') return null;
  const bare = token.key.startsWith('ب') ? token.key.slice(1) : token.key;
  const days = DUAL_UNITS.get(bare) ?? DUAL_UNITS.get(token.key);
  return days ? { days, next: at + 1 } : null;
}

/**
 * Offsets from a date named just before: «بعد ذلك بـ6 أيام», «قبل ذلك بيومين» (from the last day the
 * article named), «قبل يومين من 15 أغسطس» (from the date that follows).
 */
function parseAnchoredOffset(
  tokens: readonly Token[],
  index: number,
  context: DateContext,
): DateMatch | null {
  const head = tokens[index];
  if (head?.kind !== 'word') return null;
  const sign = keyVariants(head).includes('بعد') ? 1 : keyVariants(head).includes('قبل') ? -1 : 0;
  if (sign === 0) return null;
  if (tokens[index + 1]?.kind === 'word' && tokens[index + 1]!.key === 'ذلك') {
    const count = readDayCount(tokens, index + 2);
    const anchor = context.focusDays?.[context.focusDays.length - 1];
    if (!count || !anchor) return null;
    const day = addDays(anchor, sign * count.days);
    return {
      first: index,
      next: count.next,
      window: { start: day, end: day, precision: 'day' },
      basis: 'relative',
    };
  }
  const count = readDayCount(tokens, index + 1);
  if (!count || !(tokens[count.next]?.kind === 'word' && tokens[count.next]!.key === 'من')) return null;
  const target = parseDayMonth(tokens, count.next + 1, context);
  if (!target || target.window.precision !== 'day') return null;
  const day = addDays(target.window.start, sign * count.days);
  return {
    first: index,
    next: target.next,
    window: { start: day, end: day, precision: 'day' },
    basis: target.basis,
  };
}

/**
 * The last day named in the article (in text order) that falls on `weekday` within FOCUS_DAYS
 * before publication. Scans from the end without copying: called once per weekday mention, a copy
 * of the list made the extraction quadratic in the article's length.
 */
function lastFocusDay(context: DateContext, weekday: number): string | undefined {
  const days = context.focusDays ?? [];
  const earliest = addDays(context.published!, -FOCUS_DAYS);
  for (let index = days.length - 1; index >= 0; index -= 1) {
    const day = days[index]!;
    if (weekdayOf(day) === weekday && day <= context.published! && day >= earliest) return day;
  }
  return undefined;
}

/** Keys that can open a date expression; any other word is skipped without trying the parsers. */
const OPENERS: ReadonlySet<string> = new Set([
  ...MONTHS_BY_FIRST_WORD.keys(),
  ...PERIOD_HEADS.keys(),
  ...SEASONS.keys(),
  ...WEEKDAY_HEADS,
  ...WEEKDAYS.keys(),
  ...RELATIVE_UNITS.keys(),
  ...DAY_WORDS.keys(),
  ...YEAR_WORDS,
  ...ORDINALS.map((ordinal) => ordinal.words[0]!),
  'ال',
  'هذا',
  'هذه',
  'اول',
  'بعد',
  'قبل',
  'عطله',
  ...PART_HEADS.keys(),
]);

function mayOpenDate(token: Token): boolean {
  if (token.kind === 'number') return true;
  if (token.kind !== 'word') return false;
  return keyVariants(token).some((variant) => OPENERS.has(variant));
}

function namingDay(match: DateMatch | null): DateMatch | null {
  return match && match.window.precision === 'day' ? { ...match, namesDay: true } : match;
}

/**
 * Finds and resolves the date expressions in one sentence's tokens, left to right, never overlapping.
 *
 * @example
 * const n = normalise('التقيا في 18 فبراير (شباط) ثم يوم الخميس');
 * findDates(tokenise(n.key), { published: '2022-05-13' }).map((d) => d.window)
 * // [{ start: '2022-02-18', end: '2022-02-18', precision: 'day' },
 * //  { start: '2022-05-12', end: '2022-05-12', precision: 'day' }]
 */
export function findDates(tokens: readonly Token[], context: DateContext): DateMatch[] {
  const found: DateMatch[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index]!;
    const match = !mayOpenDate(token)
      ? null
      : (namingDay(parseNumeric(tokens, index)) ??
        namingDay(parseMonthDayYear(tokens, index)) ??
        parseAnchoredOffset(tokens, index, context) ??
        parseWeekend(tokens, index, context) ??
        parsePart(tokens, index, context) ??
        parsePeriod(tokens, index, context) ??
        parseSeason(tokens, index) ??
        namingDay(parseDayMonth(tokens, index, context)) ??
        parseMonth(tokens, index, context, null, false) ??
        parseYear(tokens, index, null, false) ??
        parseWeekday(tokens, index, context) ??
        parseRelativeUnit(tokens, index, context, null) ??
        parseDayWord(tokens, index, context));
    if (match && match.next > index) {
      found.push(match);
      index = match.next;
    } else {
      index += 1;
    }
  }
  return found;
}
