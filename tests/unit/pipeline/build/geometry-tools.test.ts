import { booleanPointInPolygon, point } from '@turf/turf';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  asFeature,
  fillSliverHoles,
  geometryProblems,
  SLIVER_HOLE_MAX_M2,
  roundGeometry,
  subtractArea,
  unionAll,
  type Polygonal,
} from '../../../../src/pipeline/build/geometry-tools.ts';

const square = (west: number, south: number, size: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, south],
      [west + size, south],
      [west + size, south + size],
      [west, south + size],
      [west, south],
    ],
  ],
});

describe('roundGeometry', () => {
  it('rounds to the given decimals', () => {
    expect(roundGeometry({ type: 'Point', coordinates: [34.1234567, -0.0000001] }, 6)).toEqual({
      type: 'Point',
      coordinates: [34.123457, 0],
    });
  });

  it('drops vertices and rings that rounding collapses', () => {
    const hole: Polygon = {
      type: 'Polygon',
      coordinates: [
        ...square(0, 0, 10).coordinates,
        [
          [5, 5],
          [5.00001, 5],
          [5.00001, 5.00001],
          [5, 5],
        ],
      ],
    };
    expect(roundGeometry(hole, 4)).toEqual(square(0, 0, 10));
  });
});

describe('geometryProblems', () => {
  it('accepts a valid polygon', () => {
    expect(geometryProblems(square(0, 0, 1))).toEqual([]);
  });

  it('finds out-of-range coordinates', () => {
    expect(geometryProblems({ type: 'Point', coordinates: [181, -91] })).toEqual([
      'coordinates: longitude 181 is outside -180..180',
      'coordinates: latitude -91 is outside -90..90',
    ]);
  });

  it('finds open and short rings', () => {
    expect(
      geometryProblems({
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [0, 0],
              [1, 0],
              [1, 1],
            ],
          ],
        ],
      }),
    ).toEqual([
      'coordinates[0][0]: ring has 3 positions, needs at least 4',
      'coordinates[0][0]: ring is not closed (first and last positions differ)',
    ]);
  });
});

describe('area arithmetic', () => {
  it('unions touching squares into one polygon', () => {
    expect(unionAll([square(0, 0, 1), square(1, 0, 1)])?.type).toBe('Polygon');
  });

  it('removes a part that lies mostly inside the cut whole, leaving no sliver', () => {
    const base: Polygonal = {
      type: 'MultiPolygon',
      coordinates: [square(0, 0, 10).coordinates, square(20, 0, 2).coordinates],
    };
    // The cut is drawn slightly smaller than the island, as a coarser layer would draw it.
    const { kept, removed } = subtractArea(base, square(20.05, 0.05, 1.9));
    expect(removed).toEqual([square(20, 0, 2)]);
    expect(kept).toEqual({ type: 'MultiPolygon', coordinates: [square(0, 0, 10).coordinates] });
  });

  it('cuts a part that is only partly inside the cut', () => {
    const { kept, removed } = subtractArea(square(0, 0, 10), square(8, 0, 4));
    expect(removed).toEqual([]);
    if (kept === null) throw new Error('nothing kept');
    expect(booleanPointInPolygon(point([9, 2]), asFeature(kept))).toBe(false);
    expect(booleanPointInPolygon(point([5, 5]), asFeature(kept))).toBe(true);
  });
});

describe('fillSliverHoles', () => {
  const ring = (polygonValue: Polygon) => polygonValue.coordinates[0] ?? [];
  // A 4° square with a ~1 km² hole (0.01°) and a ~12,000 km² hole (1°), both counter-clockwise inside.
  const withHoles: Polygon = {
    type: 'Polygon',
    coordinates: [ring(square(30, 45, 4)), ring(square(31, 46, 0.01)), ring(square(32, 47, 1))],
  };

  it('drops the holes below the threshold and keeps the larger ones', () => {
    const filled = fillSliverHoles(withHoles, SLIVER_HOLE_MAX_M2) as Polygon;
    expect(filled.coordinates).toEqual([ring(square(30, 45, 4)), ring(square(32, 47, 1))]);
  });

  it('works on every part of a MultiPolygon and keeps a geometry without holes as it is', () => {
    const multi: Polygonal = {
      type: 'MultiPolygon',
      coordinates: [withHoles.coordinates, [ring(square(0, 0, 1))]],
    };
    const filled = fillSliverHoles(multi, SLIVER_HOLE_MAX_M2);
    expect(filled.type).toBe('MultiPolygon');
    expect(filled.coordinates.map((part) => part.length)).toEqual([2, 1]);
    expect(fillSliverHoles(square(0, 0, 1), SLIVER_HOLE_MAX_M2)).toEqual(square(0, 0, 1));
  });
});
