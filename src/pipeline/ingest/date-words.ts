/**
 * The vocabulary of the date grammar, as matching keys (see normalise.ts): month names of every
 * Arabic month-name system (generated from Intl, plus spelling variants Intl does not produce),
 * Hijri months, weekdays, ordinals and the words that anchor, qualify or relativise a date.
 */
import { foldKey } from '../../data/arabic-normalise.ts';

export type Calendar = 'gregorian' | 'hijri';

export interface MonthName {
  /** Matching keys of the name's words, e.g. ['كانون', 'الثاني']. */
  readonly words: readonly string[];
  /** 1..12 */
  readonly month: number;
  readonly calendar: Calendar;
}

/** Locales whose month names differ: Egyptian/Gulf, Levantine/Iraqi, Maghrebi, Moroccan, Mauritanian. */
const MONTH_LOCALES = ['ar-EG', 'ar-SY', 'ar-IQ', 'ar-DZ', 'ar-TN', 'ar-MA', 'ar-MR'] as const;

/** Spellings seen in the press that Intl does not produce. */
const GREGORIAN_VARIANTS: ReadonlyArray<readonly [string, number]> = [
  ['إبريل', 4],
  ['ابريل', 4],
  ['أبريل', 4],
  ['يونيه', 6],
  ['يوليه', 7],
  ['اغسطس', 8],
  ['أغسطس', 8],
  ['آب', 8],
  ['سبتمبر', 9],
  ['أكتوبر', 10],
  ['اكتوبر', 10],
  ['أوكتوبر', 10],
  ['نوفمبر', 11],
  ['نونبر', 11],
  ['ديسمبر', 12],
  ['فبرایر', 2],
  ['فيفرى', 2],
  ['كانون ثاني', 1],
  ['تشرين أول', 10],
  ['تشرين ثاني', 11],
  ['كانون أول', 12],
  ['كانون الآخر', 1],
];

/** Hijri months (Umm al-Qura numbering), with the genitive ذي for ذو and common synonyms. */
const HIJRI_MONTHS: ReadonlyArray<readonly [string, number]> = [
  ['محرم', 1],
  ['المحرم', 1],
  ['صفر', 2],
  ['ربيع الأول', 3],
  ['ربيع الثاني', 4],
  ['ربيع الآخر', 4],
  ['جمادى الأولى', 5],
  ['جمادى الأول', 5],
  ['جمادى الآخرة', 6],
  ['جمادى الثانية', 6],
  ['جمادى الآخر', 6],
  ['رجب', 7],
  ['شعبان', 8],
  ['رمضان', 9],
  ['شوال', 10],
  ['ذو القعدة', 11],
  ['ذي القعدة', 11],
  ['ذو الحجة', 12],
  ['ذي الحجة', 12],
];

function intlMonthNames(locale: string, calendar?: string): string[] {
  const format = new Intl.DateTimeFormat(calendar ? `${locale}-u-ca-${calendar}` : locale, {
    month: 'long',
    timeZone: 'UTC',
  });
  return Array.from({ length: 12 }, (_, index) => format.format(new Date(Date.UTC(2022, index, 15))));
}

function buildMonthNames(): MonthName[] {
  const seen = new Set<string>();
  const names: MonthName[] = [];
  const add = (name: string, month: number, calendar: Calendar): void => {
    const words = foldKey(name).split(' ').filter(Boolean);
    const id = `${calendar}:${words.join(' ')}`;
    if (words.length === 0 || seen.has(id)) return;
    seen.add(id);
    names.push({ words, month, calendar });
  };
  for (const locale of MONTH_LOCALES) {
    intlMonthNames(locale).forEach((name, index) => add(name, index + 1, 'gregorian'));
  }
  for (const [name, month] of GREGORIAN_VARIANTS) add(name, month, 'gregorian');
  for (const [name, month] of HIJRI_MONTHS) add(name, month, 'hijri');
  // English month names inside Arabic text («February 27, 2025»), matched lower-cased.
  intlMonthNames('en').forEach((name, index) => {
    const lower = name.toLowerCase();
    if (!seen.has(`gregorian:${lower}`)) {
      seen.add(`gregorian:${lower}`);
      names.push({ words: [lower], month: index + 1, calendar: 'gregorian' });
    }
  });
  return names;
}

export const MONTH_NAMES: readonly MonthName[] = buildMonthNames();

