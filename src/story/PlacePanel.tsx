import { useEffect, useMemo, useRef } from 'react';
import { excerptsForPlace } from '../data/place-excerpts.ts';
import { formatDateWindow } from '../i18n/format-date.ts';
import { t } from '../i18n/i18n.ts';
import { selectOpenPlace, selectPlaceDetailsLoaded } from '../store/selectors.ts';
import { getStoryStore, useStoryStore } from '../store/story-store.ts';
import { DetailsPending } from './EventDetails.tsx';
import { ExcerptQuote } from './ExcerptQuote.tsx';

/** Everything the articles say about the open place, grouped by event in story order. */
export function PlacePanel() {
  const language = useStoryStore((s) => s.language);
  const place = useStoryStore(selectOpenPlace);
  const story = useStoryStore((s) => s.story);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const details = useStoryStore((s) => s.details);
  const detailsError = useStoryStore((s) => s.detailsError);
  const complete = useStoryStore(selectPlaceDetailsLoaded);
  const groups = useMemo(
    () => (story && place && complete ? excerptsForPlace(story, place, details) : []),
    [story, place, details, complete],
  );

  // The panel opens at its top even when the side panel was scrolled down to the places list.
  // Opened by the reader (a button, the map): focus follows into the panel. Opened from a shared
  // link on load (focus still on <body>): leave focus where a fresh page has it.
  useEffect(() => {
    panelRef.current?.scrollIntoView({ block: 'start' });
    if (document.activeElement !== document.body) headingRef.current?.focus({ preventScroll: true });
  }, [place]);

  // When the panel closes (×, Esc), focus goes back to what opened it, else to the event's title;
  // closed by choosing one of its events, focus goes to that event's title.
  const choseEventRef = useRef(false);
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const choseEvent = choseEventRef;
    return () => {
      const target = !choseEvent.current && opener?.isConnected && opener !== document.body ? opener : null;
      (target ?? document.getElementById('event-title'))?.focus({ preventScroll: true });
    };
  }, []);

  if (!place) return null;
  const name = place.properties.name[language];
  const terms = [...place.properties.aliases, place.properties.name.ar];
  const excerptCount = groups.reduce((n, g) => n + g.excerpts.length, 0);
  const { goToIndex, pause, closePlace } = getStoryStore().getState();
  return (
    <aside ref={panelRef} className="place-panel" aria-label={t(language, 'placePanel', { place: name })}>
      <header className="place-panel__header">
        <h2 ref={headingRef} tabIndex={-1}>
          {name}
        </h2>
        <button
          type="button"
          className="icon-button"
          onClick={closePlace}
          aria-label={t(language, 'closePlace')}
        >
          ×
        </button>
      </header>
      {!complete ? (
        <DetailsPending language={language} error={detailsError} />
      ) : (
        <p className="muted">{t(language, 'excerptsCount', { n: excerptCount, m: groups.length })}</p>
      )}
      {complete && groups.length === 0 && <p>{t(language, 'noExcerpts')}</p>}
      <ol className="place-panel__groups">
        {groups.map((group) => (
          <li key={group.event.id}>
            <h3>
              <button
                type="button"
                className="link-button"
                // The event's own card replaces the place's panel (its places' buttons lead back).
                onClick={() => {
                  pause();
                  goToIndex(group.eventIndex);
                  choseEventRef.current = true;
                  closePlace();
                }}
              >
                {group.event.properties.title[language]}
              </button>
            </h3>
            <p className="muted">
              <time dateTime={group.event.properties.date.start}>
                {formatDateWindow(group.event.properties.date, language)}
              </time>
            </p>
            {group.note && (
              <aside className="editor-note" aria-label={t(language, 'editorsNote')}>
                <strong>{t(language, 'editorsNote')}: </strong>
                {group.note[language]}
              </aside>
            )}
            {group.excerpts.map((excerpt, i) => (
              <ExcerptQuote
                key={`${excerpt.article}:${excerpt.start}:${i}`}
                excerpt={excerpt}
                terms={terms}
              />
            ))}
          </li>
        ))}
      </ol>
    </aside>
  );
}
