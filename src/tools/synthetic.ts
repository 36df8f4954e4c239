/**
 * `npm run synthetic -- [--out DIR] [--seed N] [--events N] [--places N]`
 * Writes DIR/places.geojson and DIR/events.geojson: a seeded synthetic story (default 10,000 events,
 * 1,000 places) that the app loads with `?dataset=synthetic-10k` when DIR is dist/synthetic-10k.
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { repoPath } from './bench/repo-path.ts';
import { positiveIntFlag } from './cli-args.ts';
import {
  SYNTHETIC_DEFAULTS,
  writeSyntheticStory,
  type WriteSyntheticOptions,
} from './bench/write-synthetic.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      seed: { type: 'string' },
      events: { type: 'string' },
      places: { type: 'string' },
    },
  });
  const outDir = values.out ?? repoPath('dist/synthetic-10k');
  const options: WriteSyntheticOptions = {
    outDir,
    seed: positiveIntFlag('seed', values.seed, SYNTHETIC_DEFAULTS.seed),
    eventCount: positiveIntFlag('events', values.events, SYNTHETIC_DEFAULTS.eventCount),
    placeCount: positiveIntFlag('places', values.places, SYNTHETIC_DEFAULTS.placeCount),
  };
  await writeSyntheticStory(options);
  console.log(
    `synthetic: ${options.eventCount} events, ${options.placeCount} places (seed ${options.seed}) → ${relative(process.cwd(), outDir).startsWith('..') ? outDir : relative(process.cwd(), outDir)}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
