import type { StoryFilters } from '../data/story-filter.ts';
import type { StoryIndex } from '../data/story-index.ts';
import type { EventDetails } from '../data/schema.ts';
import type { DatasetName } from '../data/datasets.ts';

export type Language = 'ar' | 'en';

export interface LoadErrorInfo {
  message: string;
  details: readonly string[];
}

export interface StorySlice {
  status: 'loading' | 'ready' | 'error';
  /** The story as shown: the whole story narrowed by the filters. */
  story: StoryIndex | null;
  /** The whole story as loaded. */
  fullStory: StoryIndex | null;
  filters: StoryFilters;
  dataset: DatasetName;
  loadError: LoadErrorInfo | null;
  /** Summaries, notes and excerpts of the events loaded so far, by event id (they come by chunk). */
  details: ReadonlyMap<string, EventDetails>;
  /** Why a chunk of details could not be loaded, if one could not. */
  detailsError: LoadErrorInfo | null;
  /** Set by what needs every event's details (search, print, export): the loader fetches them all. */
  allDetailsWanted: boolean;
  addDetails: (details: readonly EventDetails[]) => void;
  setDetailsError: (error: LoadErrorInfo) => void;
  wantAllDetails: () => void;
  setStory: (story: StoryIndex) => void;
  setLoadError: (error: LoadErrorInfo) => void;
  /**
   * Narrows the story (the timeline, map, tour, keys and counts follow). Refused (false) when no
   * event would match; the current event stays when it matches, else the next one that does.
   */
  setFilters: (filters: StoryFilters) => boolean;
}

export interface TimelineSlice {
  /** Index into story.events of the event being shown. */
  currentIndex: number;
  stepForward: () => void;
  stepBackward: () => void;
  goToIndex: (index: number) => void;
  goToEvent: (eventId: string) => void;
  goToFirst: () => void;
  goToLast: () => void;
}

/** An excerpt to show highlighted in its whole article. */
export interface ReaderTarget {
  articleId: string;
  start: number;
  end: number;
  text: string;
}

export interface SelectionSlice {
  openPlaceId: string | null;
  reader: ReaderTarget | null;
  openPlace: (placeId: string) => void;
  closePlace: () => void;
  openReader: (target: ReaderTarget) => void;
  closeReader: () => void;
}

export const SPEEDS = [0.5, 1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];

/**
 * Where the told tour is: off (exploring), its title card, a chapter's card, an event, or its end
 * card. While it is on, the event card is the tour's card; `isPlaying` says whether it advances.
 */
export type TourStage = 'off' | 'title' | 'chapter' | 'event' | 'end';

export interface PlaybackSlice {
  isPlaying: boolean;
  tourStage: TourStage;
  speed: Speed;
  play: () => void;
  pause: () => void;
  togglePlay: () => void;
  setSpeed: (speed: Speed) => void;
  /** Opens the tour on its title card and plays it. */
  startTour: () => void;
  /** Leaves the tour for free exploration, keeping the current event. */
  exitTour: () => void;
}

export type MapStatus = 'pending' | 'ready' | 'unavailable';

export interface UiSlice {
  language: Language;
  listOpen: boolean;
  /** The introduction dialog (shown on a visit without an event in the URL, and by About). */
  introOpen: boolean;
  legendOpen: boolean;
  /** The Sources view: null when closed, else the article to point out ('' for none). */
  sources: string | null;
  mapStatus: MapStatus;
  setLanguage: (language: Language) => void;
  toggleList: () => void;
  setIntroOpen: (open: boolean) => void;
  toggleLegend: () => void;
  openSources: (articleId?: string) => void;
  closeSources: () => void;
  setMapStatus: (status: MapStatus) => void;
}

export type StoryState = StorySlice & TimelineSlice & SelectionSlice & PlaybackSlice & UiSlice;
