/**
 * The shape the page relies on to draw the first view, checked without the validator: the story's
 * index has its generation, lists of articles, chapters, places and events, each event and place
 * with the fields the timeline, the map and the cards read, and ascending details chunks; a basemap
 * is a FeatureCollection of features with properties. A file that fails is named with the path of
 * what is wrong. The whole contract (dates, kinds, slugs…) is checked right after the first view
 * (src/data/validate-story.ts).
 */
import { failWith, MAX_LISTED_ISSUES } from './fetch-json.ts';
import type { StoryIndexFile } from './schema.ts';
import { STORY_INDEX_FILE } from './story-split.ts';

type Check = (value: unknown) => boolean;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString: Check = (value) => typeof value === 'string';
const isNumber: Check = (value) => typeof value === 'number' && Number.isFinite(value);
const isBilingual: Check = (value) => isObject(value) && isString(value['ar']) && isString(value['en']);
const isStringList: Check = (value) => Array.isArray(value) && value.every(isString);
const isLonLat: Check = (value) => Array.isArray(value) && value.length === 2 && value.every(isNumber);

/** Field → check, for what the first view reads of each item. */
const EVENT_PROPERTIES: Record<string, Check> = {
  id: isString,
  title: isBilingual,
  date: (d) => isObject(d) && isString(d['start']) && isString(d['end']) && isBilingual(d['label']),
  kind: isString,
  actors: isStringList,
  places: isStringList,
  sources: (s) => isStringList(s) && (s as unknown[]).length > 0,
  reading: (r) => isObject(r) && isNumber(r['ar']) && isNumber(r['en']),
};
const PLACE_PROPERTIES: Record<string, Check> = {
  id: isString,
  name: isBilingual,
  kind: isString,
  aliases: isStringList,
  label: isLonLat,
  events: isStringList,
};

function featureProblems(collection: unknown, path: string, fields: Record<string, Check>): string[] {
  if (!isObject(collection) || !Array.isArray(collection['features']))
    return [`${path}.features: must be a list`];
  return collection['features'].flatMap((feature: unknown, i) => {
    const where = `${path} › feature ${isObject(feature) && isString(feature['id']) ? `"${String(feature['id'])}"` : i}`;
    if (!isObject(feature) || !isObject(feature['properties']))
      return [`${where}: must be a Feature with properties`];
    const properties = feature['properties'];
    return Object.entries(fields).flatMap(([field, check]) =>
      check(properties[field]) ? [] : [`${where} › properties.${field}: missing or of the wrong type`],
    );
  });
}

/**
 * The index as the page reads it, or a StoryLoadError naming what is wrong.
 * @example checkStoryIndexShape(JSON.parse(text)).events.features.length
 */
export function checkStoryIndexShape(json: unknown): StoryIndexFile {
  if (!isObject(json))
    return failWith(`${STORY_INDEX_FILE} does not match the data contract`, [
      '(top level): must be an object',
    ]);
  const chunks = json['detailChunks'];
  const problems = [
    ...(isString(json['generation']) ? [] : ['generation: must be a string']),
    ...(Array.isArray(json['articles']) ? [] : ['articles: must be a list']),
    ...(Array.isArray(json['chapters']) ? [] : ['chapters: must be a list']),
    ...featureProblems(json['places'], 'places', PLACE_PROPERTIES),
    ...featureProblems(json['events'], 'events', EVENT_PROPERTIES),
    ...(Array.isArray(chunks) &&
    chunks[0] === 0 &&
    chunks.every((first, k) => Number.isInteger(first) && (k === 0 || first > chunks[k - 1]))
      ? []
      : ['detailChunks: must start at 0 and ascend']),
  ];
  if (problems.length > 0) {
    const listed = problems.slice(0, MAX_LISTED_ISSUES);
    if (problems.length > MAX_LISTED_ISSUES) listed.push(`… and ${problems.length - MAX_LISTED_ISSUES} more`);
    failWith(`${STORY_INDEX_FILE} does not match the data contract`, listed);
  }
  const file = json as unknown as StoryIndexFile;
  if (file.events.features.length === 0)
    failWith(`${STORY_INDEX_FILE} has no events`, ['the timeline needs at least one']);
  return file;
}

/** The embedded basemap: one FeatureCollection of countries and seas (kind, name_ar, name_en…). */
export interface BasemapCollection {
  type: 'FeatureCollection';
  features: { type: 'Feature'; geometry: unknown; properties: Record<string, unknown> }[];
}

/** A basemap level as the map reads it, or a StoryLoadError naming the file. */
export function checkBasemapShape(fileName: string, json: unknown): BasemapCollection {
  const features = isObject(json) && json['type'] === 'FeatureCollection' ? json['features'] : undefined;
  const bad = Array.isArray(features)
    ? features.findIndex(
        (f: unknown) => !isObject(f) || f['type'] !== 'Feature' || !isObject(f['properties']),
      )
    : 0;
  if (bad >= 0)
    failWith(`${fileName} does not match the data contract`, [
      Array.isArray(features)
        ? `features.${bad}: must be a Feature with properties`
        : 'must be a FeatureCollection',
    ]);
  return json as BasemapCollection;
}
