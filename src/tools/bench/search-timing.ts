/**
 * Search latency on a synthetic story (the 10,000-event one unless told): building the index over
 * every event's title and details (once, on the first search) and answering queries, in Node (the
 * same code the browser runs). Median and p95 over a fixed set of queries in both languages, Arabic
 * typed loosely. `npx tsx src/tools/bench/search-timing.ts [synthetic-100k]`
 */
import { indexStory } from '../../data/story-index.ts';
import { eventDetails, indexEvent } from '../../data/story-split.ts';
import { buildSearchIndex, search } from '../../search/search-index.ts';
import { median, p95, roundMs } from './stats.ts';
import {
  generateFromRealInputs,
  SYNTHETIC_DATASETS,
  SYNTHETIC_DEFAULTS,
  type SyntheticGeneratorOptions,
} from './write-synthetic.ts';

/** Queries a reader might type: place names without hamza or with clitics, English words, prefixes. */
export const SEARCH_QUERIES = [
  'انقره',
  'بموسكو',
  'الرياض',
  'محادثات',
  'kursk',
  'prisoner exchange',
  'talk',
  'ابوظبي',
];

export interface SearchFigures {
  eventCount: number;
  buildMs: number;
  queryMs: { medianMs: number; p95Ms: number };
}

/** Times the index build once and each query `rounds` times over the synthetic story. */
export async function measureSearch(
  rounds = 5,
  options: SyntheticGeneratorOptions = SYNTHETIC_DEFAULTS,
): Promise<SearchFigures> {
  const synthetic = await generateFromRealInputs(options);
  const { story } = indexStory(synthetic.places, { features: synthetic.events.features.map(indexEvent) }, []);
  const details = new Map(synthetic.events.features.map((event) => [event.id, eventDetails(event)]));
  const started = performance.now();
  const index = buildSearchIndex(story, details);
  const buildMs = performance.now() - started;
  const samples: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const query of SEARCH_QUERIES) {
      const at = performance.now();
      search(index, query, round % 2 === 0 ? 'ar' : 'en');
      samples.push(performance.now() - at);
    }
  }
  return {
    eventCount: story.events.length,
    buildMs: roundMs(buildMs),
    queryMs: { medianMs: roundMs(median(samples)), p95Ms: roundMs(p95(samples)) },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const name = process.argv[2] ?? 'synthetic-10k';
  if (!(name in SYNTHETIC_DATASETS)) throw new Error(`unknown dataset "${name}"`);
  measureSearch(5, SYNTHETIC_DATASETS[name as keyof typeof SYNTHETIC_DATASETS]).then(
    (figures) => console.log(JSON.stringify(figures)),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
