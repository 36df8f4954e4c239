import type { StateCreator } from 'zustand/vanilla';
import type { DatasetName } from '../data/datasets.ts';
import { filterStory, NO_FILTERS, type StoryFilters } from '../data/story-filter.ts';
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
  (dataset: DatasetName, initialFilters: StoryFilters): Slice<StorySlice> =>
  (set, get) => ({
    status: 'loading',
    story: null,
    fullStory: null,
    filters: NO_FILTERS,
    dataset,
    loadError: null,
    details: new Map(),
    detailsError: null,
    allDetailsWanted: false,
    addDetails: (added) => {
      const details = new Map(get().details);
      for (const entry of added) details.set(entry.id, entry);
      set({ details });
    },
    setDetailsError: (detailsError) => set({ detailsError }),
    wantAllDetails: () => {
      if (!get().allDetailsWanted) set({ allDetailsWanted: true });
    },
    setStory: (story) => {
      set({ story, fullStory: story, status: 'ready', loadError: null, currentIndex: 0 });
      get().setFilters(initialFilters);
    },
    setLoadError: (loadError) => set({ loadError, status: 'error' }),
    setFilters: (filters) => {
      const { fullStory, story, currentIndex } = get();
      if (!fullStory || !story) return false;
      const next = filterStory(fullStory, filters);
      if (next.events.length === 0) return false;
      // The current event if it still matches, else the next one in the whole story that does.
      const currentId = story.events[currentIndex]?.id;
      const fullIndex = currentId === undefined ? 0 : (fullStory.eventIndexById.get(currentId) ?? 0);
      const following = fullStory.events.slice(fullIndex).find((e) => next.eventIndexById.has(e.id));
      const index = next.eventIndexById.get(following?.id ?? '') ?? next.events.length - 1;
      markStepStart();
      set({ filters, story: next, currentIndex: index });
      return true;
    },
  });

export const createTimelineSlice: Slice<TimelineSlice> = (set, get) => {
  const goTo = (index: number): void => {
    const count = get().story?.events.length ?? 0;
    if (count === 0) return;
    const clamped = Math.min(count - 1, Math.max(0, Math.trunc(index)));
    markStepStart();
    // A step by hand during the tour leaves its title, chapter or end card for the event.
    const stage = get().tourStage;
    const leaveCard = stage !== 'off' && stage !== 'event';
    if (clamped !== get().currentIndex || leaveCard)
      set(leaveCard ? { currentIndex: clamped, tourStage: 'event' } : { currentIndex: clamped });
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
  // Opening a place is reading: the tour pauses so the map does not move away from it.
  openPlace: (placeId) => {
    if (get().story?.placeById.has(placeId)) set({ openPlaceId: placeId, isPlaying: false });
  },
  closePlace: () => set({ openPlaceId: null }),
  openReader: (reader) => set({ reader, isPlaying: false }),
  closeReader: () => set({ reader: null }),
});

export const createPlaybackSlice: Slice<PlaybackSlice> = (set, get) => ({
  isPlaying: false,
  tourStage: 'off',
  speed: 1,
  play: () => {
    const { story, tourStage, currentIndex } = get();
    if (!story) return;
    // Outside the tour, Play goes on from the event the reader is on (a shared link's, or where
    // exploring led); from the first or the last event, or at the tour's end, it starts over.
    if (tourStage === 'off' && currentIndex > 0 && currentIndex < story.events.length - 1)
      set({ tourStage: 'event', isPlaying: true, openPlaceId: null, listOpen: false, introOpen: false });
    else if (tourStage === 'off' || tourStage === 'end') get().startTour();
    else set({ isPlaying: true });
  },
  pause: () => {
    if (get().isPlaying) set({ isPlaying: false });
  },
  togglePlay: () => (get().isPlaying ? get().pause() : get().play()),
  setSpeed: (speed) => set({ speed }),
  startTour: () => {
    if (!get().story) return;
    markStepStart();
    set({
      tourStage: 'title',
      currentIndex: 0,
      isPlaying: true,
      openPlaceId: null,
      listOpen: false,
      introOpen: false,
    });
  },
  exitTour: () => set({ tourStage: 'off', isPlaying: false }),
});

export const createUiSlice =
  (language: Language, introOpen: boolean): Slice<UiSlice> =>
  (set) => ({
    language,
    listOpen: false,
    introOpen,
    legendOpen: false,
    sources: null,
    mapStatus: 'pending',
    setLanguage: (next) => set({ language: next }),
    // The list replaces the tour's card: opening it leaves the tour.
    toggleList: () =>
      set((s) => (s.listOpen ? { listOpen: false } : { listOpen: true, tourStage: 'off', isPlaying: false })),
    setIntroOpen: (open) => set(open ? { introOpen: true, isPlaying: false } : { introOpen: false }),
    toggleLegend: () => set((s) => ({ legendOpen: !s.legendOpen })),
    openSources: (articleId = '') => set({ sources: articleId, isPlaying: false }),
    closeSources: () => set({ sources: null }),
    setMapStatus: (mapStatus) => set({ mapStatus }),
  });
