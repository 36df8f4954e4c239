/**
 * The basemap's coarse level (geo/basemap-coarse.geojson), what the map draws at the world view
 * (below DETAILED_BASEMAP_MIN_ZOOM in src/map/layers.ts; the detailed geo/basemap.geojson from
 * there): the same features in the same order, simplified.
 *
 * Simplification is topology-aware, so two countries that share a border keep sharing it (no gaps,
 * no overlaps): every ring is cut at its junctions (vertices met again with other neighbours, as
 * TopoJSON finds them) and each piece between two junctions is simplified on its own, always read
 * in one canonical direction, so both countries get the same line. Douglas–Peucker runs in Web
 * Mercator (what the reader sees, so the Arctic keeps its shape), coordinates are then rounded, and
 * parts too small to see are left out (never a feature's largest part: every country keeps a
 * shape). Seas keep only their label point: the map draws no sea shapes (the background is the sea).
 * Pure and deterministic: the same features give the same bytes.
 */
import type { Point, Position } from 'geojson';
import type { LonLat } from '../../data/schema.ts';
import type { BasemapFeature, BasemapProperties } from './build-basemap.ts';
import { polygonParts, type RoundedPolygonal } from './geometry-tools.ts';

/**
 * Douglas–Peucker tolerance in degrees of longitude at the equator (Web Mercator). A CSS pixel is
 * 360 / (512 · 2^zoom) degrees: 0.12° is one pixel at zoom 2.6 (the whole story on a 1280 px wide
 * screen) and two at zoom 3.5, where the detailed level takes over.
 */
const COARSE_TOLERANCE_DEG = 0.12;
/** One decimal (≤ 0.05° off, under a pixel at zoom 3.5 below 60° of latitude). */
const COARSE_DECIMALS = 1;
/** Parts (islands) and holes whose Mercator box is smaller than this on both sides are left out. */
const MIN_PART_DEG = 3 * COARSE_TOLERANCE_DEG;

/** A coarse feature's properties: the detailed one's, plus the story place a country is. */
export interface CoarseBasemapProperties extends BasemapProperties {
  /** The gazetteer id of the story place this country is (`russia`): the map draws it from here. */
  place?: string;
}
export interface CoarseBasemapFeature {
  type: 'Feature';
  properties: CoarseBasemapProperties;
  geometry: RoundedPolygonal | Point;
}

type Point2 = readonly [x: number, y: number];

/**
 * The coarse level of `features` (same order, same properties; `place` added to the countries that
 * `placeByIso` names a story place for).
 * @example coarseBasemap(detailed, new Map([['RU', 'russia']])).length === detailed.length // true
 */
export function coarseBasemap(
  features: readonly BasemapFeature[],
  placeByIso: ReadonlyMap<string, string>,
): CoarseBasemapFeature[] {
  const countries = features.filter((feature) => feature.properties.kind === 'country');
  const junctions = findJunctions(countries.flatMap((feature) => polygonParts(feature.geometry).flat()));
  return features.map((feature) => {
    const properties: CoarseBasemapProperties = { ...feature.properties };
    const iso = feature.properties.iso_a2;
    const place = iso === undefined ? undefined : placeByIso.get(iso);
    if (place !== undefined) properties.place = place;
    const geometry: CoarseBasemapFeature['geometry'] =
      feature.properties.kind === 'sea'
        ? { type: 'Point', coordinates: [...feature.properties.label] }
        : simplifyPolygonal(feature.geometry, junctions);
    return { type: 'Feature', properties, geometry };
  });
}

function key(position: Position): string {
  return `${position[0]},${position[1]}`;
}

/** Rings as GeoJSON has them end with their first position; this is the ring without it. */
function openRing(ring: readonly Position[]): Position[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  const closed = first !== undefined && last !== undefined && key(first) === key(last);
  return closed ? ring.slice(0, -1) : [...ring];
}

/**
 * Vertices where shared borders start or end: a vertex met twice with different neighbours (or
 * more than twice). The rest of a shared border is met twice with the same two neighbours.
 */
