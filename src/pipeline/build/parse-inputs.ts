import {
  articleSchema,
  chapterSchema,
  chronologyEntrySchema,
  gazetteerEntrySchema,
  NATURAL_EARTH_LAYERS,
  type GazetteerEntry,
} from '../../data/schema.ts';
import { buildError, describeEntry, type BuildError } from './build-error.ts';
import { describeIssue, formatPath, showValue } from './format-issue.ts';
import {
  displayPath,
  type NaturalEarthFeature,
  type NaturalEarthLayer,
  type ParsedInputs,
  type RawInputs,
} from './inputs.ts';
import { parseJson } from './parse-json.ts';

interface EntrySchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: unknown[] } };
}

/**
 * Stage 1: parse the JSON files and check every entry against the data contract. All problems are
 * collected; entries that fail are left out so the later stages can still report theirs.
 * @example parseInputs(raw) // { inputs: { articles: [...], gazetteer: [...], ... }, problems: [] }
 */
export function parseInputs(raw: RawInputs): { inputs: ParsedInputs; problems: BuildError[] } {
  const problems: BuildError[] = [...(raw.readProblems ?? [])];
  const label = raw.geoDirLabel;
  const refusedFiles = raw.refusedFiles ?? new Set<string>();
  const source = (file: string) => ({
    text: refusedFiles.has(file) ? null : (raw.curated[file as keyof RawInputs['curated']] ?? undefined),
    shown: displayPath(label, file),
  });
  const articles = parseEntries(source('articles.json'), articleSchema, problems);
  const gazetteerFile = source('gazetteer.json');
  const gazetteer = parseEntries(gazetteerFile, gazetteerEntrySchema, problems, (entry, index) =>
    rawMatchProblems(entry, index, gazetteerFile.shown),
  );
  const chronology = parseEntries(source('chronology.json'), chronologyEntrySchema, problems);
  const chapters = parseEntries(source('chapters.json'), chapterSchema, problems);

  const layers = {} as Record<NaturalEarthLayer, NaturalEarthFeature[]>;
  const usableLayers = new Set<NaturalEarthLayer>();
  for (const layer of NATURAL_EARTH_LAYERS) {
    const file = `naturalearth/${layer}.geojson`;
    const features = parseLayer(
      refusedFiles.has(file) ? null : raw.naturalEarth[layer],
      displayPath(label, file),
      problems,
    );
    layers[layer] = features ?? [];
    if (features !== undefined) usableLayers.add(layer);
  }
  problems.push(...unknownMatchKeys(gazetteer.valid, layers, usableLayers, gazetteerFile.shown, label));
  return {
    inputs: {
      geoDirLabel: label,
      articles: articles.valid,
      gazetteer: gazetteer.valid,
      chronology: chronology.valid,
      chapters: chapters.valid,
      knownIds: {
        articles: articles.ids,
        places: gazetteer.ids,
        events: chronology.ids,
        chapters: chapters.ids,
      },
      layers,
      articleFiles: raw.articleFiles,
      refusedFiles,
      unusableLayers: new Set(NATURAL_EARTH_LAYERS.filter((layer) => !usableLayers.has(layer))),
    },
    problems,
  };
}

/**
 * `text` is `undefined` for a missing file and `null` for one refused while reading (already
 * reported). `rawCheck` sees each entry as JSON.parse made it, before the schema: zod rebuilds
 * records by assignment, which silently drops a `"__proto__"` key.
 */
function parseEntries<T>(
  source: { text: string | null | undefined; shown: string },
  schema: EntrySchema<T>,
  problems: BuildError[],
  rawCheck: (entry: unknown, index: number) => BuildError[] = () => [],
): { valid: T[]; ids: Set<string> | undefined } {
  const { text, shown: file } = source;
  const ids = new Set<string>();
  const result: { valid: T[]; ids: Set<string> | undefined } = { valid: [], ids: undefined };
  if (text === null) return result;
  if (text === undefined) {
    problems.push(buildError(file, 'file not found'));
    return result;
  }
  const parsed = parseJson(file, text);
  if (!parsed.ok) {
    problems.push(parsed.error);
    return result;
  }
  if (!Array.isArray(parsed.value)) {
    problems.push(buildError(file, 'must be a JSON array of entries'));
    return result;
  }
  result.ids = ids;
  parsed.value.forEach((entry: unknown, index) => {
    const id = typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : undefined;
    if (typeof id === 'string') ids.add(id);
    const rawProblems = rawCheck(entry, index);
    problems.push(...rawProblems);
    const checked = schema.safeParse(entry);
    if (checked.success) {
      if (rawProblems.length === 0) result.valid.push(checked.data);
      return;
    }
    for (const issue of checked.error.issues as Parameters<typeof describeIssue>[0][]) {
      problems.push(
        buildError(file, describeIssue(issue, entry), {
          entry: describeEntry(entry, index),
          field: formatPath(issue.path),
        }),
      );
    }
  });
  return result;
}

const GEOMETRY_DEPTHS: Readonly<Record<string, number>> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
};
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * A Natural Earth layer, its shape checked before use: a FeatureCollection of Feature objects
 * whose properties are an object (or null) and whose geometry is null or a GeoJSON geometry with
 * finite numbers at the right depth (strings are not coerced). `undefined` when the file as a whole
 * is unusable; features with problems are reported and left out.
 */
