import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../../src/pipeline/ingest/evaluate.ts';
import type { Extraction } from '../../../../src/pipeline/ingest/extract.ts';

const window = { start: '2022-05-12', end: '2022-05-12', precision: 'day' as const };
const extraction: Extraction = {
  articleId: 'a',
  published: '2022-05-13',
  drafts: [],
  sentences: [
    {
      index: 0,
      start: 0,
      end: 40,
      text: '',
      associations: [],
      places: [
        { placeId: 'moscow', name: 'موسكو', surface: 'موسكو', start: 5, end: 10 },
        { placeId: 'kyiv', name: 'كييف', surface: 'كيف', start: 20, end: 23 },
      ],
      dates: [{ text: 'الخميس', start: 30, end: 36, window, basis: 'relative' }],
    },
  ],
};

describe('evaluate', () => {
  it('scores mention-level precision/recall and exact date windows, and lists the misses', () => {
    const scores = evaluate(
      [extraction],
      [
        { article: 'a', start: 5, end: 10, surface: 'موسكو', place: 'moscow' },
        { article: 'a', start: 12, end: 17, surface: 'أنقرة', place: 'ankara' },
      ],
      [
        {
          article: 'a',
          start: 30,
          end: 36,
          text: 'الخميس',
          window: { start: '2022-05-12', end: '2022-05-12' },
        },
        { article: 'a', start: 37, end: 40, text: 'أمس', window: { start: '2022-05-12', end: '2022-05-12' } },
      ],
      [],
    );
    expect(scores.places).toMatchObject({ precision: 0.5, recall: 0.5, tp: 1 });
    expect(scores.placeFalsePositives.map((m) => m.text)).toEqual(['كيف']);
    expect(scores.placeMisses.map((m) => m.text)).toEqual(['أنقرة']);
    expect(scores.dates).toMatchObject({ accuracy: 0.5, correct: 1, detectionPrecision: 1 });
    expect(scores.dateMisses[0]?.detail).toBe('gold 2022-05-12..2022-05-12, got not found');
  });
});
