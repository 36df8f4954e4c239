import * as z from 'zod/mini';
import {
  articlesFileSchema,
  chaptersFileSchema,
  eventsCollectionSchema,
  placesCollectionSchema,
} from './schema.ts';
import { indexStory, type StoryIndex } from './story-index.ts';
import { dataUrlsFor, type DataUrls } from './story-assets.ts';
import { filesNotInGeneration, parseManifest, type BuildManifest } from './build-generation.ts';
import storyManifestJson from '../../geo/build-manifest.json';

/** The generation geo:build recorded for the story's files, bundled when the app was built. */
const STORY_MANIFEST = parseManifest(storyManifestJson);

/** Why the story could not be shown: which file, and what was wrong, in words a person can act on. */
export class StoryLoadError extends Error {
  readonly details: readonly string[];
  constructor(message: string, details: readonly string[] = []) {
    super(message);
    this.name = 'StoryLoadError';
    this.details = details;
  }
}

const MAX_LISTED_ISSUES = 8;

const basemapSchema = z.looseObject({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.looseObject({
      type: z.literal('Feature'),
      geometry: z.unknown(),
      properties: z.record(z.string(), z.unknown()),
    }),
  ),
});

/** The embedded basemap: one FeatureCollection of countries and seas (kind, name_ar, name_en). */
export type BasemapCollection = z.infer<typeof basemapSchema>;

/** Names the feature an issue is in (by its id) so "features.12.properties.date" becomes findable. */
function describeIssue(data: unknown, issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String);
  let where = path.join('.') || '(top level)';
  if (path[0] === 'features' && path[1] !== undefined && typeof data === 'object' && data !== null) {
    const features = (data as { features?: unknown }).features;
    const feature = Array.isArray(features)
      ? (features[Number(path[1])] as { id?: unknown } | undefined)
      : undefined;
    if (feature && typeof feature.id === 'string')
      where = `feature "${feature.id}" › ${path.slice(2).join('.')}`;
  }
  return `${where}: ${issue.message}`;
}

function validate<T>(fileName: string, schema: z.ZodMiniType<T>, data: unknown): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issues = result.error.issues;
  const listed = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => describeIssue(data, issue));
  if (issues.length > MAX_LISTED_ISSUES) listed.push(`… and ${issues.length - MAX_LISTED_ISSUES} more`);
  return failWith(`${fileName} does not match the data contract`, listed);
}

function failWith(message: string, details: readonly string[] = []): never {
  throw new StoryLoadError(message, details);
}

async function fetchJson(
  fileName: string,
  url: string,
  fetchImpl: typeof fetch,
  texts?: Record<string, string>,
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch (error) {
    return failWith(`${fileName} could not be loaded`, [`${url}: ${String(error)}`]);
  }
  if (!response.ok) {
    return failWith(`${fileName} could not be loaded`, [
      `${url}: HTTP ${response.status} ${response.statusText}`,
    ]);
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return failWith(`${fileName} could not be loaded`, [`${url}: ${String(error)}`]);
  }
  if (texts !== undefined) texts[fileName] = text;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    return failWith(`${fileName} is not valid JSON`, [`${url}: ${String(error)}`]);
  }
}

/**
 * Fetches, validates and indexes the story's data files. Rejects with a StoryLoadError naming the
 * file and the field that is wrong, so the app can show it instead of a blank page. With a
 * `generation` (the story's own files: geo:build's manifest), places and events must be the files
 * of that build: a mixed set (an interrupted build, a stale cache) is refused, not shown.
 */
export async function loadStory(
  urls: DataUrls,
  fetchImpl: typeof fetch = fetch,
  generation: BuildManifest | undefined = urls.places === dataUrlsFor('story').places
    ? STORY_MANIFEST
    : undefined,
): Promise<StoryIndex> {
  const texts: Record<string, string> = {};
  const [placesJson, eventsJson, articlesJson, chaptersJson] = await Promise.all([
    fetchJson('places.geojson', urls.places, fetchImpl, texts),
    fetchJson('events.geojson', urls.events, fetchImpl, texts),
    fetchJson('articles.json', urls.articles, fetchImpl),
    urls.chapters === undefined ? [] : fetchJson('chapters.json', urls.chapters, fetchImpl),
  ]);
  const foreign = generation === undefined ? [] : filesNotInGeneration(generation, texts);
  if (foreign.length > 0) {
    failWith('The story data files come from different builds', [
      `${foreign.join(' and ')} ${foreign.length === 1 ? 'is' : 'are'} not the file${foreign.length === 1 ? '' : 's'} of build ${generation?.generation ?? ''} that this page was made with`,
      'Reload the page. If it persists, run `npm run geo:build`, then `npm run build`.',
    ]);
  }
  const places = validate('places.geojson', placesCollectionSchema, placesJson);
  const events = validate('events.geojson', eventsCollectionSchema, eventsJson);
  const articles = validate('articles.json', articlesFileSchema, articlesJson);
  const chapters =
    urls.chapters === undefined ? [] : validate('chapters.json', chaptersFileSchema, chaptersJson);
  if (events.features.length === 0)
    failWith('events.geojson has no events', ['the timeline needs at least one']);
  const { story, problems } = indexStory(places, events, articles, chapters);
  if (problems.length > 0) {
    failWith(
      'The story data refers to things that do not exist',
      problems.slice(0, MAX_LISTED_ISSUES).map((p) => `${p.file}: ${p.message}`),
    );
  }
  return story;
}

/** Fetches the embedded basemap; the map shows its own message when this fails, the story does not. */
export async function loadBasemap(url: string, fetchImpl: typeof fetch = fetch): Promise<BasemapCollection> {
  const json = await fetchJson('basemap.geojson', url, fetchImpl);
  return validate('basemap.geojson', basemapSchema, json);
}
