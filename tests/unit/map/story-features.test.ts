import { describe, expect, it } from 'vitest';
import {
  basemapLabelPoints,
  contactArc,
  contactCapitals,
  isContactEvent,
  placePointCollection,
} from '../../../src/map/story-features.ts';
import { indexStory } from '../../../src/data/story-index.ts';
import {
  ARTICLE,
  event,
  eventsCollection,
  fixtureStory,
  place,
  placesCollection,
  PLACES,
} from '../data/story-fixture.ts';

describe('contact arcs', () => {
  const story = fixtureStory();

  it('link the two capitals for a call', () => {
    const arc = contactArc(story, story.events[1]!);
    expect(arc?.properties).toEqual({ id: 'call' });
    expect(arc?.geometry.coordinates).toHaveLength(1);
    const line = arc!.geometry.coordinates[0]!;
    expect(line[0]).toEqual([-77, 38.9]);
    expect(line.at(-1)).toEqual([37.6, 55.8]);
  });

  it('link each capital to the venue for talks', () => {
    const arc = contactArc(story, story.events[2]!);
    const ends = arc!.geometry.coordinates.map((line) => line.at(-1));
    expect(ends).toEqual([
      [46.7, 24.7],
      [46.7, 24.7],
    ]);
  });

  it('are drawn only for contacts between the US and Russia', () => {
    expect(isContactEvent(event('x', '2025-01-01', { kind: 'talks', actors: ['RU', 'UA'] }))).toBe(false);
    expect(isContactEvent(event('y', '2025-01-01', { kind: 'strike', actors: ['US', 'RU'] }))).toBe(false);
    expect(story.events.map((e) => contactArc(story, e)?.properties?.['id'] ?? null)).toEqual([
      null,
      'call',
      'talks',
    ]);
  });

  it('draw every party of trilateral talks, Kyiv included, to the venue', () => {
    const kyiv = place('kyiv', 'Kyiv', 'كييف', [30.5, 50.4]);
    const abuDhabi = place('abu-dhabi', 'Abu Dhabi', 'أبوظبي', [54.4, 24.5]);
    const talks = event('abu-dhabi-talks', '2026-02-04', {
      kind: 'talks',
      actors: ['US', 'RU', 'UA'],
      places: ['abu-dhabi'],
    });
    const trilateral = indexStory(placesCollection([...PLACES, kyiv, abuDhabi]), eventsCollection([talks]), [
      ARTICLE,
    ]).story;
    const lines = contactArc(trilateral, talks)!.geometry.coordinates;
    expect(lines.map((line) => line[0])).toEqual([
      [-77, 38.9],
      [37.6, 55.8],
      [30.5, 50.4],
    ]);
    expect(new Set(lines.map((line) => JSON.stringify(line.at(-1))))).toEqual(new Set(['[54.4,24.5]']));
    expect(contactCapitals(trilateral, talks).map((p) => p.id)).toEqual(['washington', 'moscow', 'kyiv']);
  });
});

describe('place features', () => {
  it('put every place at its label point with flat properties', () => {
    const [first] = placePointCollection(PLACES).features;
    expect(first?.geometry.coordinates).toEqual([-77, 38.9]);
    expect(first?.properties).toEqual({
      id: 'washington',
      name_ar: 'واشنطن',
      name_en: 'Washington',
      kind: 'city',
      weight: 1,
    });
  });

  it('labels each basemap feature once at its built label point, skipping names the story labels itself', () => {
    const labels = basemapLabelPoints(
      {
        features: [
          { properties: { kind: 'country', name_en: 'Big', label: [12, 2] } },
          { properties: { kind: 'country', name_en: 'Moscow', label: [20, 0.5] } },
          { properties: { kind: 'sea', name_en: 'Strait', label: [26.1, 40.1], minor: true } },
          { properties: { kind: 'country', name_en: 'Unlabelled' } },
        ],
      },
      new Set(['Moscow']),
    );
    expect(labels.features.map((f) => f.geometry.coordinates)).toEqual([
      [12, 2],
      [26.1, 40.1],
    ]);
    expect(labels.features.map((f) => f.properties)).toEqual([
      { kind: 'country', name_en: 'Big' },
      { kind: 'sea', name_en: 'Strait', minor: true },
    ]);
  });
});
