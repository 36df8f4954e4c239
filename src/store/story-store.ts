import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { NO_FILTERS, type StoryFilters } from '../data/story-filter.ts';
import type { DatasetName } from '../data/datasets.ts';
import {
  createPlaybackSlice,
  createSelectionSlice,
  createStorySlice,
  createTimelineSlice,
  createUiSlice,
} from './slices.ts';
import type { EventDetails } from '../data/schema.ts';
import { selectAllDetailsLoaded } from './selectors.ts';
import type { Language, StoryState } from './types.ts';

export type StoryStore = StoreApi<StoryState>;

export interface StoryStoreOptions {
  language: Language;
  dataset: DatasetName;
  /** Open the introduction at start (a visit without an event in the URL). */
  introOpen?: boolean;
  /** Filters to apply once the story loads (from the URL). */
  filters?: StoryFilters;
}

/** A fresh store: the app makes one at start-up, tests make one each. */
export function createStoryStore({
  language,
  dataset,
  introOpen = false,
  filters = NO_FILTERS,
}: StoryStoreOptions): StoryStore {
  return createStore<StoryState>()((...a) => ({
    ...createStorySlice(dataset, filters)(...a),
    ...createTimelineSlice(...a),
    ...createSelectionSlice(...a),
    ...createPlaybackSlice(...a),
    ...createUiSlice(language, introOpen)(...a),
  }));
}

let appStore: StoryStore | null = null;

/** Installs the app's store; called once by main.tsx before the first render. */
export function installStoryStore(store: StoryStore): void {
  appStore = store;
}

export function getStoryStore(): StoryStore {
  if (!appStore) throw new Error('The story store is used before main.tsx installed it.');
  return appStore;
}

/** React hook on the app's store; pass a narrow selector so components re-render only when needed. */
export function useStoryStore<T>(selector: (state: StoryState) => T): T {
  return useStore(getStoryStore(), selector);
}

/**
 * Every event's details, once loaded: asks the loader for all of them (print, export) and resolves
 * when the last chunk is in, or rejects with the reason a chunk failed.
 */
export function allEventDetails(store: StoryStore): Promise<ReadonlyMap<string, EventDetails>> {
  store.getState().wantAllDetails();
  return new Promise((resolve, reject) => {
    const settle = (state: StoryState): boolean => {
      if (selectAllDetailsLoaded(state)) resolve(state.details);
      else if (state.detailsError) reject(new Error(state.detailsError.message));
      else return false;
      return true;
    };
    if (settle(store.getState())) return;
    const stop = store.subscribe((state) => {
      if (settle(state)) stop();
    });
  });
}
