import { describe, expect, it } from 'vitest';
import { buildSearchIndex, search, stems } from '../../../src/search/search-index.ts';
import { indexEvent } from '../../../src/data/story-split.ts';
import { detailsOf, event, place, PLACES } from '../data/story-fixture.ts';

const ankara = place('ankara', 'Ankara', 'أنقرة', [32.9, 39.9]);
ankara.properties.aliases = ['أنقرة', 'العاصمة التركية'];
const EVENTS = [
  event('ankara-talks', '2022-11-14', {
    kind: 'talks',
    places: ['ankara'],
    excerpts: [
      {
        article: 'a',
        start: 0,
        end: 30,
        text: 'التقى رئيسا الاستخبارات في أنقرة',
        translation: { en: 'The intelligence chiefs met in Ankara' },
      },
    ],
  }),
  event('moscow-call', '2025-02-12', {
    excerpts: [
      {
        article: 'a',
        start: 0,
        end: 20,
        text: 'اتصال هاتفي بموسكو',
        translation: { en: 'A phone call to Moscow' },
      },
    ],
  }),
];
const index = buildSearchIndex(
  { events: EVENTS.map(indexEvent), places: [...PLACES, ankara] },
  detailsOf(EVENTS),
);

describe('stems', () => {
  it('peels a conjunction, a preposition and the article in turn', () => {
    expect(stems('وبالرياض')).toEqual(['وبالرياض', 'بالرياض', 'الرياض', 'رياض']);
    expect(stems('للرياض')).toEqual(['للرياض', 'الرياض', 'رياض']);
    expect(stems('بموسكو')).toEqual(['بموسكو', 'موسكو']);
  });

  it('leaves short words whole', () => {
    expect(stems('وب')).toEqual(['وب']);
  });
});

describe('search', () => {
  it('finds أنقرة typed the way readers type it (no hamza, ه for ة)', () => {
    const hits = search(index, 'انقره', 'ar');
    expect(hits.map((h) => h.id)).toEqual(['ankara', 'ankara-talks']);
    expect(hits[0]?.type).toBe('place');
  });

  it('peels the clitics of the query: بموسكو finds what says Moscow', () => {
    expect(search(index, 'بموسكو', 'ar').map((h) => h.id)).toContain('moscow');
    expect(search(index, 'بموسكو', 'ar').map((h) => h.id)).toContain('moscow-call');
  });

  it('matches English words by prefix, case-insensitively, in translations too', () => {
    expect(search(index, 'intellig', 'en').map((h) => h.id)).toEqual(['ankara-talks']);
    expect(search(index, 'PHONE', 'en').map((h) => h.id)).toEqual(['moscow-call']);
  });

  it('needs every word of the query to match', () => {
    expect(search(index, 'ankara moscow', 'en')).toEqual([]);
    expect(search(index, '', 'en')).toEqual([]);
  });

  it('gives the matched words’ spans in the snippet, in the original text', () => {
    const [hit] = search(index, 'intelligence', 'en');
    const { text, spans } = hit!.snippet;
    expect(spans.map(([s, e]) => text.slice(s, e))).toEqual(['intelligence']);
    const [arabic] = search(index, 'الاستخبارات', 'ar');
    expect(arabic!.snippet.spans.map(([s, e]) => arabic!.snippet.text.slice(s, e))).toEqual(['الاستخبارات']);
  });
});

describe('search with filters', () => {
  it('finds only the entries the filters show', () => {
    const hits = search(index, 'انقره', 'ar', 20, (entry) => entry.type === 'place');
    expect(hits.map((h) => h.id)).toEqual(['ankara']);
  });
});