/** Month names by the key of their first word, longest first so multiword names win. */
export const MONTHS_BY_FIRST_WORD: ReadonlyMap<string, readonly MonthName[]> = (() => {
  const byFirst = new Map<string, MonthName[]>();
  for (const name of MONTH_NAMES) {
    const first = name.words[0]!;
    const list = byFirst.get(first) ?? [];
    list.push(name);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
})();

const key = (words: readonly string[]): Set<string> => new Set(words.map(foldKey));

/** 0 = Sunday, as Date.getUTCDay. Keys with and without the article. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['الأحد', 0],
      ['الإثنين', 1],
      ['الاثنين', 1],
      ['الثلاثاء', 2],
      ['الأربعاء', 3],
      ['الخميس', 4],
      ['الجمعة', 5],
      ['السبت', 6],
    ] as const
  ).map(([word, day]) => [foldKey(word), day]),
);

/** Weekday words that are also everyday words: الاثنين "the two". They need an anchor. */
export const WEAK_WEEKDAY_KEYS: ReadonlySet<string> = key(['الاثنين', 'الإثنين']);

/** Words before a weekday that make it one: يوم الخميس, مساء الأربعاء, يومي الأربعاء والخميس. */
export const WEEKDAY_HEADS: ReadonlySet<string> = key([
  'يوم',
  'يومي',
  'مساء',
  'صباح',
  'ليلة',
  'ليل',
  'فجر',
  'ظهر',
  'ظهيرة',
  'عصر',
  'منذ',
  'نهار',
]);

/** Words before a month or year that mark it as a date: في مارس, منذ فبراير, شهر آذار. */
export const DATE_ANCHORS: ReadonlySet<string> = key([
  'في',
  'منذ',
  'حتى',
  'خلال',
  'شهر',
  'شهري',
  'قبل',
  'بعد',
  'مطلع',
  'أوائل',
  'بداية',
  'بدايات',
  'منتصف',
  'أواسط',
  'أواخر',
  'نهاية',
  'أواخر',
  'أول',
  'آخر',
  'مع',
  'من',
  'إلى',
  'لغاية',
]);

/** Words before a bare year that make it one: في 2022, منذ 2014 (not من 2000 جندي). */
export const YEAR_ANCHORS: ReadonlySet<string> = key([
  'في',
  'منذ',
  'حتى',
  'خلال',
  'بحلول',
  'لغاية',
  'قبل',
  'بعد',
]);

export type Third = 'early' | 'mid' | 'late';

/** Vague-period heads: أوائل/منتصف/أواخر + month or year. */
export const PERIOD_HEADS: ReadonlyMap<string, Third> = new Map(
  (
    [
      ['أوائل', 'early'],
      ['مطلع', 'early'],
      ['بداية', 'early'],
      ['بدايات', 'early'],
      ['أول', 'early'],
      ['منتصف', 'mid'],
      ['أواسط', 'mid'],
      ['أواخر', 'late'],
      ['نهاية', 'late'],
      ['نهايات', 'late'],
      ['أخر', 'late'],
      ['آخر', 'late'],
    ] as const
  ).map(([word, third]) => [foldKey(word), third]),
);

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

export const SEASONS: ReadonlyMap<string, Season> = new Map(
  (
    [
      ['ربيع', 'spring'],
      ['صيف', 'summer'],
      ['خريف', 'autumn'],
      ['شتاء', 'winter'],
    ] as const
  ).map(([word, season]) => [foldKey(word), season]),
);

/** Year words: عام 2021, العام 2021, سنة 2010. */
export const YEAR_WORDS: ReadonlySet<string> = key(['عام', 'العام', 'سنة', 'السنة', 'لعام', 'للعام', 'بعام']);

/** Era markers after a year: 2025م, 2022 مـ (tatweel stripped), 1443 هـ, ميلادي, هجري. */
export const GREGORIAN_ERA: ReadonlySet<string> = key(['م', 'ميلادي', 'ميلادية', 'للميلاد']);
export const HIJRI_ERA: ReadonlySet<string> = key(['ه', 'هـ', 'هجري', 'هجرية', 'للهجرة']);

export type Direction = 'past' | 'future' | 'current';

/** Qualifiers after a month, weekday or unit: الماضي, المنصرم, المقبل, الجاري… */
export const QUALIFIERS: ReadonlyMap<string, Direction> = new Map(
  (
    [
      ['الماضي', 'past'],
      ['الماضية', 'past'],
      ['المنصرم', 'past'],
      ['المنصرمة', 'past'],
      ['الفائت', 'past'],
      ['الفائتة', 'past'],
      ['السابق', 'past'],
      ['المقبل', 'future'],
      ['المقبلة', 'future'],
      ['القادم', 'future'],
      ['القادمة', 'future'],
      ['الجاري', 'current'],
      ['الجارية', 'current'],
      ['الحالي', 'current'],
      ['الحالية', 'current'],
    ] as const
  ).map(([word, direction]) => [foldKey(word), direction]),
);

export type Unit = 'week' | 'month' | 'year';

/** Relative units: الأسبوع الماضي, الشهر المقبل, العام الجاري, السنة الماضية. */
export const RELATIVE_UNITS: ReadonlyMap<string, Unit> = new Map(
  (
    [
      ['الأسبوع', 'week'],
      ['الاسبوع', 'week'],
      ['الشهر', 'month'],
      ['العام', 'year'],
      ['السنة', 'year'],
    ] as const
  ).map(([word, unit]) => [foldKey(word), unit]),
);

/** Single-word day offsets from the publication date. */
export const DAY_WORDS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['أمس', -1],
      ['الأمس', -1],
      ['البارحة', -1],
      ['اليوم', 0],
      ['الليلة', 0],
      ['غدا', 1],
      ['الغد', 1],
    ] as const
  ).map(([word, offset]) => [foldKey(word), offset]),
);

