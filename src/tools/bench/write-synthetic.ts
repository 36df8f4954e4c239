/** Generates the synthetic story, checks it against the data contract, and writes it as GeoJSON. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  articlesFileSchema,
  eventsCollectionSchema,
  placesCollectionSchema,
  type Article,
} from '../../data/schema.ts';
import { splitFiles, splitStory } from '../../data/story-split.ts';
import {
  generateSyntheticStory,
  type SyntheticStory,
  type SyntheticStoryOptions,
} from './synthetic-story.ts';
import { readAnchors, readSourceEvents } from './synthetic-inputs.ts';
import { repoPath } from './repo-path.ts';

/** The 10,000-event story the benchmark has always measured (its figures are the comparison). */
export const SYNTHETIC_DEFAULTS = { seed: 20_220_224, eventCount: 10_000, placeCount: 1_000 } as const;

/**
 * The 100,000-event newsroom corpus (issue 14): twelve years of events bunched in news bursts, one
 * to four real excerpts each, 5,000 places (one in ten an area) on which events fall unevenly.
 */
export const SYNTHETIC_100K = {
  seed: 20_220_224,
  eventCount: 100_000,
  placeCount: 5_000,
  firstDate: '2014-01-01',
  spanDays: 4_383,
  dateBursts: 400,
  burstShare: 0.7,
  excerptsPerEvent: [1, 4],
  placeSkew: 2,
  polygonShare: 0.1,
} as const satisfies Partial<SyntheticStoryOptions>;

/** The synthetic datasets the bench writes, by the directory (and `?dataset=`) name. */
export const SYNTHETIC_DATASETS = {
  'synthetic-10k': SYNTHETIC_DEFAULTS,
  'synthetic-100k': SYNTHETIC_100K,
} as const;

export type SyntheticGeneratorOptions = Omit<SyntheticStoryOptions, 'sourceEvents' | 'anchors'>;

export interface WriteSyntheticOptions extends SyntheticGeneratorOptions {
  outDir: string;
}

/** Generates the story from the real inputs (geo/events.geojson's excerpts, Natural Earth anchors). */
export async function generateFromRealInputs(options: SyntheticGeneratorOptions): Promise<SyntheticStory> {
  return generateSyntheticStory({
    ...options,
    sourceEvents: await readSourceEvents(repoPath('geo/events.geojson')),
    anchors: await readAnchors(repoPath('geo/naturalearth/populated_places.geojson')),
  });
}

/** Checks the story against the contract; throws naming the collection and the field. */
export function validateSyntheticStory(story: SyntheticStory): void {
  for (const [name, schema, value] of [
    ['places', placesCollectionSchema, story.places],
    ['events', eventsCollectionSchema, story.events],
  ] as const) {
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(
        `synthetic ${name}: invalid at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`,
      );
    }
  }
}

/**
 * The files the app loads, by name, as their text: the same split as the site's own story (an
 * index.json, then details-<k>.json chunks), made by the shared splitStory. No chapters: the tour
 * runs through the events without chapter cards.
 */
export function syntheticStoryFiles(
  story: SyntheticStory,
  articles: readonly Article[],
  generation: string,
): Map<string, string> {
  return splitFiles(
    splitStory({ generation, articles, chapters: [], places: story.places, events: story.events.features }),
  );
}

/** The real articles the synthetic excerpts cite (geo/articles.json). */
async function readArticlesFile(): Promise<Article[]> {
  const path = repoPath('geo/articles.json');
  const parsed = articlesFileSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: not a valid articles file`);
  return parsed.data;
}

/** Generates, validates against the contract, and writes the synthetic story. */
export async function writeSyntheticStory({ outDir, ...options }: WriteSyntheticOptions): Promise<void> {
  const story = await generateFromRealInputs(options);
  validateSyntheticStory(story);
  const generation = `synthetic-${options.seed}-${options.eventCount}-${options.placeCount}`;
  const files = syntheticStoryFiles(story, await readArticlesFile(), generation);
  await mkdir(outDir, { recursive: true });
  for (const [name, text] of files) await writeFile(join(outDir, name), text);
}
