import { lazy, Suspense, useState } from 'react';
import { EventCard } from '../story/EventCard.tsx';
import { PlacePanel } from '../story/PlacePanel.tsx';
import { useStoryStore } from '../store/story-store.ts';
import { Timeline } from '../timeline/Timeline.tsx';
import { ChronologyList } from './ChronologyList.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { ErrorScreen } from './ErrorScreen.tsx';
import { Header } from './Header.tsx';
import { t } from './i18n.ts';
import { PlacesList } from './PlacesList.tsx';
import { useDocumentLanguage } from './use-document-language.ts';
import { useKeyboardActions } from './use-keyboard-actions.ts';

// Split off: maplibre-gl is most of the page's weight and the reader is not needed at first paint.
const MapView = lazy(() => import('../map/MapView.tsx'));
const ArticleReader = lazy(() => import('../story/ArticleReader.tsx'));

function SidePanel() {
  const placeOpen = useStoryStore((s) => s.openPlaceId !== null);
  const listOpen = useStoryStore((s) => s.listOpen);
  // Not inside <main>: the place panel is an <aside>, which must be a top-level landmark.
  return (
    <div className="side-panel">
      {placeOpen && <PlacePanel />}
      {listOpen && <ChronologyList />}
      {!placeOpen && !listOpen && <EventCard />}
      <PlacesList />
    </div>
  );
}

/** If the map's code itself fails (its chunk does not load), the rest of the page carries on. */
function MapFailed() {
  const language = useStoryStore((s) => s.language);
  return (
    <main className="map-area" aria-label={t(language, 'map')}>
      <p className="map-message map-message--error" role="status">
        {t(language, 'mapUnavailable')}
      </p>
      <div className="map-fallback">
        <ChronologyList id="chronology-fallback" />
      </div>
    </main>
  );
}

function Story() {
  const language = useStoryStore((s) => s.language);
  const readerOpen = useStoryStore((s) => s.reader !== null);
  // Once loaded, the reader stays mounted so its dialog closes natively and focus returns.
  const [readerMounted, setReaderMounted] = useState(false);
  if (readerOpen && !readerMounted) setReaderMounted(true);
  return (
    <>
      <div className="app-main">
        <SidePanel />
        <ErrorBoundary language={language} fallback={<MapFailed />}>
          <Suspense fallback={<main className="map-area" aria-busy="true" />}>
            <MapView fallback={<ChronologyList id="chronology-fallback" />} />
          </Suspense>
        </ErrorBoundary>
      </div>
      <Timeline />
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
        <Header />
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
