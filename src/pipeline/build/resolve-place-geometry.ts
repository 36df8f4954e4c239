import type { Point } from 'geojson';
import type { GazetteerEntry, LonLat } from '../../data/schema.ts';
import { buildError, type BuildError } from './build-error.ts';
import {
  fillSliverHoles,
  SLIVER_HOLE_MAX_M2,
  geometryProblems,
  roundGeometry,
  roundPosition,
  subtractArea,
  surfaceLabel,
  unionAll,
  type PlaceGeometry,
  type Polygonal,
  type RoundedGeometry,
} from './geometry-tools.ts';
import { displayPath, type NaturalEarthFeature, type NaturalEarthLayer } from './inputs.ts';

/** The data contract (docs/ARCHITECTURE.md): place coordinates carry at most 6 decimals (~0.1 m). */
export const PLACE_DECIMALS = 6;

export interface ResolvedPlace {
  geometry: RoundedGeometry;
  label: LonLat;
}

const POINT_KINDS = new Set<GazetteerEntry['kind']>(['city', 'site']);
const AREA_KINDS = new Set<GazetteerEntry['kind']>(['region', 'country', 'sea']);

/**
 * Stage 3: the geometry of every gazetteer entry. Natural Earth features are matched by property
 * values (several matches are unioned), then other places' areas are added or cut out, in
 * dependency order; unknown ids and cycles are errors. Coordinates are rounded to 6 decimals and
 * every place gets a label point: its own label, else the point itself, else a point on its surface.
 * @example resolvePlaceGeometry(gazetteer, layers, 'geo')
 * // { places: Map { 'kyiv' => { geometry: { type: 'Point', … }, label: [30.5167, 50.4333] } }, problems: [] }
 */
