import {
  Map as MaplibreMap,
  type GeoJSONSource,
  type MapMouseEvent,
  type StyleSpecification,
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { StoryIndex } from '../data/story-index.ts';
import type { BasemapCollection } from '../data/load-story.ts';
import { measureStepApplied } from '../store/step-timing.ts';
import type { Language } from '../store/types.ts';
import { cameraMoveDurationMs, placesBounds, prefersReducedMotion } from './camera.ts';
import { mapFontFaces } from './font-faces.ts';
import {
  CLICKABLE_LAYERS,
  CLUSTER_THRESHOLD,
  LABEL_LAYERS,
  LAYER_IDS,
  SOURCE_IDS,
  STATE_KEYS,
  embeddedStyle,
  labelTextField,
  overlayLayers,
  overlaySources,
  type OverlayOptions,
} from './layers.ts';
import { initMaplibre } from './maplibre-init.ts';
import {
  basemapLabelPoints,
  contactArc,
  contactArcCollection,
  isContactEvent,
  maxPlaceWeight,
  placeAreaCollection,
  placePointCollection,
} from './story-features.ts';

/** What the map shows, picked from the store. */
export interface MapInput {
  currentIndex: number;
  openPlaceId: string | null;
  language: Language;
}

/** What the map tells the app: user intent goes back through store actions. */
export interface MapActions {
  openPlace: (placeId: string) => void;
  pause: () => void;
  ready: () => void;
}

export interface MapControllerOptions {
  story: StoryIndex;
  basemap: BasemapCollection;
  initial: MapInput;
  actions: MapActions;
  /** A remote vector style; the embedded basemap replaces it if it fails to load. */
  remoteStyleUrl?: string | undefined;
}

const CAMERA_TAG = 'qanatCamera';
const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

export type PublishedMapState = 'loading' | 'moving' | 'idle' | 'unavailable';

/**
 * The readiness signal tests and screenshots wait for: <html data-map-state>, 'idle' once
 * MapLibre has drawn everything it was asked to (src/tools/page-readiness.ts reads it).
 */
export function publishMapState(state: PublishedMapState): void {
  // Only on change: an attribute write on <html> invalidates style for the whole page.
  const root = document.documentElement;
  if (root.dataset['mapState'] !== state) root.dataset['mapState'] = state;
}
const FLY_DURATION_MS = 1400;
const MAX_FIT_ZOOM = 4.5;
const REMOTE_STYLE_TIMEOUT_MS = 8000;
const HIGHLIGHTED_SOURCES = [SOURCE_IDS.placePoints, SOURCE_IDS.placeAreas] as const;
/**
 * Up to this many contact arcs are all drawn faintly for context, the current one highlighted by
 * feature-state. Beyond it (the 10,000-event benchmark) thousands of arcs would make every tile
 * heavy, so only the current event's arc is drawn: a one-feature setData per step.
 */
const ARC_CONTEXT_LIMIT = 200;

/**
 * Owns the maplibre-gl map, its sources and layers. React creates it once and feeds it store
 * state through update(); it compares with what it last applied and touches MapLibre only for
 * real changes (feature-state for highlights, never setData per step). Camera moves it starts
 * carry a tag so they are not mistaken for the reader's own panning, which pauses the tour.
 */
export class MapController {
  private readonly options: MapControllerOptions;
  private readonly overlay: OverlayOptions;
  private map: MaplibreMap | null = null;
  private styleReady = false;
  private usingRemote = false;
  private input: MapInput;
  private applied: MapInput | null = null;
  private activePlaceIds: string[] = [];
  private activeArcId: string | null = null;
  private cameraIndex = -1;
  private fallbackTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly arcs: FeatureCollection;
  private readonly arcsPerStep: boolean;

  constructor(options: MapControllerOptions) {
    this.options = options;
    this.input = options.initial;
    this.overlay = {
      language: options.initial.language,
      maxWeight: maxPlaceWeight(options.story.places),
      clustered: options.story.places.length > CLUSTER_THRESHOLD,
    };
    this.arcs = contactArcCollection(options.story);
    this.arcsPerStep = this.arcs.features.length > ARC_CONTEXT_LIMIT;
  }

  /** Creates the map in `container`; throws if WebGL or the map cannot be set up. */
  create(container: HTMLElement): void {
    initMaplibre();
    const remote = this.options.remoteStyleUrl;
    this.usingRemote = Boolean(remote);
    const map = new MaplibreMap({
      container,
      style: remote ?? this.embeddedStyle(),
      center: [20, 40],
      zoom: 2,
      attributionControl: { compact: true, customAttribution: 'Natural Earth' },
      maplibreLogo: false,
      renderWorldCopies: false,
      dragRotate: false,
      pitchWithRotate: false,
    });
    this.map = map;
    map.touchZoomRotate.disableRotation();
    publishMapState('loading');
    map.on('movestart', () => publishMapState('moving'));
    map.on('idle', () => publishMapState('idle'));
    map.on('style.load', () => this.onStyleLoad());
    map.on('load', () => this.options.actions.ready());
    map.on('error', (event) => {
      if (this.usingRemote && !this.styleReady) this.fallBackToEmbedded();
      else console.error('Map error:', event.error.message);
    });
    if (remote) this.fallbackTimer = setTimeout(() => this.fallBackToEmbedded(), REMOTE_STYLE_TIMEOUT_MS);
    map.on('movestart', (e) => {
      const tagged = (e as unknown as Record<string, unknown>)[CAMERA_TAG] === true;
      if (e.originalEvent && !tagged) this.options.actions.pause();
    });
    map.on('click', (e) => this.onClick(e));
    map.on('mousemove', (e) => {
      map.getCanvas().style.cursor = this.clickableAt(e).length > 0 ? 'pointer' : '';
    });
  }

  update(input: MapInput): void {
    this.input = input;
    if (this.styleReady) this.apply();
  }

  destroy(): void {
    if (this.fallbackTimer !== null) clearTimeout(this.fallbackTimer);
    this.map?.remove();
    this.map = null;
    this.styleReady = false;
  }

  private embeddedStyle(): StyleSpecification {
    return embeddedStyle(
      this.options.basemap as unknown as GeoJSON.FeatureCollection,
      basemapLabelPoints(
        this.options.basemap,
        new Set(this.options.story.places.map((place) => place.properties.name.en)),
      ),
      mapFontFaces(document.baseURI),
      { ...this.overlay, language: this.input.language },
    );
  }

  private fallBackToEmbedded(): void {
    if (this.fallbackTimer !== null) clearTimeout(this.fallbackTimer);
    this.fallbackTimer = null;
    if (!this.usingRemote || !this.map) return;
    this.usingRemote = false;
    this.styleReady = false;
    this.map.setStyle(this.embeddedStyle(), { diff: false });
  }

  /** Every time a style finishes loading: make sure our sources and layers are there, fill them, re-apply. */
  private onStyleLoad(): void {
    const map = this.map;
    if (!map) return;
    if (this.fallbackTimer !== null) clearTimeout(this.fallbackTimer);
    if (!map.getSource(SOURCE_IDS.placePoints)) {
      map.setFontFaces(mapFontFaces(document.baseURI));
      for (const [id, spec] of Object.entries(overlaySources(this.overlay.clustered)))
        map.addSource(id, spec);
      for (const layer of overlayLayers({ ...this.overlay, language: this.input.language }))
        map.addLayer(layer);
    }
    const { story } = this.options;
    map.getSource<GeoJSONSource>(SOURCE_IDS.placeAreas)?.setData(placeAreaCollection(story.places));
    map.getSource<GeoJSONSource>(SOURCE_IDS.placePoints)?.setData(placePointCollection(story.places));
    map.getSource<GeoJSONSource>(SOURCE_IDS.arcs)?.setData(this.arcsPerStep ? EMPTY : this.arcs);
    this.styleReady = true;
    this.applied = null;
    this.activePlaceIds = [];
    this.activeArcId = null;
    this.apply();
  }

  private apply(): void {
    const map = this.map;
    if (!map) return;
    const next = this.input;
    const previous = this.applied;
    if (!previous || previous.language !== next.language) this.applyLanguage(map, next.language);
    if (!previous || previous.currentIndex !== next.currentIndex) this.applyEvent(map, next.currentIndex);
    if (!previous || previous.openPlaceId !== next.openPlaceId) {
      this.setPlaceState(map, previous?.openPlaceId ?? null, STATE_KEYS.open, false);
      this.setPlaceState(map, next.openPlaceId, STATE_KEYS.open, true);
    }
    this.applied = next;
    measureStepApplied();
  }

  private applyLanguage(map: MaplibreMap, language: Language): void {
    for (const id of LABEL_LAYERS) {
      if (map.getLayer(id)) map.setLayoutProperty(id, 'text-field', labelTextField(language));
    }
  }

  private setPlaceState(map: MaplibreMap, placeId: string | null, key: string, value: boolean): void {
    if (placeId === null) return;
    for (const source of HIGHLIGHTED_SOURCES) map.setFeatureState({ source, id: placeId }, { [key]: value });
  }

  private applyEvent(map: MaplibreMap, index: number): void {
    const { story } = this.options;
    const event = story.events[index];
    for (const id of this.activePlaceIds) this.setPlaceState(map, id, STATE_KEYS.active, false);
    const previousArcId = this.activeArcId;
    if (this.activeArcId !== null) {
      map.setFeatureState({ source: SOURCE_IDS.arcs, id: this.activeArcId }, { [STATE_KEYS.active]: false });
    }
    this.activePlaceIds = event ? event.properties.places.filter((id) => story.placeById.has(id)) : [];
    for (const id of this.activePlaceIds) this.setPlaceState(map, id, STATE_KEYS.active, true);
    this.activeArcId = event && isContactEvent(event) ? event.id : null;
    if (this.arcsPerStep) {
      const arc = event ? contactArc(story, event) : null;
      if (arc || previousArcId !== null) {
        map
          .getSource<GeoJSONSource>(SOURCE_IDS.arcs)
          ?.setData({ type: 'FeatureCollection', features: arc ? [arc] : [] });
      }
    }
    if (this.activeArcId !== null) {
      map.setFeatureState({ source: SOURCE_IDS.arcs, id: this.activeArcId }, { [STATE_KEYS.active]: true });
    }
    if (index !== this.cameraIndex) this.moveCamera(map, index);
  }

  private moveCamera(map: MaplibreMap, index: number): void {
    const { story } = this.options;
    const first = this.cameraIndex < 0;
    this.cameraIndex = index;
    const places = this.activePlaceIds.flatMap((id) => {
      const place = story.placeById.get(id);
      return place ? [place] : [];
    });
    // An event without places keeps the camera where it is; on first load, show the whole story.
    const bounds = placesBounds(places) ?? (first ? placesBounds(story.places) : null);
    if (!bounds) return;
    // The canvas' drawing-buffer size, not clientWidth: reading layout here would force a
    // synchronous style and layout pass for the whole page inside every step.
    const canvas = map.getCanvas();
    const ratio = map.getPixelRatio() || 1;
    const widthPx = canvas.width / ratio;
    const heightPx = canvas.height / ratio;
    const paddingPx = Math.round(Math.min(80, widthPx * 0.12, heightPx * 0.15));
    map.fitBounds(
      bounds,
      {
        padding: paddingPx,
        maxZoom: MAX_FIT_ZOOM,
        duration: cameraMoveDurationMs({
          firstView: first,
          reducedMotion: prefersReducedMotion(),
          flyDurationMs: FLY_DURATION_MS,
        }),
      },
      { [CAMERA_TAG]: true },
    );
  }

  private clickableAt(e: MapMouseEvent) {
    const map = this.map;
    if (!map) return [];
    const layers = [...CLICKABLE_LAYERS, LAYER_IDS.clusters].filter((id) => map.getLayer(id));
    return map.queryRenderedFeatures(e.point, { layers });
  }

  private onClick(e: MapMouseEvent): void {
    const map = this.map;
    const feature = this.clickableAt(e)[0];
    if (!map || !feature) return;
    this.options.actions.pause();
    const clusterId = feature.properties['cluster_id'];
    if (typeof clusterId === 'number') {
      const source = map.getSource<GeoJSONSource>(SOURCE_IDS.placePoints);
      const center = feature.geometry.type === 'Point' ? feature.geometry.coordinates : null;
      void source?.getClusterExpansionZoom(clusterId).then((zoom) => {
        if (center) map.easeTo({ center: [center[0] ?? 0, center[1] ?? 0], zoom }, { [CAMERA_TAG]: true });
      });
      return;
    }
    const placeId = feature.properties['id'];
    if (typeof placeId === 'string') this.options.actions.openPlace(placeId);
  }
}
