import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventsCollectionSchema, placesCollectionSchema, type Excerpt } from '../../../../src/data/schema.ts';
import { generateSyntheticStory, type SyntheticAnchor } from '../../../../src/tools/bench/synthetic-story.ts';
import { event } from '../../data/story-fixture.ts';

const articleText = readFileSync(
  new URL('../../../../geo/articles/000_0d2102b2fc4aa379.txt', import.meta.url),
  'utf8',
);

function excerptAt(start: number, end: number): Excerpt {
  const text = articleText.slice(start, end);
  return { article: 'article-zero', start, end, text, translation: { en: `English for ${start}..${end}` } };
}

/** Two real-looking source events: talks between the US and Russia, one with an editor's note. */
const sourceEvents = [
  event('real-one', '2022-03-01', { kind: 'talks', actors: ['US', 'RU'], excerpts: [excerptAt(0, 40)] }),
  event('real-two', '2022-03-01', {
    kind: 'talks',
    actors: ['US', 'RU'],
    excerpts: [excerptAt(100, 180), excerptAt(200, 230)],
    note: { en: 'A note on the source.', ar: 'ملاحظة على المصدر.' },
  }),
];
const anchors: SyntheticAnchor[] = [
  { lonLat: [37.6176, 55.7558], name: { ar: 'موسكو', en: 'Moscow' }, wikidata: 'Q649' },
  { lonLat: [-77.0369, 38.9072], name: { ar: 'واشنطن', en: 'Washington' }, wikidata: 'Q61' },
  { lonLat: [179.9, 64.7], name: { ar: 'أنادير', en: 'Anadyr' }, geonames: 2127202 },
];
const options = { seed: 7, eventCount: 600, placeCount: 60, sourceEvents, anchors, polygonShare: 0.2 };

describe('generateSyntheticStory', () => {
  it('gives byte-identical output for the same seed and different output for another seed', () => {
    const first = JSON.stringify(generateSyntheticStory(options));
    expect(JSON.stringify(generateSyntheticStory(options))).toBe(first);
    expect(JSON.stringify(generateSyntheticStory({ ...options, seed: 8 }))).not.toBe(first);
  });

  it('makes the requested numbers of features, valid under the data contract', () => {
    const { places, events } = generateSyntheticStory(options);
    expect(places.features).toHaveLength(60);
    expect(events.features).toHaveLength(600);
    expect(placesCollectionSchema.safeParse(places).success).toBe(true);
    expect(eventsCollectionSchema.safeParse(events).success).toBe(true);
    expect(places.features.some((place) => place.geometry.type === 'Polygon')).toBe(true);
    expect(places.features.some((place) => place.geometry.type === 'Point')).toBe(true);
  });

  it('keeps both languages of the source: Arabic summaries, translations and bilingual notes', () => {
    const { events } = generateSyntheticStory(options);
    for (const event of events.features) {
      expect(event.properties.summary.ar).not.toBe('');
      for (const excerpt of event.properties.excerpts) expect(excerpt.translation.en).toMatch(/^English for/);
    }
    const withNotes = events.features.filter((event) => event.properties.note !== undefined);
    expect(withNotes.length).toBeGreaterThan(0);
    for (const event of withNotes) {
      expect(event.properties.note).toEqual({ en: 'A note on the source.', ar: 'ملاحظة على المصدر.' });
    }
  });

  it('sorts events by date.start, then id, with unique ids', () => {
    const { events } = generateSyntheticStory(options);
    const keys = events.features.map((event) => `${event.properties.date.start} ${event.id}`);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(events.features.map((event) => event.id)).size).toBe(600);
  });

  it('copies only real excerpts, each still an exact slice of its article', () => {
    const { events } = generateSyntheticStory(options);
    const realExcerpts = new Set(
      sourceEvents.flatMap((event) => event.properties.excerpts.map((x) => JSON.stringify(x))),
    );
    for (const event of events.features) {
      for (const excerpt of event.properties.excerpts) {
        expect(realExcerpts.has(JSON.stringify(excerpt))).toBe(true);
        expect(articleText.slice(excerpt.start, excerpt.end)).toBe(excerpt.text);
      }
    }
  });

  it('links places and events both ways and puts event points on the places’ labels', () => {
    const { places, events } = generateSyntheticStory(options);
    const placeById = new Map(places.features.map((place) => [place.id, place]));
    for (const event of events.features) {
      const labels = event.properties.places.map((id) => placeById.get(id)?.properties.label);
      const geometry = event.geometry;
      const points =
        geometry === null ? [] : geometry.type === 'Point' ? [geometry.coordinates] : geometry.coordinates;
      expect(points).toEqual(labels);
      for (const id of event.properties.places)
        expect(placeById.get(id)?.properties.events).toContain(event.id);
    }
    for (const place of places.features) {
      expect(place.properties.mentions).toBe(place.properties.events.length);
      for (const eventId of place.properties.events) {
        expect(events.features.find((event) => event.id === eventId)?.properties.places).toContain(place.id);
      }
    }
  });

  it('keeps every coordinate on the globe even for anchors near the antimeridian', () => {
    const { places } = generateSyntheticStory({ ...options, anchors: [anchors[2] as SyntheticAnchor] });
    for (const place of places.features) {
      const [lon, lat] = place.properties.label;
      expect(Math.abs(lon)).toBeLessThanOrEqual(180);
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
    }
    expect(placesCollectionSchema.safeParse(places).success).toBe(true);
  });

  it('says what is missing when it has no source events', () => {
    expect(() => generateSyntheticStory({ ...options, sourceEvents: [] })).toThrow(
      /at least one real source event/,
    );
  });
});

