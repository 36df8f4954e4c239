import { describe, expect, it } from 'vitest';
import { findDateline } from '../../../../src/pipeline/ingest/dateline.ts';
import { decodeArticle } from '../../../../src/pipeline/ingest/read-article.ts';
import { sentenceSpans } from '../../../../src/pipeline/ingest/sentences.ts';
import { tokenise } from '../../../../src/pipeline/ingest/tokens.ts';

describe('sentenceSpans', () => {
  it('splits at line breaks and at . ! ? ؟ followed by space', () => {
    const text = 'قال. ثم ذهب؟ نعم\nسطر';
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'قال.',
      'ثم ذهب؟',
      'نعم',
      'سطر',
    ]);
  });
  it('does not split inside numbers or initials', () => {
    const text = 'هدف الـ 1.5 درجة (إ.ب.أ) مهم.';
    expect(sentenceSpans(text)).toHaveLength(1);
  });
  it('keeps a closing quote with its sentence', () => {
    const text = 'قال: "انتهى." ثم غادر';
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['قال: "انتهى."', 'ثم غادر']);
  });
});

describe('tokenise', () => {
  it('separates words, numbers and punctuation', () => {
    expect(tokenise('في 12 فبراير، 2025').map((t) => [t.kind, t.key])).toEqual([
      ['word', 'في'],
      ['number', '12'],
      ['word', 'فبراير'],
      ['punct', '،'],
      ['number', '2025'],
    ]);
  });
  it('splits 2025م into a year and its era marker', () => {
    expect(tokenise('2025م').map((t) => t.key)).toEqual(['2025', 'م']);
  });
});

describe('findDateline', () => {
  it('reads a dateline that opens one of the first lines', () => {
    const text = 'عنوان\n\nالجمعة - 12 شوال 1443 هـ - 13 مايو 2022 مـ\nنص';
    expect(findDateline(text)).toMatchObject({ date: '2022-05-13', evidence: '12 شوال 1443 ه' });
    expect(findDateline(' date 2026-02-05 الولايات المتحدة')).toMatchObject({ date: '2026-02-05', start: 6 });
  });
  it('does not take a date in the body for a dateline', () => {
    expect(findDateline('عنوان\nفي 12 فبراير 2025، أجرى الرئيس مكالمة')).toBeNull();
  });
});

describe('decodeArticle', () => {
  it('keeps a byte-order mark so offsets match readFileSync', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('موسكو')]);
    expect(decodeArticle(bytes, 'a.txt')).toEqual({ ok: true, text: '\ufeffموسكو' });
  });
  it('says a non-UTF-8 file without Arabic is not UTF-8, without claiming Windows-1256', () => {
    const result = decodeArticle(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]), 'a.txt');
    expect(result).toEqual({
      ok: false,
      message: 'a.txt: the file is not valid UTF-8; save it as UTF-8 and try again',
    });
  });
  it('refuses white space only', () => {
    expect(decodeArticle(new TextEncoder().encode(' \n\t '), 'a.txt')).toEqual({
      ok: false,
      message: 'a.txt: the file holds only white space',
    });
  });
});
