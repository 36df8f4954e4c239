/** The coarse basemap level: simplified, but two neighbours still share one border line. */
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { BasemapFeature } from '../../../../src/pipeline/build/build-basemap.ts';
import { coarseBasemap } from '../../../../src/pipeline/build/coarse-basemap.ts';

/** A wiggly border from (10, 0) to (10, 10): bumps of every size, some below the tolerance. */
const BORDER: Position[] = Array.from({ length: 41 }, (_, i) => [
  10 + Math.round(Math.sin(i * 1.7) * (0.05 + (i % 7) * 0.09) * 1e4) / 1e4,
  i * 0.25,
]);

function country(iso: string, ring: Position[]): BasemapFeature {
  return {
    type: 'Feature',
    properties: { kind: 'country', name_ar: iso, name_en: iso, iso_a2: iso, label: [0, 0] },
    geometry: { type: 'Polygon', coordinates: [[...ring, ring[0] ?? []]] },
  };
}

// West of the border (counter-clockwise from its south end) and east of it (from its north end).
const WEST = country('AA', [[0, 0], ...BORDER, [0, 10], [0, 5]]);
const EAST = country('BB', [[20, 3], [20, 10], ...[...BORDER].reverse(), [20, 0]]);

const onBorder = (ring: Position[]) =>
  ring
    .slice(0, -1)
    .filter(([x = 0, y = 0]) => x > 9 && x < 11 && y >= 0 && y <= 10)
    .map(([x, y]) => `${x},${y}`)
    .sort();

describe('coarseBasemap', () => {
  const [west, east] = coarseBasemap([WEST, EAST], new Map([['BB', 'bee-land']]));

  it('simplifies the shared border once: both neighbours keep the same vertices on it', () => {
    const ringOf = (feature: typeof west) =>
      feature?.geometry.type === 'Polygon' ? (feature.geometry.coordinates[0] ?? []) : [];
    const westBorder = onBorder(ringOf(west));
    expect(westBorder.length).toBeGreaterThan(2);
    expect(westBorder.length).toBeLessThan(BORDER.length);
    expect(onBorder(ringOf(east))).toEqual(westBorder);
  });

  it('marks the country that is a story place, and only it', () => {
    expect(west?.properties.place).toBeUndefined();
    expect(east?.properties.place).toBe('bee-land');
  });

  it('gives the same bytes for the same input', () => {
    expect(JSON.stringify(coarseBasemap([WEST, EAST], new Map()))).toBe(
      JSON.stringify(coarseBasemap([WEST, EAST], new Map())),
    );
  });
});