describe('generateSyntheticStory as a newsroom corpus (the 100k options)', () => {
  const newsroom = {
    ...options,
    eventCount: 2_000,
    placeCount: 100,
    firstDate: '2014-01-01',
    spanDays: 4_383,
    dateBursts: 20,
    burstShare: 0.7,
    excerptsPerEvent: [1, 4] as const,
    placeSkew: 2,
  };

  it('is identical for a seed, and the options left out change nothing (the 10k story stays as it was)', () => {
    expect(JSON.stringify(generateSyntheticStory(newsroom))).toBe(
      JSON.stringify(generateSyntheticStory(newsroom)),
    );
    const plain = JSON.stringify(generateSyntheticStory(options));
    expect(
      JSON.stringify(generateSyntheticStory({ ...options, dateBursts: 0, burstShare: 0.7, placeSkew: 1 })),
    ).toBe(plain);
  });

  it('makes the counts asked for, valid under the contract, over the whole span', () => {
    const { places, events } = generateSyntheticStory(newsroom);
    expect(events.features).toHaveLength(2_000);
    expect(places.features).toHaveLength(100);
    expect(eventsCollectionSchema.safeParse(events).success).toBe(true);
    const starts = events.features.map((e) => e.properties.date.start);
    expect(starts[0]! < '2015-01-01').toBe(true);
    expect(starts[starts.length - 1]! > '2025-06-01').toBe(true);
  });

  it('bunches dates in bursts: the busiest week holds far more than an even share', () => {
    const { events } = generateSyntheticStory(newsroom);
    const perWeek = new Map<number, number>();
    for (const e of events.features) {
      const week = Math.floor(Date.parse(e.properties.date.start) / (7 * 86_400_000));
      perWeek.set(week, (perWeek.get(week) ?? 0) + 1);
    }
    const even = 2_000 / (4_383 / 7);
    expect(Math.max(...perWeek.values())).toBeGreaterThan(10 * even);
  });

  it('gives events one to four distinct real excerpts, their source’s own first', () => {
    const { events } = generateSyntheticStory(newsroom);
    const counts = new Set<number>();
    for (const e of events.features) {
      const excerpts = e.properties.excerpts;
      counts.add(excerpts.length);
      expect(new Set(excerpts.map((x) => `${x.start}:${x.end}`)).size).toBe(excerpts.length);
      for (const x of excerpts) expect(articleText.slice(x.start, x.end)).toBe(x.text);
    }
    // The fixture has three distinct excerpts in all, so at most three per event.
    expect([...counts].sort()).toEqual([1, 2, 3]);
  });

  it('lets a few places carry many events (placeSkew)', () => {
    const { places } = generateSyntheticStory(newsroom);
    const mentions = places.features.map((p) => p.properties.events.length).sort((a, b) => b - a);
    expect(mentions[0]!).toBeGreaterThan(5 * (mentions[50] ?? 0));
  });
});
