import { formatDateWindow } from '../i18n/format-date.ts';
import { t } from '../i18n/i18n.ts';
import type { EventFeature } from '../data/schema.ts';
import { eventPlaces } from '../data/story-index.ts';
import { getStoryStore, useStoryStore } from '../store/story-store.ts';
import { ExcerptQuote } from './ExcerptQuote.tsx';

/**
 * What an event card shows, shared by the browse card and the tour card: date, summary, the
 * editor's note, its places and every excerpt. The heading is the caller's.
 */
export function EventDetails({ event }: { event: EventFeature }) {
  const language = useStoryStore((s) => s.language);
  const story = useStoryStore((s) => s.story);
  const p = event.properties;
  const places = story ? eventPlaces(story, event) : [];
  const terms = places.flatMap((place) => place.properties.aliases);
  return (
    <>
      <p className="event-card__date">
        <time dateTime={p.date.start}>{formatDateWindow(p.date, language)}</time>
      </p>
      <p className="event-card__summary">{p.summary[language]}</p>
      {p.note && (
        <aside className="editor-note" aria-label={t(language, 'editorsNote')}>
          <strong>{t(language, 'editorsNote')}: </strong>
          {p.note[language]}
        </aside>
      )}
      {places.length > 0 ? (
        <ul className="chips" aria-label={t(language, 'places')}>
          {places.map((place) => (
            <li key={place.id}>
              <button type="button" onClick={() => getStoryStore().getState().openPlace(place.id)}>
                {place.properties.name[language]}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t(language, 'noPlace')}</p>
      )}
      {p.excerpts.map((excerpt, i) => (
        <ExcerptQuote key={`${excerpt.article}:${excerpt.start}:${i}`} excerpt={excerpt} terms={terms} />
      ))}
    </>
  );
}
