/** Generates the synthetic story, checks it against the data contract, and writes it as GeoJSON. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { eventsCollectionSchema, placesCollectionSchema } from '../../data/schema.ts';
import { generateSyntheticStory } from './synthetic-story.ts';
import { readAnchors, readSourceEvents } from './synthetic-inputs.ts';
import { repoPath } from './repo-path.ts';

export const SYNTHETIC_DEFAULTS = { seed: 20_220_224, eventCount: 10_000, placeCount: 1_000 } as const;

export interface WriteSyntheticOptions {
  outDir: string;
  seed: number;
  eventCount: number;
  placeCount: number;
}

/** Generates, validates against the contract, and writes the synthetic story. */
export async function writeSyntheticStory(options: WriteSyntheticOptions): Promise<void> {
  const story = generateSyntheticStory({
    seed: options.seed,
    eventCount: options.eventCount,
    placeCount: options.placeCount,
    sourceEvents: await readSourceEvents(repoPath('geo/events.geojson')),
    anchors: await readAnchors(repoPath('geo/naturalearth/populated_places.geojson')),
  });
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
  await mkdir(options.outDir, { recursive: true });
  await writeFile(join(options.outDir, 'places.geojson'), `${JSON.stringify(story.places)}\n`);
  await writeFile(join(options.outDir, 'events.geojson'), `${JSON.stringify(story.events)}\n`);
}