function findJunctions(rings: readonly Position[][]): Set<string> {
  const neighbours = new Map<string, string>();
  const junctions = new Set<string>();
  for (const ring of rings) {
    const open = openRing(ring);
    open.forEach((position, index) => {
      const here = key(position);
      const previous = key(open[(index - 1 + open.length) % open.length] ?? position);
      const next = key(open[(index + 1) % open.length] ?? position);
      const pair = previous < next ? `${previous}|${next}` : `${next}|${previous}`;
      const seen = neighbours.get(here);
      if (seen === undefined) neighbours.set(here, pair);
      else if (seen !== pair) junctions.add(here);
    });
  }
  return junctions;
}

function simplifyPolygonal(
  geometry: BasemapFeature['geometry'],
  junctions: ReadonlySet<string>,
): RoundedPolygonal {
  const parts = polygonParts(geometry);
  const largest = largestPartIndex(parts);
  const kept: LonLat[][][] = [];
  parts.forEach(([outer = [], ...holes], partIndex) => {
    const mustKeep = partIndex === largest;
    if (!mustKeep && tooSmall(outer)) return;
    const shell = roundRing(simplifyRing(outer, junctions)) ?? (mustKeep ? roundRing(openRing(outer)) : null);
    if (shell === null) return;
    const inner = holes
      .filter((hole) => !tooSmall(hole))
      .map((hole) => roundRing(simplifyRing(hole, junctions)))
      .filter((ring): ring is LonLat[] => ring !== null);
    kept.push([shell, ...inner]);
  });
  return geometry.type === 'Polygon' && kept.length === 1
    ? { type: 'Polygon', coordinates: kept[0] ?? [] }
    : { type: 'MultiPolygon', coordinates: kept };
}

/** The part with the largest Mercator box area (on the screen, the biggest), the first of equals. */
function largestPartIndex(parts: readonly Position[][][]): number {
  let best = 0;
  let bestSize = -1;
  parts.forEach((rings, index) => {
    const [w, h] = mercatorSize(rings[0] ?? []);
    if (w * h > bestSize) {
      best = index;
      bestSize = w * h;
    }
  });
  return best;
}

function mercatorSize(ring: readonly Position[]): [number, number] {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const position of ring) {
    const [x, y] = project(position);
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  return [maxX - minX, maxY - minY];
}

function tooSmall(ring: readonly Position[]): boolean {
  const [w, h] = mercatorSize(ring);
  return w < MIN_PART_DEG && h < MIN_PART_DEG;
}

