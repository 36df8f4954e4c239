import {
  FullscreenControl,
  Map as MaplibreMap,
  NavigationControl,
  Popup,
  type GeoJSONSource,
  type IControl,
  type MapGeoJSONFeature,
  type MapMouseEvent,
  type StyleSpecification,
} from 'maplibre-gl';
import { area } from '@turf/turf';
import type { StoryIndex } from '../data/story-index.ts';
import type { BasemapCollection } from '../data/load-story.ts';
import { publishMapState } from '../store/probe.ts';
import { selectCurrentPlaces } from '../store/selectors.ts';
import { measureStepApplied } from '../store/step-timing.ts';
import { t, textDirection } from '../app/i18n.ts';
import type { PlaceFeature } from '../data/schema.ts';
import type { Language } from '../store/types.ts';
import {
  INITIAL_VIEW,
  cameraMoveDurationMs,
  eventFrame,
  framePadding,
  placesFrame,
  prefersReducedMotion,
  wholeStoryFrame,
  type Frame,
} from './camera.ts';
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
  maxPlaceWeight,
  placeAreaCollection,
  placePointCollection,
} from './story-features.ts';

/** What the map shows, picked from the store. */
export interface MapInput {
  /** The story as shown (narrowed by the reader's filters): `currentIndex` points into its events. */
  story: StoryIndex;
  currentIndex: number;
  openPlaceId: string | null;
  language: Language;
  /** Pixels at the start side (left in English, right in Arabic) covered by a card over the map. */
  insetStartPx: number;
  /** Show the whole story (the tour's title and end cards), whatever the current event. */
  overview: boolean;
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
}

const FLY_DURATION_MS = 1400;
const HIGHLIGHTED_SOURCES = [SOURCE_IDS.placePoints, SOURCE_IDS.placeAreas] as const;

/** A map button of ours (MapLibre's control container and styling), e.g. "show the whole story". */
class ButtonControl implements IControl {
  readonly button = document.createElement('button');
  private container: HTMLElement | null = null;
  constructor(className: string, onClick: () => void) {
    this.button.type = 'button';
    this.button.className = className;
    this.button.addEventListener('click', onClick);
  }
  onAdd(): HTMLElement {
    this.container = document.createElement('div');
    this.container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    this.container.append(this.button);
    return this.container;
  }
  onRemove(): void {
    this.container?.remove();
  }
}

/**
 * Owns the maplibre-gl map, its sources and layers. React creates it once and feeds it store
 * state through update(); it compares with what it last applied and touches MapLibre only for
 * real changes (feature-state for highlights, never setData per step). Only moves the reader makes
 * (MapLibre passes their `originalEvent`; the camera moves started here have none) pause the tour.
 */
export class MapController {
  private readonly options: MapControllerOptions;
  private readonly overlay: OverlayOptions;
  private map: MaplibreMap | null = null;
  private styleReady = false;
  private input: MapInput;
  private applied: MapInput | null = null;
  /** The current event's places (those in the story), in its order of importance. */
  private activePlaces: PlaceFeature[] = [];
  private hasArc = false;
  /** The event the camera last framed (undefined before the first view). */
  private cameraEventId: string | null | undefined = undefined;
  /** Each area's size, so a click picks the smallest feature under it (Kursk Oblast over Russia). */
  private readonly areaM2: ReadonlyMap<string, number>;
  private readonly resetControl: ButtonControl;
  private tip: Popup | null = null;

  constructor(options: MapControllerOptions) {
    this.options = options;
    this.input = options.initial;
    this.overlay = {
      language: options.initial.language,
      maxWeight: maxPlaceWeight(options.story.places),
      clustered: options.story.places.length > CLUSTER_THRESHOLD,
    };
    this.areaM2 = new Map(
      options.story.places
        .filter((place) => place.geometry.type !== 'Point')
        .map((place) => [place.id, area(place.geometry)]),
    );
    this.resetControl = new ButtonControl('qanat-reset-view', () => this.showWholeStory());
  }

