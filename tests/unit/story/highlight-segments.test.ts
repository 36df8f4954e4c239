import { describe, expect, it } from 'vitest';
import { highlightSegments, splitAroundExcerpt } from '../../../src/story/highlight-segments.ts';

describe('highlightSegments', () => {
  it('marks every occurrence and gives back the text exactly', () => {
    const text = 'من موسكو إلى واشنطن ثم موسكو';
    const segments = highlightSegments(text, ['موسكو']);
    expect(segments.filter((s) => s.marked).map((s) => s.text)).toEqual(['موسكو', 'موسكو']);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('prefers the longest alias', () => {
    const segments = highlightSegments('في أبو ظبي', ['أبو', 'أبو ظبي']);
    expect(segments).toEqual([
      { text: 'في ', marked: false },
      { text: 'أبو ظبي', marked: true },
    ]);
  });

  it('keeps markup as text', () => {
    const text = '<img src=x onerror=alert(1)> موسكو';
    expect(highlightSegments(text, ['موسكو'])[0]).toEqual({
      text: '<img src=x onerror=alert(1)> ',
      marked: false,
    });
  });

  it('returns the whole text unmarked without terms', () => {
    expect(highlightSegments('نص', [])).toEqual([{ text: 'نص', marked: false }]);
    expect(highlightSegments('نص', [''])).toEqual([{ text: 'نص', marked: false }]);
  });
});

describe('splitAroundExcerpt', () => {
  it('splits at the recorded offsets', () => {
    expect(splitAroundExcerpt('abcdef', { start: 2, end: 4, text: 'cd' })).toEqual({
      before: 'ab',
      excerpt: 'cd',
      after: 'ef',
      exact: true,
    });
  });

  it('falls back to the first occurrence when the offsets do not hold the text', () => {
    expect(splitAroundExcerpt('abcdef', { start: 0, end: 2, text: 'de' })).toMatchObject({
      before: 'abc',
      excerpt: 'de',
      exact: false,
    });
    expect(splitAroundExcerpt('abcdef', { start: 0, end: 2, text: 'zz' })).toBeNull();
  });
});
