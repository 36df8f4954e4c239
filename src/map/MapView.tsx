import { useEffect, useRef, useState, type ReactNode } from 'react';
import { loadBasemap } from '../data/load-story.ts';
import { dataUrlsFor } from '../data/story-assets.ts';
import { t, type MessageKey } from '../i18n/i18n.ts';
import { getStoryStore, useStoryStore } from '../store/story-store.ts';
import type { StoryIndex } from '../data/story-index.ts';
import type { StoryState } from '../store/types.ts';
import { publishMapState } from '../store/probe.ts';
import { MapController } from './map-controller.ts';
import type { MapInput } from './map-sync.ts';
import { workerReachable } from './maplibre-init.ts';
import { hasWebGL } from './webgl-support.ts';

/** The tour card's width over the map on wide screens (see .side-panel--tour in app.css), plus a margin. */
const TOUR_CARD_INSET_PX = 440;
let wideQuery: MediaQueryList | null = null;

function pickMapInput(state: StoryState, loaded: StoryIndex): MapInput {
  wideQuery ??= matchMedia('(min-width: 721px)');
  return {
    story: state.story ?? loaded,
    currentIndex: state.currentIndex,
    openPlaceId: state.openPlaceId,
    language: state.language,
    insetStartPx: state.tourStage !== 'off' && wideQuery.matches ? TOUR_CARD_INSET_PX : 0,
    overview: state.tourStage === 'title' || state.tourStage === 'end',
  };
}

/**
 * Mounts the map controller once and feeds it store changes outside React (synchronously, so a
 * step's store and map updates happen in one task). Without WebGL it says so; the rest of the
 * page keeps working, and the map area shows `fallback` (the plain chronology) instead.
 */
export default function MapView({ fallback }: { fallback?: ReactNode }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const language = useStoryStore((s) => s.language);
  const mapStatus = useStoryStore((s) => s.mapStatus);
  // What went wrong: an interface message (shown in the current language) or an error's own text.
  const [failure, setFailure] = useState<{ key: MessageKey } | { text: string } | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    const store = getStoryStore();
    const { story, dataset, setMapStatus } = store.getState();
    if (!container || !story) return;
    if (!hasWebGL()) {
      setMapStatus('unavailable');
      publishMapState('unavailable');
      return;
    }
    let controller: MapController | null = null;
    let unsubscribe = (): void => {};
    let cancelled = false;
    const urls = dataUrlsFor(dataset);
    let failed = false;
    const failWith = (reason: { key: MessageKey } | { text: string }): void => {
      failed = true;
      controller?.destroy();
      controller = null;
      setMapStatus('unavailable');
      publishMapState('unavailable');
      setFailure(reason);
    };
    // Checked beside the map's start, not before it: a missing worker is named, not waited for.
    void workerReachable().then((worker) => {
      if (!worker && !cancelled) failWith({ key: 'mapWorkerFailed' });
    });
    // The first view needs only the coarse basemap; the controller fetches the detailed one when
    // the camera first comes close.
    loadBasemap(urls.basemapCoarse, fetch, 'basemap-coarse.geojson')
      .then((basemap) => {
        if (cancelled || failed) return;
        const actions = store.getState();
        controller = new MapController({
          story,
          basemap,
          loadDetailedBasemap: () => loadBasemap(urls.basemap),
          initial: pickMapInput(actions, story),
          actions: {
            openPlace: actions.openPlace,
            pause: actions.pause,
            ready: () => setMapStatus('ready'),
          },
        });
        controller.create(container);
        const mapController = controller;
        unsubscribe = store.subscribe((state) => mapController.update(pickMapInput(state, story)));
      })
      .catch((error: unknown) => {
        if (!cancelled) failWith({ text: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      cancelled = true;
      unsubscribe();
      controller?.destroy();
    };
  }, []);

  return (
    <main className="map-area" aria-label={t(language, 'map')}>
      <div ref={containerRef} className="map-container" data-testid="map" />
      {mapStatus === 'pending' && <p className="map-message">{t(language, 'mapLoading')}</p>}
      {mapStatus === 'unavailable' && (
        <p className="map-message map-message--error" role="status">
          {failure === null
            ? t(language, 'mapUnavailable')
            : 'key' in failure
              ? t(language, failure.key)
              : failure.text}
        </p>
      )}
      {mapStatus === 'unavailable' && <div className="map-fallback">{fallback}</div>}
    </main>
  );
}
