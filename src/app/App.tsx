import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { IS_EMBED } from '../share/embed.ts';
import { EventCard } from '../story/EventCard.tsx';
import { selectCurrentEvent } from '../store/selectors.ts';
import { useStoryStore } from '../store/story-store.ts';
import { Timeline } from '../timeline/Timeline.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { ErrorScreen } from './ErrorScreen.tsx';
import { formatDateWindow } from '../i18n/format-date.ts';
import { Header } from './Header.tsx';
import { MapView } from '../map/MapView.tsx';
import { t } from '../i18n/i18n.ts';
import { IntroDialog } from './IntroDialog.tsx';
import {
  ChronologyList,
  EmbedBar,
  Legend,
  PlacePanel,
  PlacesList,
  PrintChronology,
  SourcesDialog,
  TourCard,
  useFirstViewDone,
} from './later-parts.tsx';
import { useDocumentLanguage } from './use-document-language.ts';
import { useKeyboardActions } from './use-keyboard-actions.ts';

// Split off: the reader is not needed at first paint (the map splits itself: src/map/MapView.tsx).
const ArticleReader = lazy(() => import('../story/ArticleReader.tsx'));

function SidePanel() {
  const placeOpen = useStoryStore((s) => s.openPlaceId !== null);
  const listOpen = useStoryStore((s) => s.listOpen);
  const touring = useStoryStore((s) => s.tourStage !== 'off');
  const index = useStoryStore((s) => s.currentIndex);
  const panelRef = useRef<HTMLDivElement>(null);
  const firstViewDone = useFirstViewDone();
  // A new event opens at its top, wherever the reader had scrolled the last one. After paint, not
  // in a layout effect: reading or setting the scroll position there would force a layout in every step.
  useEffect(() => {
    const panel = panelRef.current;
    if (!placeOpen && panel && panel.scrollTop > 0) panel.scrollTop = 0;
  }, [index, placeOpen]);
  // While touring, the tour's card takes the panel (over the map on wide screens) unless a place is open.
  if (touring && !placeOpen) {
    return (
      <div ref={panelRef} className="side-panel side-panel--tour">
        <Suspense fallback={<EventCard />}>
          <TourCard />
        </Suspense>
      </div>
    );
  }
  // Not inside <main>: the place panel is an <aside>, which must be a top-level landmark.
  return (
    <div ref={panelRef} className="side-panel">
      {placeOpen && (
        <Suspense fallback={null}>
          <PlacePanel />
        </Suspense>
      )}
      {listOpen && <ChronologyList closeOnChoose />}
      {!placeOpen && !listOpen && <EventCard />}
      {/* Below the card: it comes once the first view is drawn. */}
      {firstViewDone && (
        <Suspense fallback={null}>
          <PlacesList />
        </Suspense>
      )}
    </div>
  );
}

/** Says each new event (title and date) to screen readers, on steps and tour advances alike. */
function EventAnnouncer() {
  const language = useStoryStore((s) => s.language);
  const event = useStoryStore(selectCurrentEvent);
  const stage = useStoryStore((s) => s.tourStage);
  const text =
    event && stage !== 'title' && stage !== 'end'
      ? `${event.properties.title[language]}${t(language, 'listSeparator')}${formatDateWindow(event.properties.date, language)}`
      : '';
  return (
    <p className="sr-only" aria-live="polite" aria-atomic="true">
      {text}
    </p>
  );
}

/** If the map's code itself fails (its chunk does not load), the rest of the page carries on. */
function MapFailed() {
  const language = useStoryStore((s) => s.language);
  return (
    <main className="map-area" aria-label={t(language, 'map')}>
      <p className="map-message map-message--error" role="status">
        {t(language, 'mapCodeFailed')}
      </p>
      <div className="map-fallback">
        <Suspense fallback={null}>
          <ChronologyList id="chronology-fallback" />
        </Suspense>
      </div>
    </main>
  );
}

function Story() {
  const language = useStoryStore((s) => s.language);
  const readerOpen = useStoryStore((s) => s.reader !== null);
  const sourcesOpen = useStoryStore((s) => s.sources !== null);
  const legendOpen = useStoryStore((s) => s.legendOpen);
  // Once loaded, the reader and the sources stay mounted so their dialogs close natively and focus returns.
  const [readerMounted, setReaderMounted] = useState(false);
  if (readerOpen && !readerMounted) setReaderMounted(true);
  const [sourcesMounted, setSourcesMounted] = useState(false);
  if (sourcesOpen && !sourcesMounted) setSourcesMounted(true);
  return (
    <>
      <div className="app-main">
        <SidePanel />
        {legendOpen && (
          // The legend button controls #legend: it is there while the legend's chunk loads.
          <Suspense fallback={<section id="legend" className="legend" aria-busy="true" />}>
            <Legend />
          </Suspense>
        )}
        <ErrorBoundary language={language} fallback={<MapFailed />}>
          <MapView
            fallback={
              <Suspense fallback={null}>
                <ChronologyList id="chronology-fallback" />
              </Suspense>
            }
          />
        </ErrorBoundary>
      </div>
      <Timeline />
      <EventAnnouncer />
      <IntroDialog />
      {sourcesMounted && (
        <Suspense fallback={null}>
          <SourcesDialog />
        </Suspense>
      )}
      {readerMounted && (
        <Suspense fallback={null}>
          <ArticleReader />
        </Suspense>
      )}
    </>
  );
}

export function App() {
  const language = useStoryStore((s) => s.language);
  const status = useStoryStore((s) => s.status);
  const loadError = useStoryStore((s) => s.loadError);
  useDocumentLanguage(language);
  useKeyboardActions();
  return (
    <ErrorBoundary language={language}>
      <div className="app">
        <a
          className="skip-link"
          href="#timeline"
          onClick={(e) => {
            e.preventDefault();
            document.querySelector<HTMLElement>('.timeline [role="slider"]')?.focus();
          }}
        >
          {t(language, 'skipToTimeline')}
        </a>
        {IS_EMBED ? <EmbedBar /> : <Header />}
        {status === 'loading' && (
          <p className="loading" role="status">
            {t(language, 'loading')}
          </p>
        )}
        {status === 'error' && loadError && (
          <ErrorScreen language={language} message={loadError.message} details={loadError.details} />
        )}
        {status === 'ready' && <Story />}
      </div>
    </ErrorBoundary>
  );
}

/**
 * The printed chronology, beside the app (print.css prints only it): mounted once the first view is
 * drawn, since it is its own chunk; it listens for printing from then on.
 */
export function PrintWhenReady() {
  const firstViewDone = useFirstViewDone();
  return firstViewDone ? (
    <Suspense fallback={null}>
      <PrintChronology />
    </Suspense>
  ) : null;
}
