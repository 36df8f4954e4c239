/**
 * Small, pure geometry helpers for the build: rounding, structural checks (RFC 7946 shapes,
 * coordinate ranges) and area arithmetic with Turf (named imports only: the namespace costs ~137 KB).
 */
import {
  area,
  bbox,
  booleanPointInPolygon,
  centerOfMass,
  difference,
  featureCollection,
  intersect,
  multiPolygon,
  pointOnFeature,
  polygon,
  union,
} from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { LonLat } from '../../data/schema.ts';

export type Polygonal = Polygon | MultiPolygon;
export type PlaceGeometry = Point | Polygonal;

/**
 * Holes smaller than this (m²) left by a union are seams between layers of different scales, not
 * real enclaves: Natural Earth's 50m Ukraine and its 10m Crimea leave ~12 km² of slivers.
 */
export const SLIVER_HOLE_MAX_M2 = 100_000_000;

/** Share of a polygon part that must lie inside the cut-out area for the whole part to go. */
const SWALLOWED_PART_SHARE = 0.5;

/** Geometries as the data contract types them: positions are `[lon, lat]` pairs. */
export type RoundedPolygonal =
  { type: 'Polygon'; coordinates: LonLat[][] } | { type: 'MultiPolygon'; coordinates: LonLat[][][] };
export type RoundedGeometry = { type: 'Point'; coordinates: LonLat } | RoundedPolygonal;

/**
 * Rounds every coordinate to `decimals` places, then drops the repeated vertices and the rings
 * that rounding collapsed (fewer than 4 positions), so the result stays a valid polygon.
 * @example roundGeometry({ type: 'Point', coordinates: [34.1000004, 44.95] }, 6)
 * // { type: 'Point', coordinates: [34.1, 44.95] }
 */
export function roundGeometry(geometry: PlaceGeometry, decimals: number): RoundedGeometry | null {
  if (geometry.type === 'Point')
    return { type: 'Point', coordinates: roundPosition(geometry.coordinates, decimals) };
  return roundPolygonal(geometry, decimals);
}

/** {@link roundGeometry} for areas. */
export function roundPolygonal(geometry: Polygonal, decimals: number): RoundedPolygonal | null {
  const parts = polygonParts(geometry)
    .map((rings) => roundPolygonRings(rings, decimals))
    .filter((rings): rings is LonLat[][] => rings !== null);
  const [first] = parts;
  if (first === undefined) return null;
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: first };
  return { type: 'MultiPolygon', coordinates: parts };
}

/** @example roundPosition([34.12345678, 44.9], 4) // [34.1235, 44.9] */
export function roundPosition(position: Position, decimals: number): LonLat {
  const factor = 10 ** decimals;
  const round = (value: number) => Math.round(value * factor) / factor + 0;
  return [round(position[0] ?? Number.NaN), round(position[1] ?? Number.NaN)];
}

function roundPolygonRings(rings: Position[][], decimals: number): LonLat[][] | null {
  const rounded: LonLat[][] = [];
  for (const [index, ring] of rings.entries()) {
    const cleaned: LonLat[] = [];
    for (const position of ring) {
      const next = roundPosition(position, decimals);
      const last = cleaned[cleaned.length - 1];
      if (last === undefined || last[0] !== next[0] || last[1] !== next[1]) cleaned.push(next);
    }
    if (cleaned.length >= 4) rounded.push(cleaned);
    else if (index === 0) return null;
  }
  return rounded;
}

/** The polygons of a Polygon or MultiPolygon, as ring arrays. */
export function polygonParts(geometry: Polygonal): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** The largest part of an area, by its surface on the sphere (the first of equals). */
export function largestPart(geometry: Polygonal): Feature<Polygon> {
  return polygonParts(geometry)
    .map((rings) => polygon(rings))
    .reduce((best, part) => (area(part) > area(best) ? part : best));
}

/**
 * A label point inside an area: the centre of mass of its largest part when that lies inside it,
 * else Turf's point on the surface. Taking the largest part first matters: Russia's bounding box
 * spans the antimeridian, so a whole-geometry centre lands in the Atlantic and Turf falls back to
 * a vertex of the first part (Kaliningrad).
 * @example surfaceLabel(russia) // a point in Siberia
 */
export function surfaceLabel(geometry: Polygonal): Position {
  const largest = largestPart(geometry);
  const centre = centerOfMass(largest);
  if (booleanPointInPolygon(centre, largest)) return centre.geometry.coordinates;
  return pointOnFeature(largest).geometry.coordinates;
}

/**
 * Structural problems of a geometry, as sentences: non-numeric or out-of-range coordinates, rings
 * that are not closed or have fewer than 4 positions.
 * @example geometryProblems({ type: 'Point', coordinates: [200, 0] })
 * // ['coordinates[0]: longitude 200 is outside -180..180']
 */
