import { describe, expect, it } from 'vitest';
import {
  basemapLabelPoints,
  contactArc,
  contactArcCollection,
  isContactEvent,
  placePointCollection,
} from '../../../src/map/story-features.ts';
import { event, fixtureStory, PLACES } from '../data-app/story-fixture.ts';

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
    expect(contactArcCollection(story).features.map((f) => f.properties?.['id'])).toEqual(['call', 'talks']);
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

  it('label each basemap feature once, skipping names the story labels itself', () => {
    const square = (x: number) => [
      [
        [x, 0],
        [x + 1, 0],
        [x + 1, 1],
        [x, 1],
        [x, 0],
      ],
    ];
    const labels = basemapLabelPoints(
      {
        features: [
          {
            geometry: {
              type: 'MultiPolygon',
              coordinates: [
                square(0),
                [
                  [
                    [10, 0],
                    [14, 0],
                    [14, 4],
                    [10, 4],
                    [10, 0],
                  ],
                ],
              ],
            },
            properties: { name_en: 'Big' },
          },
          { geometry: { type: 'Polygon', coordinates: square(20) }, properties: { name_en: 'Moscow' } },
        ],
      },
      new Set(['Moscow']),
    );
    expect(labels.features.map((f) => f.geometry.coordinates)).toEqual([[12, 2]]);
    expect(labels.features[0]?.properties?.['minor']).toBe(false);
  });

  it('marks small seas (a strait) as minor waters, large ones not', () => {
    const box = (size: number) => [
      [
        [26, 40],
        [26 + size, 40],
        [26 + size, 40 + size],
        [26, 40 + size],
        [26, 40],
      ],
    ];
    const labels = basemapLabelPoints({
      features: [
        {
          geometry: { type: 'Polygon', coordinates: box(0.2) },
          properties: { kind: 'sea', name_en: 'Strait' },
        },
        { geometry: { type: 'Polygon', coordinates: box(5) }, properties: { kind: 'sea', name_en: 'Sea' } },
        {
          geometry: { type: 'Polygon', coordinates: box(0.2) },
          properties: { kind: 'country', name_en: 'Tiny' },
        },
      ],
    });
    expect(labels.features.map((f) => f.properties?.['minor'])).toEqual([true, false, false]);
  });
});
