import { useMemo } from 'react';
import { getStoryStore, useStoryStore } from '../store/story-store.ts';
import { t } from './i18n.ts';

/**
 * Every place as a button (the keyboard and screen-reader way to open what the map shows),
 * most-storied first. Re-renders only when the language or the open place changes.
 */
export function PlacesList() {
  const language = useStoryStore((s) => s.language);
  const places = useStoryStore((s) => s.story?.places);
  const openPlaceId = useStoryStore((s) => s.openPlaceId);
  const sorted = useMemo(
    () =>
      [...(places ?? [])].sort(
        (a, b) =>
          b.properties.events.length - a.properties.events.length ||
          a.properties.name[language].localeCompare(b.properties.name[language], language),
      ),
    [places, language],
  );
  const { openPlace, pause } = getStoryStore().getState();
  return (
    <nav className="places" aria-label={t(language, 'places')}>
      <h2>{t(language, 'places')}</h2>
      <ul>
        {sorted.map((place) => (
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
    </nav>
  );
}