/** Day ordinals (الأول من مارس, الحادي والعشرين من): key sequences → day number. */
export const ORDINALS: ReadonlyArray<{ readonly words: readonly string[]; readonly day: number }> = (() => {
  const units = [
    'الأول',
    'الثاني',
    'الثالث',
    'الرابع',
    'الخامس',
    'السادس',
    'السابع',
    'الثامن',
    'التاسع',
    'العاشر',
  ];
  const compoundUnits = ['الحادي', ...units.slice(1, 9)];
  const list: { words: string[]; day: number }[] = [];
  units.forEach((word, index) => list.push({ words: [foldKey(word)], day: index + 1 }));
  compoundUnits.forEach((word, index) =>
    list.push({ words: [foldKey(word), foldKey('عشر')], day: 11 + index }),
  );
  list.push({ words: [foldKey('العشرين')], day: 20 });
  compoundUnits.forEach((word, index) =>
    list.push({ words: [foldKey(word), foldKey('والعشرين')], day: 21 + index }),
  );
  list.push({ words: [foldKey('الثلاثين')], day: 30 });
  list.push({ words: [foldKey('الحادي'), foldKey('والثلاثين')], day: 31 });
  return list.sort((a, b) => b.words.length - a.words.length);
})();

/** Words that put a clause in the future: سوف, or a future-marked verb is found by shape. */
export const FUTURE_WORDS: ReadonlySet<string> = key([
  'سوف',
  'المقرر',
  'المزمع',
  'المقبل',
  'المقبلة',
  'القادم',
  'القادمة',
  'غدا',
]);

/**
 * Nouns that look like a future verb (س + imperfect prefix) but are not: سياسي, سيارة, ستة,
 * names (ستيف, سيرغي)…
 */
export const NOT_FUTURE_VERBS: ReadonlySet<string> = key([
  'سياسي',
  'سياسية',
  'سياسة',
  'سياسات',
  'سياسيين',
  'سيارة',
  'سيارات',
  'سيطرة',
  'سيناريو',
  'ستارت',
  'سيرغي',
  'سيرجي',
  'ستيف',
  'ستيفن',
  'سيلفا',
  'سيجارة',
  'سياق',
  'سيادة',
  'سيول',
  'سيئول',
  'سنوات',
  'سنوية',
  'سنويا',
  'سنة',
  'ستة',
  'ستين',
  'سينما',
  'سيدة',
  'سيدات',
  'سيتي',
  'سيناء',
  'سيبيريا',
  'ستالين',
  'سيفاستوبول',
  'سيناتور',
  'ستوكهولم',
  'سنغافورة',
  'سياحة',
  'سيادية',
  'ساعة',
  'سابق',
  'سابقة',
  'سابقا',
  'سيمفيروبول',
  'سيريل',
  'سيرسكي',
]);

/** Halves, thirds and tens of a month or year: النصف الثاني من, العشر الأواخر من, الثلث الأول من. */
export const PART_HEADS: ReadonlyMap<string, ReadonlyMap<string, PartOf>> = new Map(
  (
    [
      [
        'النصف',
        [
          ['الأول', 'half1'],
          ['الاول', 'half1'],
          ['الثاني', 'half2'],
          ['الأخير', 'half2'],
        ],
      ],
      [
        'العشر',
        [
          ['الأوائل', 'early'],
          ['الأولى', 'early'],
          ['الأول', 'early'],
          ['الأواسط', 'mid'],
          ['الوسطى', 'mid'],
          ['الأواخر', 'late'],
          ['الأخيرة', 'late'],
        ],
      ],
      [
        'الثلث',
        [
          ['الأول', 'early'],
          ['الثاني', 'mid'],
          ['الأوسط', 'mid'],
          ['الأخير', 'late'],
          ['الثالث', 'late'],
        ],
      ],
    ] as const
  ).map(([head, parts]) => [
    foldKey(head),
    new Map(parts.map(([word, part]) => [foldKey(word), part as PartOf])),
  ]),
);

export type PartOf = Third | 'half1' | 'half2';

/** Day counts in anchored offsets: بعد ذلك بـ6 أيام, بيومين, بأسبوع. */
export const DAY_UNIT_WORDS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['يوم', 1],
      ['يوما', 1],
      ['أيام', 1],
      ['ايام', 1],
      ['أسبوع', 7],
      ['أسابيع', 7],
      ['اسبوع', 7],
    ] as const
  ).map(([word, days]) => [foldKey(word), days]),
);

/** Dual forms that carry their own count: يومين, أسبوعين. */
export const DUAL_UNITS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['يومين', 2],
      ['أسبوعين', 14],
      ['يوم', 1],
      ['أسبوع', 7],
    ] as const
  ).map(([word, days]) => [foldKey(word), days]),
);

/** Words that end a clause for a date's direction: a reported clause after إن/أن has its own tense. */
export const CLAUSE_BREAKS: ReadonlySet<string> = key([
  'إن',
  'أن',
  'إنه',
  'أنه',
  'إنها',
  'أنها',
  'بأن',
  'بأنه',
  'وأن',
  'وإن',
]);