  /** Creates the map in `container`; throws if WebGL or the map cannot be set up. */
  create(container: HTMLElement): void {
    initMaplibre();
    const map = new MaplibreMap({
      container,
      style: this.embeddedStyle(),
      center: INITIAL_VIEW.center,
      zoom: INITIAL_VIEW.zoom,
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
    map.on('error', (event) => console.error('Map error:', event.error.message));
    // The reader's own drag, wheel or pinch: MapLibre's input handlers pass the DOM event, while
    // easeTo/fitBounds called from here fire movestart without one.
    map.on('movestart', (e) => {
      if (e.originalEvent) this.options.actions.pause();
    });
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(this.resetControl, 'top-right');
    map.addControl(new FullscreenControl(), 'top-right');
    map.on('click', (e) => this.onClick(e));
    map.on('mousemove', (e) => this.onHover(e));
    map.on('mouseout', () => this.tip?.remove());
  }

  update(input: MapInput): void {
    this.input = input;
    if (this.styleReady) this.apply();
  }

  destroy(): void {
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

  /** Every time a style finishes loading: make sure our sources and layers are there, fill them, re-apply. */
  private onStyleLoad(): void {
    const map = this.map;
    if (!map) return;
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
    this.styleReady = true;
    this.applied = null;
    this.activePlaces = [];
    this.hasArc = false;
    this.apply();
  }

  private apply(): void {
    const map = this.map;
    if (!map) return;
    const next = this.input;
    const previous = this.applied;
    if (!previous || previous.language !== next.language) this.applyLanguage(map, next.language);
    if (!previous || previous.currentIndex !== next.currentIndex || previous.story !== next.story)
      this.applyEvent(map, next.currentIndex);
    if (previous && previous.overview !== next.overview) {
      if (next.overview) this.showWholeStory();
      else this.moveCamera(map, next.currentIndex);
    }
    if (!previous || previous.openPlaceId !== next.openPlaceId) {
      this.setPlaceState(map, previous?.openPlaceId ?? null, STATE_KEYS.open, false);
      this.setPlaceState(map, next.openPlaceId, STATE_KEYS.open, true);
      // Opening a place takes the camera there (not on load: the event's frame comes first).
      const place =
        next.openPlaceId === null ? undefined : this.options.story.placeById.get(next.openPlaceId);
      const frame = place ? placesFrame([place]) : null;
      if (previous && frame) this.frame(map, frame, false);
    }
    this.applied = next;
    measureStepApplied();
  }

  private applyLanguage(map: MaplibreMap, language: Language): void {
    for (const id of LABEL_LAYERS) {
      if (map.getLayer(id)) map.setLayoutProperty(id, 'text-field', labelTextField(language));
    }
    // MapLibre's own controls speak English: name them in the interface language.
    const container = map.getContainer();
    const label = (selector: string, text: string): void => {
      for (const element of container.querySelectorAll<HTMLElement>(selector)) {
        element.title = text;
        element.setAttribute('aria-label', text);
      }
    };
    label('.maplibregl-ctrl-zoom-in', t(language, 'zoomIn'));
    label('.maplibregl-ctrl-zoom-out', t(language, 'zoomOut'));
    label('.maplibregl-ctrl-fullscreen', t(language, 'fullscreen'));
    label('.maplibregl-ctrl-shrink', t(language, 'exitFullscreen'));
    label('.maplibregl-ctrl-attrib-button', t(language, 'mapCredits'));
    label('.qanat-reset-view', t(language, 'resetView'));
    map.getCanvas().setAttribute('aria-label', t(language, 'map'));
  }

  private setPlaceState(
    map: MaplibreMap,
    placeId: string | null,
    key: string,
    value: boolean | number,
  ): void {
    if (placeId === null) return;
    for (const source of HIGHLIGHTED_SOURCES) map.setFeatureState({ source, id: placeId }, { [key]: value });
  }

  private applyEvent(map: MaplibreMap, index: number): void {
    const { story } = this.input;
    const event = story.events[index];
    for (const { id } of this.activePlaces) {
      this.setPlaceState(map, id, STATE_KEYS.active, false);
      this.setPlaceState(map, id, STATE_KEYS.role, 0);
    }
    this.activePlaces = selectCurrentPlaces({ story, currentIndex: index });
    // Areas of the event get roles in its order of importance (1 = first), each its own colour.
    let role = 0;
    for (const { id } of this.activePlaces) {
      this.setPlaceState(map, id, STATE_KEYS.active, true);
      if (this.areaM2.has(id)) this.setPlaceState(map, id, STATE_KEYS.role, (role += 1));
    }
    // Only the current event's lines are drawn: a one-feature setData per step, none when none.
    const arc = event ? contactArc(story, event) : null;
    if (arc || this.hasArc) {
      map.getSource<GeoJSONSource>(SOURCE_IDS.arcs)?.setData({
        type: 'FeatureCollection',
        features: arc ? [arc] : [],
      });
    }
    this.hasArc = arc !== null;
    if ((event?.id ?? null) !== this.cameraEventId) this.moveCamera(map, index);
  }

  private moveCamera(map: MaplibreMap, index: number): void {
    const { story } = this.input;
    const first = this.cameraEventId === undefined;
    this.cameraEventId = story.events[index]?.id ?? null;
    // An event without places keeps the camera where it is; on first load, show the whole story.
    const frame = eventFrame(story, index) ?? (first ? wholeStoryFrame(story.places) : null);
    if (frame) this.frame(map, frame, first);
  }

  private showWholeStory(): void {
    const frame = wholeStoryFrame(this.options.story.places);
    if (this.map && frame) this.frame(this.map, frame, false);
  }

  private frame(map: MaplibreMap, frame: Frame, jump: boolean): void {
    const duration = cameraMoveDurationMs({
      firstView: jump,
      reducedMotion: prefersReducedMotion(),
      flyDurationMs: FLY_DURATION_MS,
    });
    // The canvas' drawing-buffer size, not clientWidth: reading layout here would force a
    // synchronous style and layout pass for the whole page inside every step.
    const canvas = map.getCanvas();
    const ratio = map.getPixelRatio() || 1;
    // The map's buttons stand at the end side (right in English, left in Arabic): places stay clear of them.
    const padding = framePadding({
      widthPx: canvas.width / ratio,
      heightPx: canvas.height / ratio,
      insetStartPx: this.input.insetStartPx,
      rtl: textDirection(this.input.language) === 'rtl',
    });
    if (frame.kind === 'view') {
      map.easeTo({ center: frame.center, zoom: frame.zoom, padding, duration });
      return;
    }
    map.fitBounds(frame.bounds, { padding, maxZoom: frame.maxZoom, duration });
  }

  /**
   * What the pointer is on, the smallest first: a city's dot or label, then areas from the smallest
   * (Kursk Oblast before Russia), so the feature a reader points at wins over what contains it.
   */
  private clickableAt(e: MapMouseEvent): MapGeoJSONFeature[] {
    const map = this.map;
    if (!map) return [];
    const layers = [...CLICKABLE_LAYERS, LAYER_IDS.clusters].filter((id) => map.getLayer(id));
    const size = (f: MapGeoJSONFeature): number =>
      f.layer.id === LAYER_IDS.areaFill ? (this.areaM2.get(String(f.properties['id'])) ?? Infinity) : -1;
    return map.queryRenderedFeatures(e.point, { layers }).sort((a, b) => size(a) - size(b));
  }

  /** The pointer cursor over what opens, and a label naming the place under it (its own may have given way). */
  private onHover(e: MapMouseEvent): void {
    const map = this.map;
    if (!map) return;
    const feature = this.clickableAt(e)[0];
    map.getCanvas().style.cursor = feature ? 'pointer' : '';
    const place = feature ? this.options.story.placeById.get(String(feature.properties['id'])) : undefined;
    if (!place) {
      this.tip?.remove();
      return;
    }
    this.tip ??= new Popup({ closeButton: false, closeOnClick: false, className: 'place-tip', offset: 12 });
    this.tip.setLngLat(e.lngLat).setText(place.properties.name[this.input.language]).addTo(map);
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
        if (center) map.easeTo({ center: [center[0] ?? 0, center[1] ?? 0], zoom });
      });
      return;
    }
    const placeId = feature.properties['id'];
    if (typeof placeId === 'string') this.options.actions.openPlace(placeId);
  }
}