function parseLayer(
  text: string | null | undefined,
  file: string,
  problems: BuildError[],
): NaturalEarthFeature[] | undefined {
  if (text === null) return undefined;
  if (text === undefined) {
    problems.push(buildError(file, 'file not found'));
    return undefined;
  }
  const parsed = parseJson(file, text);
  if (!parsed.ok) {
    problems.push(parsed.error);
    return undefined;
  }
  const collection = parsed.value;
  if (
    !isPlainObject(collection) ||
    collection['type'] !== 'FeatureCollection' ||
    !Array.isArray(collection['features'])
  ) {
    problems.push(buildError(file, `must be a GeoJSON FeatureCollection (got ${describeJson(collection)})`));
    return undefined;
  }
  const features: NaturalEarthFeature[] = [];
  (collection['features'] as unknown[]).forEach((feature, index) => {
    if (!isPlainObject(feature)) {
      problems.push(
        buildError(file, `must be a GeoJSON Feature object (got ${describeJson(feature)})`, {
          entry: `feature #${index}`,
        }),
      );
      return;
    }
    const properties = feature['properties'] ?? {};
    const entry = `feature #${index}${featureName(properties)}`;
    if (!isPlainObject(properties)) {
      problems.push(
        buildError(file, `must be an object or null (got ${describeJson(properties)})`, {
          entry,
          field: 'properties',
        }),
      );
      return;
    }
    const geometry = feature['geometry'] ?? null;
    const problem = geometry === null ? undefined : geometryProblem(geometry);
    if (problem !== undefined) {
      problems.push(buildError(file, problem.message, { entry, field: `geometry${problem.field}` }));
      return;
    }
    features.push({ properties, geometry: geometry as NaturalEarthFeature['geometry'] });
  });
  return features;
}

function geometryProblem(geometry: unknown): { field: string; message: string } | undefined {
  if (!isPlainObject(geometry)) {
    return {
      field: '',
      message: `must be a GeoJSON geometry object or null (got ${describeJson(geometry)})`,
    };
  }
  const type = geometry['type'];
  const depth = typeof type === 'string' ? GEOMETRY_DEPTHS[type] : undefined;
  if (depth === undefined) {
    return {
      field: '.type',
      message: `must be one of ${Object.keys(GEOMETRY_DEPTHS).join(', ')} (got ${showValue(type)})`,
    };
  }
  return coordinatesProblem(geometry['coordinates'], depth, '.coordinates');
}

/** The first thing wrong in nested coordinates: arrays down to positions of ≥ 2 finite numbers. */
function coordinatesProblem(
  value: unknown,
  depth: number,
  path: string,
): { field: string; message: string } | undefined {
  if (!Array.isArray(value)) {
    return { field: path, message: `must be an array (got ${showValue(value)})` };
  }
  if (depth === 0) {
    if (value.length < 2) {
      return { field: path, message: `a position needs at least 2 numbers (got ${showValue(value)})` };
    }
    for (const [index, number] of value.entries()) {
      if (typeof number !== 'number') {
        return { field: `${path}[${index}]`, message: `must be a number (got ${showValue(number)})` };
      }
      if (!Number.isFinite(number)) {
        return { field: `${path}[${index}]`, message: `must be a finite number (got ${showValue(number)})` };
      }
    }
    return undefined;
  }
  for (const [index, item] of value.entries()) {
    const problem = coordinatesProblem(item, depth - 1, `${path}[${index}]`);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

/** A match must select by at least one property, and never by a reserved JavaScript name. */
function rawMatchProblems(entry: unknown, index: number, file: string): BuildError[] {
  if (!isPlainObject(entry) || !isPlainObject(entry['geometry'])) return [];
  const match = entry['geometry']['match'];
  if (entry['geometry']['source'] !== 'naturalEarth' || !isPlainObject(match)) return [];
  const where = (field: string) => ({ entry: describeEntry(entry, index), field });
  const keys = Object.keys(match);
  if (keys.length === 0) {
    return [
      buildError(
        file,
        'needs at least one property to match (an empty match selects every feature of the layer)',
        where('geometry.match'),
      ),
    ];
  }
  return keys
    .filter((key) => RESERVED_KEYS.has(key))
    .map((key) =>
      buildError(
        file,
        `"${key}" is a reserved JavaScript name, not a Natural Earth property`,
        where(`geometry.match.${key}`),
      ),
    );
}

/** Every match key must be a property some feature of the layer has; a typo otherwise fails late and vaguely. */
function unknownMatchKeys(
  gazetteer: readonly GazetteerEntry[],
  layers: Readonly<Record<NaturalEarthLayer, readonly NaturalEarthFeature[]>>,
  usableLayers: ReadonlySet<NaturalEarthLayer>,
  file: string,
  label: string,
): BuildError[] {
  const known = new Map<NaturalEarthLayer, Set<string>>();
  const problems: BuildError[] = [];
  for (const entry of gazetteer) {
    const geometry = entry.geometry;
    if (geometry.source !== 'naturalEarth' || !usableLayers.has(geometry.layer)) continue;
    let keys = known.get(geometry.layer);
    if (keys === undefined) {
      keys = new Set(layers[geometry.layer].flatMap((feature) => Object.keys(feature.properties)));
      known.set(geometry.layer, keys);
    }
    for (const key of Object.keys(geometry.match)) {
      if (keys.has(key)) continue;
      problems.push(
        buildError(
          file,
          `no feature of ${displayPath(label, `naturalearth/${geometry.layer}.geojson`)} has the property "${key}"`,
          { entry: `entry "${entry.id}"`, field: `geometry.match.${key}` },
        ),
      );
    }
  }
  return problems;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** @example describeJson(null) // 'null' */
function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object of another shape';
  return showValue(value);
}

function featureName(properties: unknown): string {
  if (!isPlainObject(properties)) return '';
  const name = properties['name_en'] ?? properties['name'];
  return typeof name === 'string' && name !== '' ? ` (${showValue(name)})` : '';
}
