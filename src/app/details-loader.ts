/**
 * Fetches events' details (summary, note, excerpts) by chunk, ahead of the reader: the chunks of
 * the current event and its neighbours (so a step or the tour never waits), and all of them once
 * something needs every event (search, print, export, the sources, a place's panel: any excerpt
 * may name the place; in a story too large to load whole, the place's linked events).
 */
import { loadDetailsChunk, validateStoryIndex } from '../data/validate-story.ts';
import type { DataUrls } from '../data/story-assets.ts';
import type { StoryIndex } from '../data/story-index.ts';
import { chunkOfEvent, wholeDetailsFit } from '../data/story-split.ts';
import type { StoryStore } from '../store/story-store.ts';
import type { LoadErrorInfo, StoryState } from '../store/types.ts';

/** Events on each side of the current one whose details are fetched before the reader gets there. */
const PREFETCH_EVENTS = 2;

/** The chunks the reader needs now or next, by index into the whole story's detailChunks. */
export function neededChunks(state: StoryState): number[] {
  const { fullStory, story } = state;
  if (!fullStory || !story) return [];
  const all = fullStory.detailChunks.map((_, k) => k);
  if (state.allDetailsWanted) return all;
  const fullIndex = (id: string | undefined): number | undefined =>
    id === undefined ? undefined : fullStory.eventIndexById.get(id);
  const indices: number[] = [];
  if (state.openPlaceId !== null) {
    if (wholeDetailsFit(fullStory.detailChunks)) return all;
    // Too large to load whole: the place's linked events.
    for (const id of fullStory.placeById.get(state.openPlaceId)?.properties.events ?? []) {
      const index = fullIndex(id);
      if (index !== undefined) indices.push(index);
    }
  }
  for (let offset = -PREFETCH_EVENTS; offset <= PREFETCH_EVENTS; offset += 1) {
    const index = fullIndex(story.events[state.currentIndex + offset]?.id);
    if (index !== undefined) indices.push(index);
  }
  return [...new Set(indices.map((index) => chunkOfEvent(fullStory.detailChunks, index)))];
}

/** The message of a load failure as the store keeps it. */
function errorInfo(error: unknown): LoadErrorInfo {
  return {
    message: error instanceof Error ? error.message : String(error),
    details: error instanceof Error && 'details' in error ? (error.details as readonly string[]) : [],
  };
}

/**
 * Checks the loaded index against the whole data contract (a failure replaces the page with the
 * error), then follows the store; each chunk is fetched once per loaded story.
 */
export function startDetailsLoader(
  store: StoryStore,
  urls: DataUrls,
  indexJson: unknown,
  fetchImpl: typeof fetch = fetch,
): void {
  try {
    validateStoryIndex(indexJson);
  } catch (error) {
    store.getState().setLoadError(errorInfo(error));
    return;
  }
  let requested = new Set<number>();
  let forStory: StoryIndex | null = null;
  const update = (state: StoryState): void => {
    const story = state.fullStory;
    if (!story) return;
    if (story !== forStory) {
      forStory = story;
      requested = new Set();
    }
    for (const chunk of neededChunks(state)) {
      if (requested.has(chunk)) continue;
      requested.add(chunk);
      loadDetailsChunk(urls, story, chunk, fetchImpl)
        .then((details) => {
          if (store.getState().fullStory === story) store.getState().addDetails(details);
        })
        .catch((error: unknown) => {
          requested.delete(chunk);
          store.getState().setDetailsError(errorInfo(error));
        });
    }
  };
  store.subscribe(update);
  update(store.getState());
}
