import { formatDateWindow } from '../app/format-date.ts';
import { t } from '../app/i18n.ts';
import { selectCurrentEvent, selectEventCount } from '../store/selectors.ts';
import { getStoryStore, useStoryStore } from '../store/story-store.ts';
import { ExcerptQuote } from './ExcerptQuote.tsx';

/** The current event: title, date, summary, its places and excerpts. */
export function EventCard() {
  const language = useStoryStore((s) => s.language);
  const event = useStoryStore(selectCurrentEvent);
  const index = useStoryStore((s) => s.currentIndex);
  const total = useStoryStore(selectEventCount);
  const placeById = useStoryStore((s) => s.story?.placeById);
  if (!event || !placeById) return null;
  const p = event.properties;
  const places = p.places.flatMap((id) => {
    const place = placeById.get(id);
    return place ? [place] : [];
  });
  const terms = places.flatMap((place) => place.properties.aliases);
  const summary = language === 'ar' ? (p.summary.ar ?? null) : p.summary.en;
  return (
    <section className="event-card" aria-labelledby="event-title">
      <p className="event-card__count">{t(language, 'eventOf', { n: index + 1, total })}</p>
      <h2 id="event-title">{p.title[language]}</h2>
      <p className="event-card__date">
        <time dateTime={p.date.start}>{formatDateWindow(p.date, language)}</time>
      </p>
      {summary && <p className="event-card__summary">{summary}</p>}
      {places.length > 0 && (
        <ul className="chips" aria-label={t(language, 'places')}>
          {places.map((place) => (
            <li key={place.id}>
              <button type="button" onClick={() => getStoryStore().getState().openPlace(place.id)}>
                {place.properties.name[language]}
              </button>
            </li>
          ))}
        </ul>
      )}
      {p.excerpts.map((excerpt, i) => (
        <ExcerptQuote key={`${excerpt.article}:${excerpt.start}:${i}`} excerpt={excerpt} terms={terms} />
      ))}
    </section>
  );
}
