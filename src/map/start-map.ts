/**
 * Starts the map in a container and feeds it store changes outside React (synchronously, so a
 * step's store and map updates happen in one task). Its own chunk with maplibre-gl: MapView imports
 * it when it mounts, without React.lazy (whose Suspense would hold the map back for a reveal).
 */
import { GPUInitializationError } from 'maplibre-gl';
import { loadBasemap } from '../data/load-story.ts';
import { dataUrlsFor } from '../data/story-assets.ts';
import type { StoryIndex } from '../data/story-index.ts';
import type { MessageKey } from '../i18n/i18n.ts';
import { publishMapState } from '../store/probe.ts';
import type { StoryStore } from '../store/story-store.ts';
import type { StoryState } from '../store/types.ts';
import { MapController } from './map-controller.ts';
import type { MapInput } from './map-sync.ts';
import { workerReachable } from './maplibre-init.ts';

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

/** Why the map is not shown: an interface message, an error's own text, or `null` for no WebGL. */
export type MapFailure = { key: MessageKey } | { text: string } | null;

/**
 * Creates the map for the loaded story; `onFailure` says why there is none (the map state is then
 * `unavailable`). Returns the function that stops it.
 */
export function startMap(
  container: HTMLElement,
  store: StoryStore,
  story: StoryIndex,
  onFailure: (failure: MapFailure) => void,
): () => void {
  const { dataset, setMapStatus } = store.getState();
  let controller: MapController | null = null;
  let unsubscribe = (): void => {};
  let stopped = false;
  const urls = dataUrlsFor(dataset);
  const fail = (failure: MapFailure): void => {
    if (stopped) return;
    stopped = true;
    unsubscribe();
    controller?.destroy();
    controller = null;
    setMapStatus('unavailable');
    publishMapState('unavailable');
    onFailure(failure);
  };
  // Checked beside the map's start, not before it: a missing worker is named, not waited for.
  void workerReachable().then((worker) => {
    if (!worker) fail({ key: 'mapWorkerFailed' });
  });
  // The first view needs only the coarse basemap; the controller fetches the detailed one when
  // the camera first comes close.
  loadBasemap(urls.basemapCoarse, fetch, 'basemap-coarse.geojson')
    .then((basemap) => {
      if (stopped) return;
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
      // Without WebGL the map's constructor throws: no throwaway context is made to ask first
      // (creating one costs as much as the map's own on a software renderer).
      if (error instanceof GPUInitializationError) {
        container.replaceChildren();
        fail(null);
      } else fail({ text: error instanceof Error ? error.message : String(error) });
    });
  return () => {
    stopped = true;
    unsubscribe();
    controller?.destroy();
  };
}