export function resolvePlaceGeometry(
  gazetteer: readonly GazetteerEntry[],
  layers: Readonly<Record<NaturalEarthLayer, readonly NaturalEarthFeature[]>>,
  geoDirLabel: string,
  /** Layers whose file is unusable: their problem is reported once, not as "no feature matches". */
  unusableLayers: ReadonlySet<NaturalEarthLayer> = new Set(),
): { places: Map<string, ResolvedPlace>; problems: BuildError[] } {
  const file = displayPath(geoDirLabel, 'gazetteer.json');
  const entries = new Map(gazetteer.map((entry) => [entry.id, entry]));
  const raw = new Map<string, PlaceGeometry | null>();
  const problems: BuildError[] = [];
  const fail = (entry: GazetteerEntry, field: string, message: string): null => {
    problems.push(buildError(file, message, { entry: `entry "${entry.id}"`, field }));
    return null;
  };

  const resolve = (entry: GazetteerEntry, chain: readonly string[]): PlaceGeometry | null => {
    if (raw.has(entry.id)) return raw.get(entry.id) ?? null;
    const geometry = resolveOne(entry, chain);
    raw.set(entry.id, geometry);
    return geometry;
  };

  const resolveOne = (entry: GazetteerEntry, chain: readonly string[]): PlaceGeometry | null => {
    const source = entry.geometry;
    if (source.source === 'manual') {
      if (AREA_KINDS.has(entry.kind)) {
        return fail(
          entry,
          'geometry.source',
          `a ${entry.kind} needs an area: use a naturalEarth layer, not a manual point`,
        );
      }
      return { type: 'Point', coordinates: [...source.coordinates] };
    }
    if (unusableLayers.has(source.layer)) return null;
    const matched = matchFeatures(layers[source.layer], source.match);
    const layerFile = displayPath(geoDirLabel, `naturalearth/${source.layer}.geojson`);
    if (matched.length === 0) {
      return fail(
        entry,
        'geometry.match',
        `no feature of ${layerFile} matches ${JSON.stringify(source.match)}`,
      );
    }
    const types = [...new Set(matched.map((feature) => feature.geometry?.type ?? 'null'))];
    const points = matched.map((feature) => feature.geometry).filter((g): g is Point => g?.type === 'Point');
    const areas = matched
      .map((feature) => feature.geometry)
      .filter((g): g is Polygonal => g?.type === 'Polygon' || g?.type === 'MultiPolygon');
    const wantsPoint = POINT_KINDS.has(entry.kind);
    const wantsArea = AREA_KINDS.has(entry.kind);

    if (points.length === matched.length && !wantsArea) {
      if (points.length > 1) {
        return fail(
          entry,
          'geometry.match',
          `matches ${points.length} points in ${layerFile}; a place needs exactly one`,
        );
      }
      if (source.add !== undefined || source.subtract !== undefined) {
        return fail(entry, 'geometry', 'add/subtract only apply to areas, this place is a point');
      }
      return points[0] ?? null;
    }
    if (areas.length !== matched.length || wantsPoint) {
      return fail(
        entry,
        'geometry.match',
        `a ${entry.kind} needs ${wantsPoint ? 'a Point' : 'Polygon/MultiPolygon geometry'}, but the match in ${layerFile} gives ${types.join(', ')}`,
      );
    }

    // Every dependency is looked at, so one run reports all the bad ids of an entry.
    const dependencies = (field: 'add' | 'subtract'): Polygonal[] | null => {
      const result: Polygonal[] = [];
      let usable = true;
      for (const [index, id] of (source[field] ?? []).entries()) {
        const problem = dependencyProblem(id, chain);
        if (problem !== undefined) {
          fail(entry, `geometry.${field}[${index}]`, problem);
          usable = false;
          continue;
        }
        const geometry = resolve(entries.get(id) as GazetteerEntry, [...chain, entry.id]);
        // A null dependency has reported its own error; repeating it here would only add noise.
        if (geometry === null) usable = false;
        else if (geometry.type === 'Point') {
          fail(entry, `geometry.${field}[${index}]`, `place "${id}" is a point, not an area`);
          usable = false;
        } else result.push(geometry);
      }
      return usable ? result : null;
    };
    const dependencyProblem = (id: string, chain: readonly string[]): string | undefined => {
      if (!entries.has(id)) return `unknown place id "${id}"`;
      if (chain.includes(id) || id === entry.id) {
        return `geometry depends on itself: ${[...chain, entry.id, id].join(' → ')}`;
      }
      return undefined;
    };
    const added = dependencies('add');
    const subtracted = dependencies('subtract');
    if (added === null || subtracted === null) return null;

    let geometry = unionAll([...areas, ...added]);
    // Adding an area from another layer leaves sliver holes along the seam; fill them.
    if (geometry !== null && added.length > 0) geometry = fillSliverHoles(geometry, SLIVER_HOLE_MAX_M2);
    const cut = unionAll(subtracted);
    if (geometry !== null && cut !== null) geometry = subtractArea(geometry, cut).kept;
    if (geometry === null)
      return fail(entry, 'geometry', 'nothing is left after adding and subtracting areas');
    return geometry;
  };

  const places = new Map<string, ResolvedPlace>();
  for (const entry of gazetteer) {
    const geometry = resolve(entry, []);
    if (geometry === null) continue;
    const rounded = roundGeometry(geometry, PLACE_DECIMALS);
    if (rounded === null) {
      fail(entry, 'geometry', 'the area collapses to nothing when rounded to 6 decimals');
      continue;
    }
    const structural = geometryProblems(rounded);
    if (structural.length > 0) {
      for (const problem of structural) fail(entry, 'geometry', `resolved geometry is invalid: ${problem}`);
      continue;
    }
    places.set(entry.id, { geometry: rounded, label: labelPoint(entry, rounded) });
  }
  return { places, problems };
}

/**
 * Natural Earth features whose properties match every key; a list of values means any of them.
 * Values are compared as strings so a match on `ne_id` or `geonameid` need not care about types.
 * @example matchFeatures(countries, { iso_a2: ['UA'] }) // [the Ukraine feature]
 */
export function matchFeatures(
  features: readonly NaturalEarthFeature[],
  match: Readonly<Record<string, string | readonly string[]>>,
): NaturalEarthFeature[] {
  const wanted = Object.entries(match).map(
    ([key, value]) => [key, typeof value === 'string' ? [value] : value] as const,
  );
  return features.filter((feature) =>
    wanted.every(([key, values]) => {
      const actual = feature.properties[key];
      return actual !== undefined && actual !== null && values.includes(String(actual));
    }),
  );
}

function labelPoint(entry: GazetteerEntry, geometry: RoundedGeometry): LonLat {
  if (entry.label !== undefined) return roundPosition(entry.label, PLACE_DECIMALS);
  if (geometry.type === 'Point') return roundPosition(geometry.coordinates, PLACE_DECIMALS);
  return roundPosition(surfaceLabel(geometry), PLACE_DECIMALS);
}
