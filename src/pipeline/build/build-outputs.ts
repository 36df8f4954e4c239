import { kinks } from '@turf/turf';
import { eventsCollectionSchema, placesCollectionSchema } from '../../data/schema.ts';
import { assembleEvents, assemblePlaces } from './assemble-features.ts';
import { basemapPlaceIds, buildBasemap } from './build-basemap.ts';
import { coarseBasemap } from './coarse-basemap.ts';
import { buildError, buildWarning, hasErrors, type BuildError } from './build-error.ts';
import { countPlaceMentions, storyPlaceIndex } from './count-place-mentions.ts';
import { describeIssue, formatPath } from './format-issue.ts';
import { displayPath, type OutputFile, type RawInputs } from './inputs.ts';
import { parseInputs } from './parse-inputs.ts';
import { resolvePlaceGeometry, type ResolvedPlace } from './resolve-place-geometry.ts';
import { serialiseFeatureCollection } from './serialise.ts';
import { validateReferences } from './validate-references.ts';
import { validateStoryRules } from './validate-story-rules.ts';

export interface BuildCounts {
  places: number;
  events: number;
  excerpts: number;
}

export type BuildResult =
  | { ok: true; outputs: Record<OutputFile, string>; counts: BuildCounts; problems: BuildError[] }
  | { ok: false; problems: BuildError[] };

/**
 * The whole build as one pure function: inputs as text in, the output files as text out,
 * or every problem found. Nothing is written here, so a failed build can never leave half its
 * outputs behind.
 * @example buildOutputs(raw) // { ok: true, outputs: { 'places.geojson': '{"type":…', … }, counts: { places: 40, events: 25, excerpts: 31 }, problems: [] }
 */
export function buildOutputs(raw: RawInputs): BuildResult {
  const { inputs, problems } = parseInputs(raw);
  problems.push(...validateReferences(inputs));
  // One index per run: building it (Natural Earth included) costs far more than matching.
  const placeIndex = storyPlaceIndex(inputs.gazetteer, inputs.layers);
  problems.push(...validateStoryRules(inputs, placeIndex));
  const resolved = resolvePlaceGeometry(
    inputs.gazetteer,
    inputs.layers,
    inputs.geoDirLabel,
    inputs.unusableLayers,
  );
  problems.push(...resolved.problems, ...selfIntersectionWarnings(resolved.places, inputs.geoDirLabel));
  const basemap = buildBasemap(inputs.layers, inputs.geoDirLabel);
  const basemapPlaces = basemapPlaceIds(
    inputs.gazetteer,
    inputs.layers,
    basemap.features,
    inputs.geoDirLabel,
  );
  problems.push(...basemap.problems, ...basemapPlaces.problems);
  if (hasErrors(problems)) return { ok: false, problems };

  const articleTexts = inputs.articles.flatMap((article) => inputs.articleFiles.get(article.file) ?? []);
  const mentionCounts = countPlaceMentions(articleTexts, placeIndex);
  const places = placesCollectionSchema.safeParse({
    type: 'FeatureCollection',
    features: assemblePlaces(inputs.gazetteer, resolved.places, inputs.chronology, mentionCounts),
  });
  const events = eventsCollectionSchema.safeParse({
    type: 'FeatureCollection',
    features: assembleEvents(inputs.chronology, resolved.places),
  });
  for (const [file, result] of [
    ['places.geojson', places],
    ['events.geojson', events],
  ] as const) {
    if (result.success) continue;
    for (const issue of result.error.issues) {
      problems.push(
        buildError(
          displayPath(inputs.geoDirLabel, file),
          `generated output breaks the data contract: ${describeIssue(issue, undefined)}`,
          {
            field: formatPath(issue.path),
          },
        ),
      );
    }
  }
  if (!places.success || !events.success) return { ok: false, problems };

  return {
    ok: true,
    outputs: {
      'places.geojson': serialiseFeatureCollection(places.data.features),
      'events.geojson': serialiseFeatureCollection(events.data.features),
      'basemap.geojson': serialiseFeatureCollection(basemap.features),
      'basemap-coarse.geojson': serialiseFeatureCollection(
        coarseBasemap(basemap.features, basemapPlaces.placeByIso),
      ),
    },
    counts: {
      places: places.data.features.length,
      events: events.data.features.length,
      excerpts: events.data.features.reduce((sum, feature) => sum + feature.properties.excerpts.length, 0),
    },
    problems,
  };
}

/** Self-intersections do not stop the build (Natural Earth itself has a few) but are worth a look. */
function selfIntersectionWarnings(
  places: ReadonlyMap<string, ResolvedPlace>,
  geoDirLabel: string,
): BuildError[] {
  const warnings: BuildError[] = [];
  for (const [id, place] of places) {
    if (place.geometry.type === 'Point') continue;
    const crossings = kinks(place.geometry).features.length;
    if (crossings > 0) {
      warnings.push(
        buildWarning(
          displayPath(geoDirLabel, 'gazetteer.json'),
          `resolved polygon crosses itself at ${crossings} point(s)`,
          {
            entry: `entry "${id}"`,
            field: 'geometry',
          },
        ),
      );
    }
  }
  return warnings;
}