export function geometryProblems(geometry: PlaceGeometry): string[] {
  if (geometry.type === 'Point') return positionProblems(geometry.coordinates, 'coordinates');
  const problems: string[] = [];
  const multi = geometry.type === 'MultiPolygon';
  polygonParts(geometry).forEach((rings, partIndex) => {
    if (rings.length === 0)
      problems.push(`coordinates${multi ? `[${partIndex}]` : ''}: polygon has no rings`);
    rings.forEach((ring, ringIndex) => {
      const path = `coordinates${multi ? `[${partIndex}]` : ''}[${ringIndex}]`;
      if (ring.length < 4) problems.push(`${path}: ring has ${ring.length} positions, needs at least 4`);
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (first && last && (first[0] !== last[0] || first[1] !== last[1])) {
        problems.push(`${path}: ring is not closed (first and last positions differ)`);
      }
      const bad = ring.findIndex((position) => positionProblems(position, '').length > 0);
      if (bad >= 0) problems.push(...positionProblems(ring[bad] ?? [], `${path}[${bad}]`));
    });
  });
  return problems;
}

function positionProblems(position: Position, path: string): string[] {
  const [lon, lat] = position;
  if (position.length < 2 || typeof lon !== 'number' || typeof lat !== 'number') {
    return [`${path}: position must be [longitude, latitude]`];
  }
  const problems: string[] = [];
  if (!Number.isFinite(lon) || lon < -180 || lon > 180) {
    problems.push(`${path}: longitude ${lon} is outside -180..180`);
  }
  if (!Number.isFinite(lat) || lat < -90 || lat > 90) {
    problems.push(`${path}: latitude ${lat} is outside -90..90`);
  }
  return problems;
}

/** Turf wants Features; this wraps a bare polygonal geometry. */
export function asFeature(geometry: Polygonal): Feature<Polygonal> {
  return geometry.type === 'Polygon' ? polygon(geometry.coordinates) : multiPolygon(geometry.coordinates);
}

/**
 * The union of polygonal geometries (one geometry is returned as it is, untouched).
 * @example unionAll([crimea, sevastopol]) // one Polygon covering both
 */
export function unionAll(geometries: readonly Polygonal[]): Polygonal | null {
  if (geometries.length === 0) return null;
  if (geometries.length === 1) return geometries[0] ?? null;
  return union(featureCollection(geometries.map(asFeature)))?.geometry ?? null;
}

/**
 * Removes the holes (interior rings) smaller than `maxArea` square metres; outer rings and larger
 * holes are kept as they are.
 * @example fillSliverHoles(ukraineWithCrimea, SLIVER_HOLE_MAX_M2) // the same polygon without the seam slivers
 */
export function fillSliverHoles(geometry: Polygonal, maxArea: number): Polygonal {
  const parts = polygonParts(geometry).map((rings) =>
    rings.filter((ring, index) => index === 0 || area(polygon([ring])) >= maxArea),
  );
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: parts[0] ?? [] }
    : { type: 'MultiPolygon', coordinates: parts };
}

/**
 * Cuts `cut` out of `base`. Natural Earth layers come at different scales (countries 50m, regions
 * 10m), so their coasts disagree: a plain difference leaves slivers of coastline behind. Any part
 * of `base` that lies mostly inside `cut` (Crimea drawn inside Russia) is therefore removed whole
 * and returned in `removed`; the other parts get an ordinary difference.
 * @example subtractArea(russia, crimea) // { kept: Russia without the Crimean part, removed: [that part] }
 */
export function subtractArea(
  base: Polygonal,
  cut: Polygonal,
): { kept: Polygonal | null; removed: Polygon[] } {
  const cutFeature = asFeature(cut);
  const cutBox = bbox(cutFeature);
  const kept: Position[][][] = [];
  const removed: Polygon[] = [];
  for (const rings of polygonParts(base)) {
    const part = polygon(rings);
    if (!boxesOverlap(bbox(part), cutBox)) {
      kept.push(rings);
      continue;
    }
    const overlap = intersect(featureCollection([part, cutFeature]));
    if (overlap !== null && area(overlap) >= SWALLOWED_PART_SHARE * area(part)) {
      removed.push(part.geometry);
      continue;
    }
    const rest = overlap === null ? part : difference(featureCollection([part, cutFeature]));
    if (rest !== null) kept.push(...polygonParts(rest.geometry));
  }
  if (kept.length === 0) return { kept: null, removed };
  const keptGeometry: Polygonal =
    kept.length === 1 && base.type === 'Polygon'
      ? { type: 'Polygon', coordinates: kept[0] ?? [] }
      : { type: 'MultiPolygon', coordinates: kept };
  return { kept: keptGeometry, removed };
}

function boxesOverlap(a: number[], b: number[]): boolean {
  const [aWest = 0, aSouth = 0, aEast = 0, aNorth = 0] = a;
  const [bWest = 0, bSouth = 0, bEast = 0, bNorth = 0] = b;
  return aWest <= bEast && bWest <= aEast && aSouth <= bNorth && bSouth <= aNorth;
}
