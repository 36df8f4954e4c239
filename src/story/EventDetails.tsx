import { formatDateWindow } from '../i18n/format-date.ts';
import { t } from '../i18n/i18n.ts';
import { eventPlaces, type StoryEvent } from '../data/story-index.ts';
import { getStoryStore, useStoryStore } from '../store/story-store.ts';
import type { Language, LoadErrorInfo } from '../store/types.ts';
import { lazy, Suspense } from 'react';

/** The quotes come with the details (after the first view behind the introduction): their own chunk. */
const ExcerptQuote = lazy(() => import('./ExcerptQuote.tsx').then((m) => ({ default: m.ExcerptQuote })));

/**
 * What an event card shows, shared by the browse card and the tour card: date, summary, the
 * editor's note, its places and every excerpt. The heading is the caller's.
 */
export function EventDetails({ event }: { event: StoryEvent }) {
  const language = useStoryStore((s) => s.language);
  const story = useStoryStore((s) => s.story);
  const p = event.properties;
  const details = useStoryStore((s) => s.details.get(event.id));
  const detailsError = useStoryStore((s) => (details ? null : s.detailsError));
  const places = story ? eventPlaces(story, event) : [];
  const terms = places.flatMap((place) => place.properties.aliases);
  return (
    <>
      <p className="event-card__date">
        <time dateTime={p.date.start}>{formatDateWindow(p.date, language)}</time>
      </p>
      {details ? (
        <p className="event-card__summary">{details.summary[language]}</p>
      ) : (
        <DetailsPending language={language} error={detailsError} />
      )}
      {details?.note && (
        <aside className="editor-note" aria-label={t(language, 'editorsNote')}>
          <strong>{t(language, 'editorsNote')}: </strong>
          {details.note[language]}
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
      <Suspense fallback={null}>
        {details?.excerpts.map((excerpt, i) => (
          <ExcerptQuote key={`${excerpt.article}:${excerpt.start}:${i}`} excerpt={excerpt} terms={terms} />
        ))}
      </Suspense>
    </>
  );
}

/**
 * Where an event's summary, note and excerpts go while their chunk is on its way (the loader
 * fetches the neighbours' ahead, so a reader stepping or touring rarely sees it), or why they failed.
 */
export function DetailsPending({ language, error }: { language: Language; error: LoadErrorInfo | null }) {
  return error ? (
    <p role="alert" className="muted">
      {t(language, 'detailsFailed')} <bdi>{error.message}</bdi>
    </p>
  ) : (
    <p role="status" className="muted event-card__pending">
      {t(language, 'detailsLoading')}
    </p>
  );
}
