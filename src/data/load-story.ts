/**
 * Loading the story's index and the basemap for the first view: fetched, checked for the shape the
 * page relies on (src/data/story-shape.ts) and for the build they come from, indexed. The full
 * contract check (zod) follows once the first view is drawn (src/data/validate-story.ts).
 */
import { failWith, fetchJson, MAX_LISTED_ISSUES, RELOAD_HINT } from './fetch-json.ts';
import { checkBasemapShape, checkStoryIndexShape, type BasemapCollection } from './story-shape.ts';
import { indexStory, type StoryIndex } from './story-index.ts';
import { dataUrlsFor, type DataUrls } from './story-assets.ts';
import { STORY_INDEX_FILE } from './story-split.ts';
import { parseManifest, type BuildManifest } from './build-generation.ts';
import storyManifestJson from '../../geo/build-manifest.json';

/** The generation geo:build recorded for the story's files, bundled when the app was built. */
const STORY_MANIFEST = parseManifest(storyManifestJson);

/** The story as indexed, and the index file as parsed (for the full contract check that follows). */
export interface LoadedStory {
  story: StoryIndex;
  indexJson: unknown;
}

/**
 * Fetches, checks and indexes the story's index (articles, chapters, places, events without
 * their details). Rejects with a StoryLoadError naming the file and the field that is wrong, so
 * the app can show it instead of a blank page. With a `generation` (the story's own data: geo:build's
 * manifest), the index must have been made from that build: a mixed set (an interrupted build, a
 * stale cache) is refused, not shown.
 */
export async function loadStory(
  urls: DataUrls,
  fetchImpl: typeof fetch = fetch,
  generation: BuildManifest | undefined = urls.index === dataUrlsFor('story').index
    ? STORY_MANIFEST
    : undefined,
): Promise<LoadedStory> {
  const json = await fetchJson(STORY_INDEX_FILE, urls.index, fetchImpl);
  const file = checkStoryIndexShape(json);
  if (generation !== undefined && file.generation !== generation.generation) {
    failWith('The story data files come from different builds', [
      `${STORY_INDEX_FILE} was made from build ${file.generation}, not build ${generation.generation} that this page was made with`,
      RELOAD_HINT,
    ]);
  }
  const { story, problems } = indexStory(file.places, file.events, file.articles, file.chapters, {
    detailChunks: file.detailChunks,
    generation: file.generation,
  });
  if (problems.length > 0) {
    failWith(
      'The story data refers to things that do not exist',
      problems.slice(0, MAX_LISTED_ISSUES).map((p) => `${p.file}: ${p.message}`),
    );
  }
  return { story, indexJson: json };
}

/**
 * Fetches a level of the embedded basemap (`fileName` names it in messages); the map shows its own
 * message when the first one fails, the story does not.
 */
export async function loadBasemap(
  url: string,
  fetchImpl: typeof fetch = fetch,
  fileName = 'basemap.geojson',
): Promise<BasemapCollection> {
  return checkBasemapShape(fileName, await fetchJson(fileName, url, fetchImpl));
}
