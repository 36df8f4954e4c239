import { useMemo, useState } from 'react';
import { getStoryStore, useStoryStore } from '../store/story-store.ts';
import { chronologyPage } from './chronology-page.ts';
import { t } from '../i18n/i18n.ts';
import { Pager } from './Pager.tsx';

export const PLACES_PAGE_SIZE = 60;

/**
 * Every place as a button (the keyboard and screen-reader way to open what the map shows),
 * most-storied first, paged so 1,000 places never become 1,000 buttons. Never re-renders on a
 * step: only the language, the open place or the page change it.
 */
export function PlacesList() {
  const language = useStoryStore((s) => s.language);
  const places = useStoryStore((s) => s.story?.places);
  const openPlaceId = useStoryStore((s) => s.openPlaceId);
  const [page, setPage] = useState(0);
  const sorted = useMemo(
    () =>
      [...(places ?? [])].sort(
        (a, b) =>
          b.properties.events.length - a.properties.events.length ||
          a.properties.name[language].localeCompare(b.properties.name[language], language),
      ),
    [places, language],
  );
  const { start, end, pageCount } = chronologyPage(page * PLACES_PAGE_SIZE, sorted.length, PLACES_PAGE_SIZE);
  const shown = Math.floor(start / PLACES_PAGE_SIZE);
  const { openPlace, pause } = getStoryStore().getState();
  return (
    <nav className="places" aria-label={t(language, 'places')}>
      <h2>{t(language, 'places')}</h2>
      <ul>
        {sorted.slice(start, end).map((place) => (
          <li key={place.id}>
            <button
              type="button"
              className="place-button"
              data-kind={place.properties.kind}
              aria-current={place.id === openPlaceId ? 'true' : undefined}
              onClick={() => {
                pause();
                openPlace(place.id);
              }}
            >
              {place.properties.name[language]}
            </button>
          </li>
        ))}
      </ul>
      <Pager
        language={language}
        page={shown}
        pageCount={pageCount}
        onPage={setPage}
        previousLabel="previousPlaces"
        nextLabel="morePlaces"
      />
    </nav>
  );
}
