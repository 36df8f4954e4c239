import {
  articleSchema,
  chapterSchema,
  chronologyEntrySchema,
  gazetteerEntrySchema,
  NATURAL_EARTH_LAYERS,
} from '../../data/schema.ts';
import { buildError, describeEntry, type BuildError } from './build-error.ts';
import { describeIssue, formatPath } from './format-issue.ts';
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
  const problems: BuildError[] = [];
  const label = raw.geoDirLabel;
  const articles = parseEntries(
    raw.curated['articles.json'],
    displayPath(label, 'articles.json'),
    articleSchema,
    problems,
  );
  const gazetteer = parseEntries(
    raw.curated['gazetteer.json'],
    displayPath(label, 'gazetteer.json'),
    gazetteerEntrySchema,
    problems,
  );
  const chronology = parseEntries(
    raw.curated['chronology.json'],
    displayPath(label, 'chronology.json'),
    chronologyEntrySchema,
    problems,
  );
  const chapters = parseEntries(
    raw.curated['chapters.json'],
    displayPath(label, 'chapters.json'),
    chapterSchema,
    problems,
  );

  const layers = {} as Record<NaturalEarthLayer, NaturalEarthFeature[]>;
  for (const layer of NATURAL_EARTH_LAYERS) {
    layers[layer] = parseLayer(
      raw.naturalEarth[layer],
      displayPath(label, `naturalearth/${layer}.geojson`),
      problems,
    );
  }
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
    },
    problems,
  };
}

function parseEntries<T>(
  text: string | undefined,
  file: string,
  schema: EntrySchema<T>,
  problems: BuildError[],
): { valid: T[]; ids: Set<string> | undefined } {
  const ids = new Set<string>();
  const result: { valid: T[]; ids: Set<string> | undefined } = { valid: [], ids: undefined };
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
    const checked = schema.safeParse(entry);
    if (checked.success) {
      result.valid.push(checked.data);
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

function parseLayer(text: string | undefined, file: string, problems: BuildError[]): NaturalEarthFeature[] {
  if (text === undefined) {
    problems.push(buildError(file, 'file not found'));
    return [];
  }
  const parsed = parseJson(file, text);
  if (!parsed.ok) {
    problems.push(parsed.error);
    return [];
  }
  const collection = parsed.value as { type?: unknown; features?: unknown };
  if (collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    problems.push(buildError(file, 'must be a GeoJSON FeatureCollection'));
    return [];
  }
  return (collection.features as { properties?: unknown; geometry?: unknown }[]).map((feature) => ({
    properties: (typeof feature.properties === 'object' && feature.properties !== null
      ? feature.properties
      : {}) as Record<string, unknown>,
    geometry: (feature.geometry ?? null) as NaturalEarthFeature['geometry'],
  }));
}