/** Web Mercator in degrees: x is longitude, y the Mercator ordinate scaled to degrees at the equator. */
function project(position: Position): Point2 {
  const lat = Math.max(-85, Math.min(85, position[1] ?? 0));
  const y = (Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI;
  return [position[0] ?? 0, y];
}

/** A ring simplified piece by piece between its junctions (open: no repeated last position). */
function simplifyRing(ring: readonly Position[], junctions: ReadonlySet<string>): Position[] {
  const open = openRing(ring);
  if (open.length < 3) return open;
  const cuts = open.flatMap((position, index) => (junctions.has(key(position)) ? [index] : []));
  if (cuts.length === 0) {
    // An island, or a ring shared whole (an enclave): start at its smallest vertex, so both copies
    // of a shared ring start at the same place, and keep its farthest vertex too.
    const start = open.reduce(
      (best, position, index) => (key(position) < key(open[best] ?? position) ? index : best),
      0,
    );
    const rotated = [...open.slice(start), ...open.slice(0, start)];
    const chain = canonicalClosedChain([...rotated, rotated[0] ?? []]);
    const far = farthestFrom(chain, chain[0] ?? []);
    const simplified = [
      ...simplifyChain(chain.slice(0, far + 1), true),
      ...simplifyChain(chain.slice(far), true).slice(1),
    ];
    return simplified.slice(0, -1);
  }
  const result: Position[] = [];
  cuts.forEach((from, index) => {
    const to = cuts[(index + 1) % cuts.length] ?? from;
    const chain = to > from ? open.slice(from, to + 1) : [...open.slice(from), ...open.slice(0, to + 1)];
    result.push(...simplifyChain(chain, false).slice(0, -1));
  });
  return result;
}

/** A closed chain read in the direction whose second vertex sorts first, so both copies agree. */
function canonicalClosedChain(chain: Position[]): Position[] {
  const second = chain[1];
  const beforeLast = chain[chain.length - 2];
  if (second === undefined || beforeLast === undefined) return chain;
  return key(beforeLast) < key(second) ? [chain[0] ?? [], ...chain.slice(1).reverse()] : chain;
}

function farthestFrom(chain: readonly Position[], from: Position): number {
  const [fx, fy] = project(from);
  let best = 0;
  let bestDistance = -1;
  chain.forEach((position, index) => {
    const [x, y] = project(position);
    const distance = (x - fx) ** 2 + (y - fy) ** 2;
    if (distance > bestDistance) {
      best = index;
      bestDistance = distance;
    }
  });
  return best;
}

/**
 * Douglas–Peucker on one piece, always read in the same direction (the one whose first vertex
 * sorts first; a piece from a junction back to itself by its second vertex), then returned in the
 * caller's. `keepOne`: keep at least one vertex between the ends (an island stays a polygon).
 */
function simplifyChain(chain: readonly Position[], keepOne: boolean): Position[] {
  const first = chain[0];
  const last = chain[chain.length - 1];
  if (first === undefined || last === undefined || chain.length <= 2) return [...chain];
  let reversed = key(last) < key(first);
  if (key(last) === key(first)) reversed = key(chain[chain.length - 2] ?? last) < key(chain[1] ?? first);
  const ordered = reversed ? [...chain].reverse() : chain;
  const points = ordered.map(project);
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  douglasPeucker(points, 0, points.length - 1, COARSE_TOLERANCE_DEG ** 2, keep, keepOne);
  const kept = ordered.filter((_, index) => keep[index] === 1);
  return reversed ? kept.reverse() : kept;
}

function douglasPeucker(
  points: readonly Point2[],
  first: number,
  last: number,
  toleranceSquared: number,
  keep: Uint8Array,
  force: boolean,
): void {
  // An explicit stack: a coastline has thousands of vertices.
  const stack: [number, number, boolean][] = [[first, last, force]];
  while (stack.length > 0) {
    const [from, to, mustSplit] = stack.pop() ?? [0, 0, false];
    let farthest = -1;
    let farthestDistance = -1;
    for (let index = from + 1; index < to; index += 1) {
      const distance = segmentDistanceSquared(points[index], points[from], points[to]);
      if (distance > farthestDistance) {
        farthest = index;
        farthestDistance = distance;
      }
    }
    if (farthest < 0 || (farthestDistance <= toleranceSquared && !mustSplit)) continue;
    keep[farthest] = 1;
    stack.push([from, farthest, false], [farthest, to, false]);
  }
}

function segmentDistanceSquared(p: Point2 | undefined, a: Point2 | undefined, b: Point2 | undefined): number {
  if (!p || !a || !b) return 0;
  let [x, y] = a;
  let dx = b[0] - x;
  let dy = b[1] - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((p[0] - x) * dx + (p[1] - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = b[0];
      y = b[1];
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = p[0] - x;
  dy = p[1] - y;
  return dx * dx + dy * dy;
}

/** Rounded, repeated vertices dropped, closed; null when fewer than three distinct vertices are left. */
function roundRing(open: readonly Position[]): LonLat[] | null {
  const factor = 10 ** COARSE_DECIMALS;
  const round = (value: number) => Math.round(value * factor) / factor + 0;
  const ring: LonLat[] = [];
  for (const position of open) {
    const next: LonLat = [round(position[0] ?? 0), round(position[1] ?? 0)];
    const last = ring[ring.length - 1];
    if (last === undefined || last[0] !== next[0] || last[1] !== next[1]) ring.push(next);
  }
  while (ring.length > 1 && key(ring[0] ?? []) === key(ring[ring.length - 1] ?? [])) ring.pop();
  if (ring.length < 3) return null;
  return [...ring, ring[0] ?? [0, 0]];
}
