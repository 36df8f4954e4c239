import { dataUrlsFor } from '../data/story-assets.ts';
import { createStoryStore, installStoryStore, type StoryStore } from '../store/story-store.ts';
import { startTourPlayer } from '../store/tour-player.ts';
import { filtersFromUrl, parseEmbed, parseUrlState } from '../store/url-state.ts';
import { startUrlSync } from '../store/url-sync.ts';
import { languageFromNavigator, textDirection } from '../i18n/i18n.ts';

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
  startTourPlayer(store);
  startUrlSync(store);
  // The validator (zod) loads in parallel with the data instead of delaying the first paint.
  import('../data/load-story.ts')
    .then(({ loadStory }) => loadStory(dataUrlsFor(dataset)))
    .then((story) => {
      const state = store.getState();
      state.setStory(story);
      if (url.event) state.goToEvent(url.event);
      if (url.place) state.openPlace(url.place);
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
