import { describe, expect, it } from 'vitest';
import { countAliasOccurrences } from '../../../../src/pipeline/build/count-alias-occurrences.ts';

describe('countAliasOccurrences', () => {
  it('counts whole words only', () => {
    expect(countAliasOccurrences('موسكو وموسكوفيون', ['موسكو'])).toBe(1);
    expect(countAliasOccurrences('عاصمةموسكو', ['موسكو'])).toBe(0);
  });

  it.each([
    ['و', 'وموسكو'],
    ['ف', 'فموسكو'],
    ['ب', 'بموسكو'],
    ['ل', 'لموسكو'],
    ['ك', 'كموسكو'],
    ['و + ب', 'وبموسكو'],
  ])('allows the proclitic %s', (_name, word) => {
    expect(countAliasOccurrences(`وصل ${word} أمس`, ['موسكو'])).toBe(1);
  });

  it('allows ل contracted with the article ال', () => {
    expect(countAliasOccurrences('للبحر الأسود وللبحر الأسود والبحر الأسود', ['البحر الأسود'])).toBe(3);
  });

  it('does not treat any other prefix as a clitic', () => {
    expect(countAliasOccurrences('سموسكو', ['موسكو'])).toBe(0);
  });

  it('counts overlapping aliases once, preferring the longest', () => {
    const aliases = ['الولايات المتحدة', 'الولايات المتحدة الأمريكية'];
    expect(countAliasOccurrences('الولايات المتحدة الأمريكية والولايات المتحدة', aliases)).toBe(2);
  });

  it('counts two aliases in apposition as one mention', () => {
    const aliases = ['الرياض', 'العاصمة السعودية'];
    expect(countAliasOccurrences('في العاصمة السعودية الرياض، ثم الرياض', aliases)).toBe(2);
    expect(countAliasOccurrences('الرياض الرياض', aliases)).toBe(1);
    expect(countAliasOccurrences('الرياض و الرياض', aliases)).toBe(2);
  });

  it('stops at punctuation', () => {
    expect(countAliasOccurrences('في كييف، وفي «كييف».', ['كييف'])).toBe(2);
  });

  it('escapes characters that mean something in a regular expression', () => {
    expect(countAliasOccurrences('a (b) c', ['(b)'])).toBe(1);
  });

  it('counts nothing for no aliases', () => {
    expect(countAliasOccurrences('موسكو', [])).toBe(0);
  });
});
