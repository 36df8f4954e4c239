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
 *
 * The pieces: readers (date-readers.ts) read a month, a year, a day or a qualifier at a token;
 * resolvers (date-resolvers.ts) place relative forms against the publication date; the parsers here
 * put them together into whole expressions, tried in order at each token by findDates.
 */
import { addDays } from '../../data/calendar-date.ts';
import {
  DATE_ANCHORS,
  DAY_WORDS,
  MONTHS_BY_FIRST_WORD,
  ORDINALS,
  PART_HEADS,
  PERIOD_HEADS,
  RELATIVE_UNITS,
  SEASONS,
  WEAK_WEEKDAY_KEYS,
  WEEKDAY_HEADS,
  WEEKDAYS,
  YEAR_ANCHORS,
  YEAR_WORDS,
} from './date-words.ts';
import type { Calendar, PartOf, Third } from './date-words.ts';
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
import {
  isFourDigits,
  isPlausibleYear,
  isPunct,
  isWord,
  keyVariants,
  readDay,
  readDayCount,
  readKeyed,
  readMonth,
  readQualifier,
  readRelativeUnit,
  readWeekday,
  readYear,
  skipYearLead,
  wordIs,
  wordKey,
} from './date-readers.ts';
import {
  clauseDirection,
  directionOffset,
  inferYear,
  lastFocusDay,
  resolveWeekday,
} from './date-resolvers.ts';
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

/** A year named relatively after a month: فبراير من العام الماضي, مارس من هذا العام. */
function readRelativeYear(
  tokens: readonly Token[],
  index: number,
  published: string,
): { year: number; next: number } | null {
  const at = isWord(tokens[index], 'من') ? index + 1 : index;
  const read = readRelativeUnit(tokens, at, ['هذا'], false);
  if (read?.unit !== 'year') return null;
  return { year: parts(published).year + directionOffset(read.direction), next: read.next };
}

/** One day as a window. */
function oneDay(day: string): DraftWindow {
  return { start: day, end: day, precision: 'day' };
}

/** Day + month (+ year): 12 فبراير 2025, 24 شباط/فبراير المنصرم, 18 و19 فبراير, 12 شوال 1443 هـ. */
function parseDayMonth(tokens: readonly Token[], index: number, context: DateContext): DateMatch | null {
  const firstDay = readDay(tokens, index);
  if (!firstDay) return null;
  let secondDay: { day: number; next: number } | null = null;
  let monthAt = firstDay.next;
  const joiner = tokens[monthAt];
  if (isWord(joiner, 'و', 'الى', 'حتى')) {
    secondDay = readDay(tokens, monthAt + 1);
    if (secondDay) monthAt = secondDay.next;
  } else if (isPunct(joiner, '-')) {
    secondDay = readDay(tokens, monthAt + 1);
    if (secondDay && readMonth(tokens, secondDay.next)) monthAt = secondDay.next;
    else secondDay = null;
  }
  if (isWord(tokens[monthAt], 'شهر')) monthAt += 1;
  const month = readMonth(tokens, monthAt);
  if (!month) return null;
  let next = month.next;
  // «15 آب, 2024»: a comma between the month and a four-digit year in datelines.
  if (isPunct(tokens[next], ',،') && isFourDigits(tokens[next + 1])) next += 1;
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
  const alone = month.next - index === 1;
  if (alone && !anchored && qualifier === null && !wordIs(tokens[index - 1], DATE_ANCHORS)) return null;
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
  if (!year || !isFourDigits(tokens[at])) return null;
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
  const read = readRelativeUnit(tokens, index, ['هذا', 'هذه'], true);
  if (!read) return null;
  const { unit, next } = read;
  const offset = directionOffset(read.direction);
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
  const third = readKeyed(tokens[index], PERIOD_HEADS)?.value;
  if (third === undefined) return null;
  const at = isWord(tokens[index + 1], 'شهر') ? index + 2 : index + 1;
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
  const season = readKeyed(tokens[index], SEASONS)?.value;
  if (season === undefined) return null;
  const at = wordIs(tokens[index + 1], YEAR_WORDS) ? index + 2 : index + 1;
  const year = readYear(tokens, at);
  if (!year || !isPlausibleYear(year, 'gregorian') || year.calendar === 'hijri') return null;
  const window = seasonWindow(year.year, season);
  return window ? { first: index, next: year.next, window, basis: 'explicit' } : null;
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
  if (joined && wordKey(tokens[next]).startsWith('و')) {
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
    const focused =
      qualifier === null && direction === 'past'
        ? lastFocusDay(context.published, context.focusDays ?? [], first.day)
        : undefined;
    const day = focused ?? resolveWeekday(context.published, first.day, direction, explicit);
    return { first: index, next, window: oneDay(day), basis: 'relative' };
  }
  const last = resolveWeekday(context.published, second.day, direction, explicit);
  const start = addDays(last, -((second.day - first.day + 7) % 7));
  return { first: index, next, window: { start, end: last, precision: 'days' }, basis: 'relative' };
}

