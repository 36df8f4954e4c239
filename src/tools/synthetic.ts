/**
 * `npm run synthetic -- [--dataset synthetic-10k|synthetic-100k] [--out DIR] [--seed N] [--events N] [--places N]`
 * Writes DIR/places.geojson and DIR/events.geojson: a seeded synthetic story that the app loads
 * with `?dataset=NAME` when DIR is dist/NAME. synthetic-10k (the default): 10,000 events, 1,000
 * places; synthetic-100k: 100,000 events, 5,000 places, bursty dates over twelve years.
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { repoPath } from './bench/repo-path.ts';
import { positiveIntFlag } from './cli-args.ts';
import {
  SYNTHETIC_DATASETS,
  writeSyntheticStory,
  type WriteSyntheticOptions,
} from './bench/write-synthetic.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dataset: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
      events: { type: 'string' },
      places: { type: 'string' },
    },
  });
  const dataset = values.dataset ?? 'synthetic-10k';
  if (!(dataset in SYNTHETIC_DATASETS))
    throw new Error(
      `--dataset: expected one of ${Object.keys(SYNTHETIC_DATASETS).join(', ')}, got "${dataset}"`,
    );
  const preset = SYNTHETIC_DATASETS[dataset as keyof typeof SYNTHETIC_DATASETS];
  const outDir = values.out ?? repoPath(`dist/${dataset}`);
  const options: WriteSyntheticOptions = {
    ...preset,
    outDir,
    seed: positiveIntFlag('seed', values.seed, preset.seed),
    eventCount: positiveIntFlag('events', values.events, preset.eventCount),
    placeCount: positiveIntFlag('places', values.places, preset.placeCount),
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
