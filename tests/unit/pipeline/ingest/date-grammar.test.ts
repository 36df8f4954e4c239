import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../src/pipeline/ingest/date-grammar.ts';
import type { DateContext } from '../../../../src/pipeline/ingest/date-grammar.ts';
import { normalise, toOriginalSpan } from '../../../../src/data/arabic-normalise.ts';
import { tokenise } from '../../../../src/pipeline/ingest/tokens.ts';

/** Published on Tuesday 15 November 2022 unless a test says otherwise. */
function dates(text: string, context: DateContext = { published: '2022-11-15' }) {
  const n = normalise(text);
  const tokens = tokenise(n.key);
  return findDates(tokens, context).map((match) => {
    const [start, end] = toOriginalSpan(n, tokens[match.first]!.start, tokens[match.next - 1]!.end);
    return { text: text.slice(start, end), ...match.window };
  });
}

const one = (text: string, context?: DateContext) => {
  const found = dates(text, context);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('Gregorian dates in every month-name system', () => {
  it.each([
    ['في 12 يناير 2025', '2025-01-12'],
    ['في 12 كانون الثاني 2025', '2025-01-12'],
    ['في 12 جانفي 2025', '2025-01-12'],
    ['في 12 يوليوز 2025', '2025-07-12'],
    ['في 12 أبريل 2025', '2025-04-12'],
    ['في 12 إبريل 2025', '2025-04-12'],
    ['في 12 ابريل 2025', '2025-04-12'],
    ['في 3 يونيه 2020', '2020-06-03'],
    ['في 3 يوليه 2020', '2020-07-03'],
    ['في 3 تشرين الأول 2020', '2020-10-03'],
    ['في ١٢ فبراير ٢٠٢٥', '2025-02-12'],
    ['في الأول من أبريل 2021', '2021-04-01'],
    ['في الحادي والعشرين من مارس 2021', '2021-03-21'],
    ['يوم 13 مايو عام 2022', '2022-05-13'],
    ['date 2026-02-05', '2026-02-05'],
  ])('%s → %s', (text, day) => {
    expect(one(text)).toMatchObject({ start: day, end: day, precision: 'day' });
  });

  it.each([
    ['في شباط/فبراير 2022', 'شباط/فبراير 2022'],
    ['في فبراير (شباط) 2022', 'فبراير (شباط) 2022'],
    ['في فبراير شباط 2022', 'فبراير شباط 2022'],
  ])('paired month %s', (text, surface) => {
    expect(one(text)).toEqual({ text: surface, start: '2022-02-01', end: '2022-02-28', precision: 'month' });
  });

  it('reads paired day forms: 18 فبراير (شباط), 24 شباط/فبراير, 18 فبراير شباط', () => {
    for (const text of ['منذ 18 فبراير (شباط)', 'منذ 18 شباط/فبراير', 'منذ 18 فبراير شباط']) {
      expect(one(text)).toMatchObject({ start: '2022-02-18', precision: 'day' });
    }
  });

  it('reads year markers: عام 2021, العام 2021, 2025م, سنة 2010', () => {
    expect(one('منذ عام 2021')).toMatchObject({ start: '2021-01-01', end: '2021-12-31', precision: 'year' });
    expect(one('في العام 2021')).toMatchObject({ start: '2021-01-01', precision: 'year' });
    expect(one('تأسست 2025م')).toMatchObject({ start: '2025-01-01', precision: 'year' });
    expect(one('الموقعة سنة 2010')).toMatchObject({ start: '2010-01-01', precision: 'year' });
  });

  it('does not take counts for years', () => {
    expect(dates('أكثر من 2000 جندي و157 أسيرا')).toEqual([]);
  });
});

describe('Hijri dates', () => {
  // Spans end on the last letter: the tatweel of هـ is stripped, so it is not part of the span.
  it('converts 12 شوال 1443 هـ with Umm al-Qura', () => {
    expect(one('الجمعة - 12 شوال 1443 هـ')).toMatchObject({
      start: '2022-05-13',
      end: '2022-05-13',
      precision: 'day',
    });
  });
  it('gives a Hijri month as its Gregorian window', () => {
    expect(one('في رمضان 1443 هـ')).toMatchObject({
      start: '2022-04-02',
      end: '2022-05-01',
      precision: 'month',
    });
  });
  it('does not invent a day the month does not have (falls back to the month)', () => {
    expect(one('30 شوال 1443 هـ')).toMatchObject({ text: 'شوال 1443 ه', precision: 'month' });
  });
});

describe('relative dates against the publication date (Tuesday 2022-11-15)', () => {
  it.each([
    ['أكد يوم الخميس', '2022-11-10'],
    ['قال مساء الإثنين', '2022-11-14'],
    ['قال، الإثنين، إن', '2022-11-14'],
    ['أعلن الأربعاء الماضي', '2022-11-09'],
    ['وصل أمس', '2022-11-14'],
    ['تجري اليوم', '2022-11-15'],
    ['يصل غدا', '2022-11-16'],
    ['سيعقد الاجتماع الخميس', '2022-11-17'],
    ['اللقاء الخميس المقبل', '2022-11-17'],
    ['في 19 تشرين الثاني/ نوفمبر الجاري', '2022-11-19'],
    ['في 21 أيلول/سبتمبر الماضي', '2022-09-21'],
  ])('%s → %s', (text, day) => {
    expect(one(text)).toMatchObject({ start: day, end: day });
  });
  it('reads the week, month and year before', () => {
    expect(one('انسحبت الأسبوع الماضي')).toMatchObject({
      start: '2022-11-07',
      end: '2022-11-13',
      precision: 'week',
    });
    expect(one('اجتمعوا الشهر الماضي')).toMatchObject({
      start: '2022-10-01',
      end: '2022-10-31',
      precision: 'month',
    });
    expect(one('ارتفعت العام الماضي')).toMatchObject({
      start: '2021-01-01',
      end: '2021-12-31',
      precision: 'year',
    });
  });
  it('reads a year named relatively after a month: فبراير من العام الماضي', () => {
    expect(one('في الثالث والعشرين من فبراير من العام الماضي')).toMatchObject({
      start: '2021-02-23',
      precision: 'day',
    });
    expect(one('في مارس من هذا العام')).toMatchObject({ start: '2022-03-01', precision: 'month' });
    expect(one('في فبراير من عام 2020')).toMatchObject({ start: '2020-02-01', precision: 'month' });
  });
  it('reads two weekdays as a run of days', () => {
    expect(one('عقدت يومي الأربعاء والخميس', { published: '2026-02-05' })).toMatchObject({
      start: '2026-02-04',
      end: '2026-02-05',
      precision: 'days',
    });
  });
  it('puts a month without a year in the past, or in the future in future context', () => {
    expect(one('في فبراير')).toMatchObject({ start: '2022-02-01', precision: 'month' });
    expect(one('سيزور في فبراير')).toMatchObject({ start: '2023-02-01', precision: 'month' });
  });
  it('resolves a weekday to a day named just before it that falls on it (temporal focus)', () => {
    expect(one('أعلن الثلاثاء', { published: '2025-02-27', focusDays: ['2025-02-18'] })).toMatchObject({
      start: '2025-02-18',
    });
  });
  it('leaves relative forms out when no publication date is given', () => {
    expect(dates('يوم الخميس أمس', { published: null })).toEqual([]);
  });
});

describe('vague periods', () => {
  it.each([
    ['في أواخر عام 2021', '2021-09-01', '2021-12-31', 'approx'],
    ['في أوائل عام 2025', '2025-01-01', '2025-04-30', 'approx'],
    ['في منتصف مارس (آذار) الماضي', '2022-03-11', '2022-03-20', 'approx'],
    ['في أواخر مارس', '2022-03-21', '2022-03-31', 'approx'],
    ['في خريف العام 2021', '2021-09-01', '2021-11-30', 'season'],
    ['في شتاء 2022', '2022-12-01', '2023-02-28', 'season'],
  ])('%s', (text, start, end, precision) => {
    expect(one(text)).toMatchObject({ start, end, precision });
  });
});

describe('ambiguous words need an anchor', () => {
  it('مارس the verb is not March', () => {
    expect(dates('مارس ضغوطا كبيرة على الحكومة')).toEqual([]);
    expect(one('في مارس')).toMatchObject({ start: '2022-03-01' });
  });
  it('أحد "one" and الاثنين "the two" are not weekdays', () => {
    expect(dates('إذا لم يكن هناك تنازل من أحد الطرفين')).toEqual([]);
    expect(dates('اتفق الاثنين على الحوار')).toEqual([]);
  });
  it('اليوم التالي is not today', () => {
    expect(dates('في اليوم التالي')).toEqual([]);
  });
});

describe('date grammar properties', () => {
  const words = [
    'في',
    '12',
    'فبراير',
    'شباط',
    '/',
    '(',
    ')',
    '2022',
    'عام',
    'الخميس',
    'الماضي',
    'أواخر',
    'شوال',
    '1443',
    'هـ',
    'مارس',
    'أمس',
    'الأسبوع',
    '-',
    '٢٠',
    'يوم',
    'و',
    '،',
  ];
  const sentence = fc
    .array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 4 })), { maxLength: 14 })
    .map((parts) => parts.join(' '));
  it('never throws, never overlaps, and every span maps back to text inside the sentence', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        const n = normalise(text);
        const tokens = tokenise(n.key);
        const found = findDates(tokens, { published: '2022-11-15' });
        let last = -1;
        for (const match of found) {
          expect(match.first).toBeGreaterThan(last);
          last = match.next - 1;
          expect(match.window.start <= match.window.end).toBe(true);
          const [start, end] = toOriginalSpan(n, tokens[match.first]!.start, tokens[match.next - 1]!.end);
          expect(normalise(text.slice(start, end)).text).toBe(
            n.text.slice(tokens[match.first]!.start, tokens[match.next - 1]!.end),
          );
        }
      }),
      { numRuns: 1000 },
    );
  });
});
