import { describe, expect, it } from 'vitest';
import { greatCircle } from '@turf/turf';
import {
  arcLines,
  basemapLabelPoints,
  contactArc,
  contactCapitals,
  basemapPlaceIds,
  isContactEvent,
  placeAreaCollection,
  placePointCollection,
  withStoryCountries,
} from '../../../src/map/story-features.ts';
import { indexStory } from '../../../src/data/story-index.ts';
import type { PlaceFeature } from '../../../src/data/schema.ts';
import { ARTICLE, storyEvent, fixtureStory, place, placesCollection, PLACES } from '../data/story-fixture.ts';

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
    expect(isContactEvent(storyEvent('x', '2025-01-01', { kind: 'talks', actors: ['RU', 'UA'] }))).toBe(
      false,
    );
    expect(isContactEvent(storyEvent('y', '2025-01-01', { kind: 'strike', actors: ['US', 'RU'] }))).toBe(
      false,
    );
    expect(story.events.map((e) => contactArc(story, e)?.properties?.['id'] ?? null)).toEqual([
      null,
      'call',
      'talks',
    ]);
  });

  it('draw every party of trilateral talks, Kyiv included, to the venue', () => {
    const kyiv = place('kyiv', 'Kyiv', 'كييف', [30.5, 50.4]);
    const abuDhabi = place('abu-dhabi', 'Abu Dhabi', 'أبوظبي', [54.4, 24.5]);
    const talks = storyEvent('abu-dhabi-talks', '2026-02-04', {
      kind: 'talks',
      actors: ['US', 'RU', 'UA'],
      places: ['abu-dhabi'],
    });
    const trilateral = indexStory(placesCollection([...PLACES, kyiv, abuDhabi]), { features: [talks] }, [
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

  it('labels each basemap feature once at its built label point, skipping places the story labels itself', () => {
    const labels = basemapLabelPoints(
      {
        features: [
          { properties: { kind: 'country', name_en: 'Big', label: [12, 2] } },
          { properties: { kind: 'country', name_en: 'Moscow', label: [20, 0.5] } },
          // The story's "United States": its own name differs, its place id does not.
          {
            properties: {
              kind: 'country',
              name_en: 'United States of America',
              place: 'usa',
              label: [-98, 39],
            },
          },
          { properties: { kind: 'sea', name_en: 'Strait', label: [26.1, 40.1], minor: true } },
          { properties: { kind: 'country', name_en: 'Unlabelled' } },
        ],
      },
      { placeIds: new Set(['usa']), namesEn: new Set(['Moscow']) },
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

describe('countries drawn from the basemap', () => {
  const square: PlaceFeature['geometry'] = {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ],
    ],
  };
  const area = (id: string, kind: PlaceFeature['properties']['kind'], events: string[]): PlaceFeature => {
    const base = place(id, id, id, [0.5, 0.5], events);
    return { ...base, geometry: square, properties: { ...base.properties, kind } };
  };
  const russia = area('russia', 'country', ['a', 'b']);
  const kursk = area('kursk-oblast', 'region', ['a']);
  const country = (iso: string, extra: Record<string, unknown> = {}) => ({
    type: 'Feature' as const,
    geometry: square,
    properties: { kind: 'country', name_en: iso, iso_a2: iso, ...extra },
  });
  const coarse = {
    type: 'FeatureCollection' as const,
    features: [country('RU', { place: 'russia' }), country('FI')],
  };
  const detailed = { type: 'FeatureCollection' as const, features: [country('FI'), country('RU')] };

  it('marks the story countries on either level by ISO code, as places (id, weight)', () => {
    const placeByIso = basemapPlaceIds(coarse);
    expect([...placeByIso]).toEqual([['RU', 'russia']]);
    const { data, placeIds } = withStoryCountries(detailed, placeByIso, [russia, kursk]);
    expect([...placeIds]).toEqual(['russia']);
    expect(data.features[1]?.properties).toMatchObject({
      iso_a2: 'RU',
      id: 'russia',
      kind: 'country',
      weight: 2,
    });
    expect(data.features[0]?.properties).not.toHaveProperty('id');
  });

  it('leaves those countries out of the own-polygon areas; regions stay', () => {
    const areas = placeAreaCollection([russia, kursk], new Set(['russia']));
    expect(areas.features.map((f) => f.properties?.['id'])).toEqual(['kursk-oblast']);
  });
});

describe('arcLines', () => {
  it('follows the great circle (as @turf/great-circle draws it), end to end', () => {
    const [line] = arcLines([-77, 38.9], [37.6, 55.8]);
    const reference = greatCircle([-77, 38.9], [37.6, 55.8], { npoints: 64 }).geometry
      .coordinates as number[][];
    expect(line).toHaveLength(64);
    line!.forEach((point, i) => {
      expect(point[0]).toBeCloseTo(reference[i]![0]!, 4);
      expect(point[1]).toBeCloseTo(reference[i]![1]!, 4);
    });
    expect(line![0]).toEqual([-77, 38.9]);
    expect(line!.at(-1)).toEqual([37.6, 55.8]);
  });

  it('cuts the line where it crosses the antimeridian', () => {
    const lines = arcLines([139.7, 35.7], [-122.4, 37.8]);
    expect(lines).toHaveLength(2);
    for (const line of lines)
      for (let i = 1; i < line.length; i += 1)
        expect(Math.abs(line[i]![0]! - line[i - 1]![0]!)).toBeLessThan(180);
  });
});
