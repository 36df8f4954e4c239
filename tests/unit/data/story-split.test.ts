import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventsCollectionSchema } from '../../../src/data/schema.ts';
import {
  cardReadingChars,
  chunkOfEvent,
  DETAILS_CHUNK_CHARS,
  eventDetails,
  joinDetails,
  splitFiles,
  splitStory,
} from '../../../src/data/story-split.ts';
import { ARTICLE, EVENTS, event, placesCollection } from './story-fixture.ts';

const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');
const realEvents = eventsCollectionSchema.parse(
  JSON.parse(readFileSync(join(REPO_ROOT, 'geo', 'events.geojson'), 'utf8')),
).features;

function split(events = realEvents) {
  return splitStory({
    generation: 'g',
    articles: [ARTICLE],
    chapters: [],
    places: placesCollection(),
    events,
  });
}

describe('splitStory', () => {
  it('keeps what the first view needs in the index, and nothing of the details', () => {
    const { index } = split(EVENTS);
    const first = index.events.features[0]!.properties;
    expect(Object.keys(first).sort()).toEqual(
      ['actors', 'date', 'id', 'kind', 'places', 'reading', 'sources', 'title'].sort(),
    );
    expect(first.sources).toEqual(EVENTS[0]!.properties.excerpts.map((x) => x.article));
    expect(JSON.stringify(index)).not.toContain(EVENTS[0]!.properties.summary.en);
  });

  it('cuts the real story into chunks of consecutive events, each under the size, all events once', () => {
    const { index, chunks } = split();
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.flatMap((c) => c.events.map((e) => e.id))).toEqual(realEvents.map((e) => e.id));
    expect(index.detailChunks).toEqual(chunks.map((c) => c.first));
    for (const chunk of chunks) {
      expect(chunk.generation).toBe('g');
      // A chunk closes before it passes the size, unless one event alone is larger.
      const chars = chunk.events.reduce((n, e) => n + JSON.stringify(e).length, 0);
      if (chunk.events.length > 1) expect(chars).toBeLessThanOrEqual(DETAILS_CHUNK_CHARS);
    }
  });

  it('joins an index event and its details back into the data contract’s event, byte for byte', () => {
    const { index, chunks } = split();
    const details = new Map(chunks.flatMap((c) => c.events.map((e) => [e.id, e] as const)));
    const joined = index.events.features.map((e) => joinDetails(e, details.get(e.id)!));
    expect(JSON.stringify(joined)).toBe(JSON.stringify(realEvents));
  });

  it('counts what the card gives to read in each language (translations in English)', () => {
    const one = event('a', '2025-01-01', {
      excerpts: [{ article: 'x', start: 0, end: 3, text: 'abc', translation: { en: 'e'.repeat(300) } }],
    });
    const { title, summary } = one.properties;
    expect(cardReadingChars(one, 'en')).toBe(title.en.length + summary.en.length + 300);
    expect(cardReadingChars(one, 'ar')).toBe(title.ar.length + summary.ar.length + 3);
    expect(eventDetails(one).excerpts).toBe(one.properties.excerpts);
  });

  it('writes the index and one file per chunk', () => {
    const story = split();
    expect([...splitFiles(story).keys()]).toEqual([
      'index.json',
      ...story.chunks.map((_, k) => `details-${k}.json`),
    ]);
  });
});

describe('chunkOfEvent', () => {
  it('finds the last chunk that starts at or before the event', () => {
    expect([0, 9, 10, 11, 40].map((i) => chunkOfEvent([0, 10, 31], i))).toEqual([0, 0, 1, 1, 2]);
    expect(chunkOfEvent([0], 5)).toBe(0);
  });
});
