import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../src/pipeline/ingest/date-grammar.ts';
import { findDateline } from '../../../../src/pipeline/ingest/dateline.ts';
import type { DateContext } from '../../../../src/pipeline/ingest/date-grammar.ts';
import { normalise, toOriginalSpan } from '../../../../src/data/arabic-normalise.ts';
import { tokenise } from '../../../../src/pipeline/ingest/tokens.ts';

/** Published on Thursday 14 August 2025 unless a test says otherwise. */
function dates(text: string, context: DateContext = { published: '2025-08-14' }) {
  const n = normalise(text);
  const tokens = tokenise(n.key);
  return findDates(tokens, context).map((match) => {
    const [start, end] = toOriginalSpan(n, tokens[match.first]!.start, tokens[match.next - 1]!.end);
    return { text: text.slice(start, end), start: match.window.start, end: match.window.end };
  });
}

describe('numeric dates, day first', () => {
  it.each([
    ['27.02.2025', '2025-02-27'],
    ['27/02/2025', '2025-02-27'],
    ['27-02-2025', '2025-02-27'],
    ['الموافق2025/03/12م', '2025-03-12'],
  ])('%s → %s', (text, day) => {
    expect(dates(text).map((d) => [d.start, d.end])).toEqual([[day, day]]);
  });

  it('a year and a month: date 2025-08', () => {
    expect(dates('date 2025-08 حذر')).toEqual([{ text: '2025-08', start: '2025-08-01', end: '2025-08-31' }]);
  });

  it('no date from an impossible day or a version number', () => {
    expect(dates('31.02.2025')).toEqual([]);
    expect(dates('الإصدار 1.2.3')).toEqual([]);
  });
});

describe('English month names in Arabic text', () => {
  it.each([
    ['وقال في February 27, 2025 إن', '2025-02-27'],
    ['(@iaeaorg) August 2, 2025', '2025-08-02'],
    ['في 27 February 2025', '2025-02-27'],
  ])('%s → %s', (text, day) => {
    expect(dates(text).map((d) => d.start)).toEqual([day]);
  });
});

describe('datelines', () => {
  it('a comma between the month and the year: 15 آب, 2024', () => {
    expect(dates('قناة اليمن - 15 آب, 2024')).toEqual([
      { text: '15 آب, 2024', start: '2024-08-15', end: '2024-08-15' },
    ]);
  });

  it('a time stamp before the weekday: 06:46 م الخميس 14 أغسطس 2025', () => {
    expect(dates('06:46 م الخميس 14 أغسطس 2025').map((d) => d.start)).toEqual(['2025-08-14']);
  });
});

describe('anchored offsets', () => {
  it('بعد ذلك بـ6 أيام counts from the last day the article named', () => {
    const context = { published: '2025-08-14', focusDays: ['2025-02-12'] };
    expect(dates('ثم التقيا بعد ذلك بـ6 أيام', context)).toEqual([
      { text: 'بعد ذلك بـ6 أيام', start: '2025-02-18', end: '2025-02-18' },
    ]);
    expect(dates('وقبل ذلك بيومين', context).map((d) => d.start)).toEqual(['2025-02-10']);
    expect(dates('ثم التقيا بعد ذلك بـ6 أيام')).toEqual([]);
  });

  it('قبل يومين من 15 أغسطس counts from the date that follows', () => {
    expect(dates('قبل يومين من 15 أغسطس 2025').map((d) => [d.start, d.end])).toEqual([
      ['2025-08-13', '2025-08-13'],
    ]);
  });
});

describe('weekends', () => {
  it.each([
    // Thursday 14 August 2025: the past weekend is 9–10 August, the coming one 16–17 August.
    ['وجرت المحادثات في عطلة نهاية الأسبوع', '2025-08-09', '2025-08-10'],
    ['ستجري المحادثات في عطلة نهاية الأسبوع', '2025-08-16', '2025-08-17'],
    ['في نهاية الأسبوع الماضي', '2025-08-09', '2025-08-10'],
    ['نهاية الأسبوع المقبل', '2025-08-23', '2025-08-24'],
  ])('%s → %s..%s', (text, start, end) => {
    const found = dates(text);
    expect(found.map((d) => [d.start, d.end])).toEqual([[start, end]]);
  });

  it('published on a Wednesday, نهاية الأسبوع الماضي is the weekend before', () => {
    expect(
      dates('وفي نهاية الأسبوع الماضي، شنوا هجومًا', { published: '2025-03-12' }).map((d) => [d.start, d.end]),
    ).toEqual([['2025-03-08', '2025-03-09']]);
  });
});

describe('halves, thirds and tens of a month', () => {
  it.each([
    ['النصف الثاني من شهر غشت 2024', '2024-08-16', '2024-08-31'],
    ['النصف الأول من مارس 2025', '2025-03-01', '2025-03-15'],
    ['العشر الأواخر من أبريل 2025', '2025-04-21', '2025-04-30'],
    ['الثلث الأول من يناير 2025', '2025-01-01', '2025-01-10'],
  ])('%s → %s..%s', (text, start, end) => {
    expect(dates(text)).toEqual([{ text, start, end }]);
  });

  it('النصف الثاني من شهر غشت is not 2 August', () => {
    expect(
      dates('في النصف الثاني من شهر غشت', { published: '2024-09-10' }).map((d) => [d.start, d.end]),
    ).toEqual([['2024-08-16', '2024-08-31']]);
  });
});

describe("a weekday's direction comes from the verb that governs it", () => {
  it('قالت … يوم الثلاثاء إن القمة ستعقد: the Tuesday is past', () => {
    expect(dates('قالت المتحدثة يوم الثلاثاء إن القمة ستعقد في ألاسكا').map((d) => d.start)).toEqual([
      '2025-08-12',
    ]);
  });

  it('a future verb before the weekday still makes it future', () => {
    expect(dates('قال إن القمة ستعقد يوم الثلاثاء').map((d) => d.start)).toEqual(['2025-08-19']);
  });

  it('من المقرر أن … السبت is future even some words back', () => {
    expect(
      dates('ومن المقرر أن يصل ويتكوف إلى سلطنة عمان، السبت، لإجراء محادثات', {
        published: '2025-04-11',
      }).map((d) => d.start),
    ).toEqual(['2025-04-12']);
  });
});

describe('findDateline in the shapes crawled pages carry', () => {
  it.each([
    ['27.02.2025\nنص الخبر', '2025-02-27'],
    ['قناة اليمن - 15 آب, 2024\nنص الخبر', '2024-08-15'],
    ['06:46 م الخميس 14 أغسطس 2025\nنص الخبر', '2025-08-14'],
  ])('%s → %s', (text, date) => {
    expect(findDateline(text)?.date).toBe(date);
  });

  it('a date inside a sentence is no dateline', () => {
    expect(findDateline('في 12 فبراير 2025، أجرى الوفد محادثات')).toBeNull();
  });
});
