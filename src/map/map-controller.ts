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
import type { StoryIndex } from '../data/story-index.ts';
import type { BasemapCollection } from '../data/story-shape.ts';
import { MAP_PROJECT_KEY, publishMapState, type MapProbeElement } from '../store/probe.ts';
import { INITIAL_VIEW } from './camera.ts';
import { mapFontFaces } from './font-faces.ts';
import {
  AREA_LAYERS,
  CLICKABLE_LAYERS,
  CLUSTER_THRESHOLD,
  DETAILED_BASEMAP_MIN_ZOOM,
  LAYER_IDS,
  SOURCE_IDS,
  embeddedStyle,
  type OverlayOptions,
} from './layers.ts';
import { initMaplibre } from './maplibre-init.ts';
import { MapSync, type MapInput } from './map-sync.ts';
import { isAreaPlace, placeAreaM2 } from './place-extent.ts';
import {
  basemapLabelPoints,
  basemapPlaceIds,
  maxPlaceWeight,
  placeAreaCollection,
  placePointCollection,
  withStoryCountries,
  type BasemapData,
} from './story-features.ts';

/** What the map tells the app: user intent goes back through store actions. */
export interface MapActions {
  openPlace: (placeId: string) => void;
  pause: () => void;
  ready: () => void;
}

export interface MapControllerOptions {
  story: StoryIndex;
  /** The coarse basemap level: what the first view draws. */
  basemap: BasemapCollection;
  /** Fetches the detailed level, once, when the camera first goes to DETAILED_BASEMAP_MIN_ZOOM or closer. */
  loadDetailedBasemap?: () => Promise<BasemapCollection>;
  initial: MapInput;
  actions: MapActions;
}

/** A map button of ours (MapLibre's control container and styling), e.g. "show the whole story". */
class ButtonControl implements IControl {
  private container: HTMLElement | null = null;
  constructor(
    private readonly className: string,
    private readonly onClick: () => void,
  ) {}
  onAdd(): HTMLElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = this.className;
    button.addEventListener('click', this.onClick);
    this.container = document.createElement('div');
    this.container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    this.container.append(button);
    return this.container;
  }
  onRemove(): void {
    this.container?.remove();
  }
}

/**
 * Owns the maplibre-gl map, its sources, layers, controls and pointer handling. React creates it
 * once and feeds it store state through update(); MapSync compares that with what it last applied
 * and touches MapLibre only for real changes. Only moves the reader makes (MapLibre passes their
 * `originalEvent`; the camera moves started here have none) pause the tour.
 */
export class MapController {
  private readonly options: MapControllerOptions;
  private readonly overlay: OverlayOptions;
  private map: MaplibreMap | null = null;
  private sync: MapSync | null = null;
  private styleReady = false;
  private input: MapInput;
  /** Each area's size, so a click picks the smallest feature under it (Kursk Oblast over Russia). */
  private readonly areaM2: ReadonlyMap<string, number>;
  /** Basemap country ISO code → the story place it is (from the coarse level, see basemapPlaceIds). */
  private readonly placeByIso: ReadonlyMap<string, string>;
  /** The basemap level shown, its story countries marked; and the places drawn from it. */
  private basemap: ReturnType<typeof withStoryCountries>;
  /** The detailed basemap level: not asked for yet, on its way, or in (or failed: the coarse stays). */
  private detailed: 'no' | 'loading' | 'done' = 'no';
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
      options.story.places.filter(isAreaPlace).map((place) => [place.id, placeAreaM2(place)]),
    );
    const coarse = options.basemap as BasemapData;
    this.placeByIso = basemapPlaceIds(coarse);
    this.basemap = withStoryCountries(coarse, this.placeByIso, options.story.places);
    this.resetControl = new ButtonControl('qanat-reset-view', () => this.sync?.showWholeStory());
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
      // The world repeats sideways: a frame as wide as Washington to Beijing still fits beside the
      // tour's card (without copies the world must fill the map's width, so the card hid one end).
      renderWorldCopies: true,
      dragRotate: false,
      pitchWithRotate: false,
    });
    this.map = map;
    this.sync = new MapSync(map, this.options.story, this.areaM2, this.input, (zoom) => this.detailAt(zoom));
    // What tests (and only tests) read from the container: where a place is drawn in the map.
    (container as MapProbeElement)[MAP_PROJECT_KEY] = (lonLat) => map.project(lonLat);
    map.touchZoomRotate.disableRotation();
    publishMapState('loading');
    map.on('movestart', () => publishMapState('moving'));
    // Not idle while the detailed basemap is on its way: its setData redraws, then idles again.
    map.on('idle', () => {
      if (this.detailed !== 'loading') publishMapState('idle');
    });
    map.on('zoom', () => this.detailAt(map.getZoom()));
    map.on('resize', () => this.sync?.resized());
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
    // A narrow map's credits start folded behind their ⓘ (open they covered a city on a phone).
    if (container.clientWidth <= 640)
      container.querySelector('.maplibregl-compact-show')?.classList.remove('maplibregl-compact-show');
    map.on('click', (e) => this.onClick(e));
    map.on('mousemove', (e) => this.onHover(e));
    map.on('mouseout', () => this.tip?.remove());
  }

  update(input: MapInput): void {
    this.input = input;
    if (this.styleReady) this.sync?.apply(input);
  }

  destroy(): void {
    this.map?.remove();
    this.map = null;
    this.sync = null;
    this.styleReady = false;
  }

  /** The first time the camera is at (or is sent to) the detailed level's zoom: fetch it, swap it in. */
  private detailAt(zoom: number): void {
    const load = this.options.loadDetailedBasemap;
    if (zoom < DETAILED_BASEMAP_MIN_ZOOM || this.detailed !== 'no' || !load) return;
    this.detailed = 'loading';
    publishMapState('loading');
    load()
      .then((detailed) => {
        this.basemap = withStoryCountries(
          detailed as BasemapData,
          this.placeByIso,
          this.options.story.places,
        );
        this.map?.getSource<GeoJSONSource>(SOURCE_IDS.basemap)?.setData(this.basemapData());
      })
      .catch((error: unknown) => {
        // The coarse level stays: the map still works, its shapes are only simpler up close.
        console.error('Detailed basemap:', error instanceof Error ? error.message : String(error));
      })
      .finally(() => {
        this.detailed = 'done';
        // A frame, so the map fires its next idle (and the page hears it) once the swap is drawn.
        this.map?.triggerRepaint();
      });
  }

  private basemapData(): GeoJSON.FeatureCollection {
    return this.basemap.data as unknown as GeoJSON.FeatureCollection;
  }

  private embeddedStyle(): StyleSpecification {
    return embeddedStyle(
      this.basemapData(),
      basemapLabelPoints(this.options.basemap, {
        placeIds: new Set(this.options.story.placeById.keys()),
        namesEn: new Set(this.options.story.places.map((place) => place.properties.name.en)),
      }),
      mapFontFaces(document.baseURI),
      { ...this.overlay, language: this.input.language },
      {
        areas: placeAreaCollection(this.options.story.places, this.basemap.placeIds),
        points: placePointCollection(this.options.story.places),
      },
    );
  }

  /** Once the style (sources filled, layers in: embeddedStyle) has loaded: apply the store's state. */
  private onStyleLoad(): void {
    if (!this.map) return;
    this.styleReady = true;
    this.sync?.reset();
    this.sync?.apply(this.input);
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
      AREA_LAYERS.includes(f.layer.id) ? (this.areaM2.get(String(f.properties['id'])) ?? Infinity) : -1;
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
