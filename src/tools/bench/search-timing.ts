/**
 * Search latency on the synthetic 10,000-event story: building the index (once, on the first
 * search) and answering queries, in Node (the same code the browser runs). Median and p95 over a
 * fixed set of queries in both languages, Arabic typed loosely. `npx tsx src/tools/bench/search-timing.ts`
 */
import { indexStory } from '../../data/story-index.ts';
import { buildSearchIndex, search } from '../../search/search-index.ts';
import { median, p95, roundMs } from './stats.ts';
import { generateSyntheticStory } from './synthetic-story.ts';
import { readAnchors, readSourceEvents } from './synthetic-inputs.ts';
import { repoPath } from './repo-path.ts';
import { SYNTHETIC_DEFAULTS } from './write-synthetic.ts';

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
export async function measureSearch(rounds = 5): Promise<SearchFigures> {
  const synthetic = generateSyntheticStory({
    ...SYNTHETIC_DEFAULTS,
    sourceEvents: await readSourceEvents(repoPath('geo/events.geojson')),
    anchors: await readAnchors(repoPath('geo/naturalearth/populated_places.geojson')),
  });
  const { story } = indexStory(synthetic.places, synthetic.events, []);
  const started = performance.now();
  const index = buildSearchIndex(story);
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
  measureSearch().then(
    (figures) => console.log(JSON.stringify(figures)),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
