import { eventPlaces, type StoryEvent, type StoryPlace } from '../data/story-index.ts';
import { wholeDetailsFit } from '../data/story-split.ts';
import type { StoryState } from './types.ts';
import { filtersToUrl, type UrlState } from './url-state.ts';

type S = Pick<StoryState, 'story' | 'currentIndex'>;

export function selectEventCount(state: Pick<StoryState, 'story'>): number {
  return state.story?.events.length ?? 0;
}

export function selectCurrentEvent(state: S): StoryEvent | null {
  return state.story?.events[state.currentIndex] ?? null;
}

/** Places of the current event that exist in the gazetteer, in the event's order of importance. */
export function selectCurrentPlaces(state: S): StoryPlace[] {
  const event = selectCurrentEvent(state);
  return event && state.story ? eventPlaces(state.story, event) : [];
}

export function selectOpenPlace(state: Pick<StoryState, 'story' | 'openPlaceId'>): StoryPlace | null {
  if (state.openPlaceId === null) return null;
  return state.story?.placeById.get(state.openPlaceId) ?? null;
}

export function selectIsFirst(state: Pick<StoryState, 'currentIndex'>): boolean {
  return state.currentIndex <= 0;
}

export function selectIsLast(state: S): boolean {
  return state.currentIndex >= selectEventCount(state) - 1;
}

/** The part of the state the URL keeps (a whitelist: nothing else is written). */
export function selectUrlState(
  state: Pick<StoryState, 'story' | 'currentIndex' | 'openPlaceId' | 'language' | 'dataset' | 'filters'>,
): UrlState {
  const event = selectCurrentEvent(state);
  return {
    event: event?.id ?? null,
    place: state.openPlaceId,
    lang: state.language,
    dataset: state.dataset === 'story' ? null : state.dataset,
    ...filtersToUrl(state.filters),
  };
}

/** Whether every event of the whole story has its details loaded (search, print and export wait for it). */
export function selectAllDetailsLoaded(state: Pick<StoryState, 'fullStory' | 'details'>): boolean {
  return state.fullStory !== null && state.details.size >= state.fullStory.events.length;
}

/**
 * Whether the open place's panel has what it shows: every event's details, or in a story too large
 * to load whole (wholeDetailsFit), those of the place's linked events.
 */
export function selectPlaceDetailsLoaded(
  state: Pick<StoryState, 'fullStory' | 'details' | 'openPlaceId'>,
): boolean {
  const { fullStory, details, openPlaceId } = state;
  if (!fullStory) return false;
  if (wholeDetailsFit(fullStory.detailChunks)) return selectAllDetailsLoaded(state);
  const place = openPlaceId === null ? undefined : fullStory.placeById.get(openPlaceId);
  return (place?.properties.events ?? []).every((id) => details.has(id));
}