/** أمس, أول أمس, اليوم, غدا, بعد غد, مساء أمس. */
function parseDayWord(tokens: readonly Token[], index: number, context: DateContext): DateMatch | null {
  const published = context.published;
  if (published === null) return null;
  const hasHead = wordIs(tokens[index], WEEKDAY_HEADS) && !keyVariants(tokens[index]).includes('منذ');
  const at = hasHead ? index + 1 : index;
  const token = tokens[at];
  if (token?.kind !== 'word') return null;
  const resolve = (offset: number, next: number): DateMatch => ({
    first: index,
    next,
    window: oneDay(addDays(published, offset)),
    basis: 'relative',
  });
  const nextKey = wordKey(tokens[at + 1]);
  if (token.key === 'اول' && nextKey === 'امس') return resolve(-2, at + 2);
  if (token.key === 'بعد' && (nextKey === 'غد' || nextKey === 'غدا')) return resolve(2, at + 2);
  const dayWord = readKeyed(token, DAY_WORDS);
  if (dayWord === null) return null;
  if (dayWord.key === 'امس' && nextKey === 'الاول') return resolve(-2, at + 2);
  // اليوم التالي / اليوم الأول are "the next day" / "the first day", not today.
  if (dayWord.key === 'اليوم' && nextKey.startsWith('ال')) return null;
  return resolve(dayWord.value, at + 1);
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
  if (!year || !isFourDigits(tokens[at]) || !isPlausibleYear(year, 'gregorian')) return null;
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
  const part = readKeyed(tokens[index], PART_HEADS)?.value.get(wordKey(tokens[index + 1]));
  if (part === undefined) return null;
  let at = index + 2;
  if (isWord(tokens[at], 'من')) at += 1;
  if (isWord(tokens[at], 'شهر')) at += 1;
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
  const at = keyVariants(tokens[index]).includes('عطله') ? index + 1 : index;
  if (!keyVariants(tokens[at]).includes('نهايه')) return null;
  if (RELATIVE_UNITS.get(wordKey(tokens[at + 1])) !== 'week') return null;
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
  if (isWord(tokens[index + 1], 'ذلك')) {
    const count = readDayCount(tokens, index + 2);
    const anchor = context.focusDays?.at(-1);
    if (!count || !anchor) return null;
    return {
      first: index,
      next: count.next,
      window: oneDay(addDays(anchor, sign * count.days)),
      basis: 'relative',
    };
  }
  const count = readDayCount(tokens, index + 1);
  if (!count || !isWord(tokens[count.next], 'من')) return null;
  const target = parseDayMonth(tokens, count.next + 1, context);
  if (!target || target.window.precision !== 'day') return null;
  return {
    first: index,
    next: target.next,
    window: oneDay(addDays(target.window.start, sign * count.days)),
    basis: target.basis,
  };
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
  ...ORDINALS.flatMap((ordinal) => ordinal.words.slice(0, 1)),
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
    const token = tokens[index];
    const match =
      token === undefined || !mayOpenDate(token)
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
