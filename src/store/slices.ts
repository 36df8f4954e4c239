import type { StateCreator } from 'zustand/vanilla';
import type { DatasetName } from '../data/story-assets.ts';
import { markStepStart } from './step-timing.ts';
import type {
  Language,
  PlaybackSlice,
  SelectionSlice,
  StorySlice,
  StoryState,
  TimelineSlice,
  UiSlice,
} from './types.ts';

type Slice<T> = StateCreator<StoryState, [], [], T>;

export const createStorySlice =
  (dataset: DatasetName): Slice<StorySlice> =>
  (set) => ({
    status: 'loading',
    story: null,
    dataset,
    loadError: null,
    setStory: (story) => set({ story, status: 'ready', loadError: null, currentIndex: 0 }),
    setLoadError: (loadError) => set({ loadError, status: 'error' }),
  });

export const createTimelineSlice: Slice<TimelineSlice> = (set, get) => {
  const goTo = (index: number): void => {
    const count = get().story?.events.length ?? 0;
    if (count === 0) return;
    const clamped = Math.min(count - 1, Math.max(0, Math.trunc(index)));
    markStepStart();
    if (clamped !== get().currentIndex) set({ currentIndex: clamped });
  };
  return {
    currentIndex: 0,
    stepForward: () => goTo(get().currentIndex + 1),
    stepBackward: () => goTo(get().currentIndex - 1),
    goToIndex: goTo,
    goToEvent: (eventId) => {
      const index = get().story?.eventIndexById.get(eventId);
      if (index !== undefined) goTo(index);
    },
    goToFirst: () => goTo(0),
    goToLast: () => goTo(Number.MAX_SAFE_INTEGER),
  };
};

export const createSelectionSlice: Slice<SelectionSlice> = (set, get) => ({
  openPlaceId: null,
  reader: null,
  openPlace: (placeId) => {
    if (get().story?.placeById.has(placeId)) set({ openPlaceId: placeId });
  },
  closePlace: () => set({ openPlaceId: null }),
  openReader: (reader) => set({ reader, isPlaying: false }),
  closeReader: () => set({ reader: null }),
});

export const createPlaybackSlice: Slice<PlaybackSlice> = (set, get) => ({
  isPlaying: false,
  speed: 1,
  play: () => {
    const { story, currentIndex } = get();
    if (!story) return;
    // Playing from the last event starts the tour over rather than stopping at once.
    if (currentIndex >= story.events.length - 1) get().goToFirst();
    set({ isPlaying: true });
  },
  pause: () => {
    if (get().isPlaying) set({ isPlaying: false });
  },
  togglePlay: () => (get().isPlaying ? get().pause() : get().play()),
  setSpeed: (speed) => set({ speed }),
});

export const createUiSlice =
  (language: Language): Slice<UiSlice> =>
  (set) => ({
    language,
    listOpen: false,
    mapStatus: 'pending',
    setLanguage: (next) => set({ language: next }),
    toggleList: () => set((s) => ({ listOpen: !s.listOpen })),
    setMapStatus: (mapStatus) => set({ mapStatus }),
  });
