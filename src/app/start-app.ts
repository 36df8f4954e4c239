import { dataUrlsFor, type DataUrls } from '../data/story-assets.ts';
import { whenFirstViewDrawn } from './first-view.ts';
import { createStoryStore, installStoryStore, type StoryStore } from '../store/story-store.ts';
import { filtersFromUrl, parseEmbed, parseUrlState } from '../store/url-state.ts';
import { startUrlSync } from '../store/url-sync.ts';
import { languageFromNavigator, textDirection } from '../i18n/i18n.ts';

/**
 * The details (summaries, quotes) and the full contract check load as soon as a card can be seen:
 * at once for a deep link, and behind the introduction (which covers the card) once the first view
 * is drawn or the introduction is closed, whichever comes first.
 */
function startDetailsWhenShown(store: StoryStore, urls: DataUrls, indexJson: unknown): void {
  const start = (): void => {
    import('./details-loader.ts').then(
      ({ startDetailsLoader }) => startDetailsLoader(store, urls, indexJson),
      (error: unknown) => store.getState().setDetailsError({ message: String(error), details: [] }),
    );
  };
  if (!store.getState().introOpen) {
    start();
    return;
  }
  let waiting = true;
  let stopWaiting = (): void => undefined;
  const startOnce = (): void => {
    if (!waiting) return;
    waiting = false;
    stopWatching();
    stopWaiting();
    start();
  };
  const stopWatching = store.subscribe((state) => {
    if (!state.introOpen) startOnce();
  });
  stopWaiting = whenFirstViewDrawn(startOnce);
}

/**
 * Creates the store from the URL and the browser's language, starts the URL sync and the tour,
 * and loads the data; a failure becomes a readable error in the store, never an uncaught one.
 */
export function startApp(): StoryStore {
  const url = parseUrlState(window.location.search);
  const language = url.lang ?? languageFromNavigator(navigator.languages ?? [navigator.language]);
  const dataset = url.dataset ?? 'story';
  // A visit without an event (the story's front door) opens the introduction; a deep link skips it,
  // and so does an embed (`embed=1`), which is never a front door.
  const embedded = parseEmbed(window.location.search);
  const store = createStoryStore({
    language,
    dataset,
    introOpen: url.event === null && !embedded,
    filters: filtersFromUrl(url),
  });
  installStoryStore(store);
  // Set before the first render so an Arabic page never flashes left-to-right.
  document.documentElement.lang = language;
  document.documentElement.dir = textDirection(language);
  window.__qanat = { store };
  // The tour's player (its own chunk) starts the first time the tour plays.
  const stopWaitingForTour = store.subscribe((state) => {
    if (!state.isPlaying) return;
    stopWaitingForTour();
    void import('../store/tour-player.ts').then(({ startTourPlayer }) => startTourPlayer(store));
  });
  startUrlSync(store);
  // maplibre-gl's workers start now, in parallel with the story's index (the map needs both).
  void import('../map/maplibre-init.ts').then(({ initMaplibre }) => initMaplibre());
  // The validator (zod) loads in parallel with the data instead of delaying the first paint.
  const urls = dataUrlsFor(dataset);
  import('../data/load-story.ts')
    .then(async ({ loadStory }) => {
      const { story, indexJson } = await loadStory(urls);
      const state = store.getState();
      state.setStory(story);
      if (url.event) state.goToEvent(url.event);
      if (url.place) state.openPlace(url.place);
      // After the deep link is applied, so its own chunk of details is the first one fetched.
      startDetailsWhenShown(store, urls, indexJson);
    })
    .catch((error: unknown) => {
      store
        .getState()
        .setLoadError(
          error instanceof Error && error.name === 'StoryLoadError' && 'details' in error
            ? { message: error.message, details: error.details as readonly string[] }
            : { message: error instanceof Error ? error.message : String(error), details: [] },
        );
    });
  return store;
}
