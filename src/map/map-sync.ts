import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import { t, textDirection } from '../i18n/i18n.ts';
import type { StoryIndex, StoryPlace } from '../data/story-index.ts';
import { selectCurrentPlaces } from '../store/selectors.ts';
import { measureStepApplied } from '../store/step-timing.ts';
import type { Language } from '../store/types.ts';
import {
  cameraMoveDurationMs,
  eventFrame,
  framePadding,
  placesFrame,
  prefersReducedMotion,
  wholeStoryFrame,
  type Frame,
} from './camera.ts';
import { LABEL_LAYERS, SOURCE_IDS, STATE_KEYS, labelTextField } from './layers.ts';
import { contactArc } from './story-features.ts';

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

/** The part of a maplibre-gl Map that keeping it in step with the store uses. */
export type MapSurface = Pick<
  MaplibreMap,
  | 'setFeatureState'
  | 'getSource'
  | 'getLayer'
  | 'setLayoutProperty'
  | 'getContainer'
  | 'getCanvas'
  | 'getPixelRatio'
  | 'easeTo'
  | 'fitBounds'
> &
  Partial<Pick<MaplibreMap, 'cameraForBounds'>>;

const FLY_DURATION_MS = 1400;
/** Sources whose features are places: the basemap's too (the story's countries are its own features). */
const HIGHLIGHTED_SOURCES = [SOURCE_IDS.placePoints, SOURCE_IDS.placeAreas, SOURCE_IDS.basemap] as const;

/**
 * Keeps a map in step with the store: each apply() compares the input with what it last applied
 * and touches the map only for real changes (feature-state for highlights, a one-feature setData
 * for the current contact's lines, a camera move for a new event or an opened place).
 */
export class MapSync {
  private input: MapInput;
  private applied: MapInput | null = null;
  /** The current event's places (those in the story), in its order of importance. */
  private activePlaces: StoryPlace[] = [];
  private hasArc = false;
  /** The event the camera last framed (undefined before the first view). */
  private cameraEventId: string | null | undefined = undefined;
  /**
   * The tour's card came or went: the page lays the map out anew after this apply, so the frame
   * just made was for the old size and is made again once the map has resized.
   */
  private reframeOnResize = false;

  /**
   * @param story the whole story (the whole-story frame and opened places come from it)
   * @param areaM2 each area's size: areas get a colour role, cities do not
   * @param initial what the map shows first (the camera's padding reads it before the first apply)
   * @param onMoveTo told the zoom of every camera move it starts, before the move (so the detailed
   *   basemap can be fetched while the camera flies there)
   */
  constructor(
    private readonly map: MapSurface,
    private readonly story: StoryIndex,
    private readonly areaM2: ReadonlyMap<string, number>,
    initial: MapInput,
    private readonly onMoveTo: (zoom: number) => void = () => undefined,
  ) {
    this.input = initial;
  }

  /** Forgets what was applied (a new style has none of it), so the next apply() sets everything. */
  reset(): void {
    this.applied = null;
    this.activePlaces = [];
    this.hasArc = false;
  }

  apply(next: MapInput): void {
    const map = this.map;
    this.input = next;
    const previous = this.applied;
    if (!previous || previous.language !== next.language) this.applyLanguage(next.language);
    if (!previous || previous.currentIndex !== next.currentIndex || previous.story !== next.story)
      this.applyEvent(next);
    if (previous && previous.insetStartPx !== next.insetStartPx) this.reframeOnResize = true;
    if (previous && previous.overview !== next.overview) {
      if (next.overview) this.showWholeStory();
      else this.moveCamera(next);
    }
    if (!previous || previous.openPlaceId !== next.openPlaceId) {
      this.setPlaceState(previous?.openPlaceId ?? null, STATE_KEYS.open, false);
      this.setPlaceState(next.openPlaceId, STATE_KEYS.open, true);
      // Opening a place takes the camera there (not on load: the event's frame comes first).
      const place = next.openPlaceId === null ? undefined : this.story.placeById.get(next.openPlaceId);
      const frame = place ? placesFrame([place]) : null;
      if (previous && frame) this.frame(map, frame, false);
    }
    this.applied = next;
    measureStepApplied();
  }

  /** The map has a new size: if it followed the tour's card coming or going, frame again for it. */
  resized(): void {
    if (!this.reframeOnResize) return;
    this.reframeOnResize = false;
    if (this.input.overview) this.showWholeStory();
    else this.moveCamera(this.input);
  }

  showWholeStory(): void {
    const frame = wholeStoryFrame(this.story.places);
    if (frame) this.frame(this.map, frame, false);
  }

  private applyLanguage(language: Language): void {
    const map = this.map;
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

  private setPlaceState(placeId: string | null, key: string, value: boolean | number): void {
    if (placeId === null) return;
    for (const source of HIGHLIGHTED_SOURCES)
      this.map.setFeatureState({ source, id: placeId }, { [key]: value });
  }

  private applyEvent(input: MapInput): void {
    const { story, currentIndex: index } = input;
    const event = story.events[index];
    for (const { id } of this.activePlaces) {
      this.setPlaceState(id, STATE_KEYS.active, false);
      this.setPlaceState(id, STATE_KEYS.role, 0);
    }
    this.activePlaces = selectCurrentPlaces({ story, currentIndex: index });
    // Areas of the event get roles in its order of importance (1 = first), each its own colour.
    let role = 0;
    for (const { id } of this.activePlaces) {
      this.setPlaceState(id, STATE_KEYS.active, true);
      if (this.areaM2.has(id)) this.setPlaceState(id, STATE_KEYS.role, (role += 1));
    }
    // Only the current event's lines are drawn: a one-feature setData per step, none when none.
    const arc = event ? contactArc(story, event) : null;
    if (arc || this.hasArc) {
      this.map.getSource<GeoJSONSource>(SOURCE_IDS.arcs)?.setData({
        type: 'FeatureCollection',
        features: arc ? [arc] : [],
      });
    }
    this.hasArc = arc !== null;
    if ((event?.id ?? null) !== this.cameraEventId) this.moveCamera(input);
  }

  private moveCamera(input: MapInput): void {
    const { story, currentIndex: index } = input;
    const first = this.cameraEventId === undefined;
    this.cameraEventId = story.events[index]?.id ?? null;
    // An event without places keeps the camera where it is; on first load, show the whole story.
    const frame = eventFrame(story, index) ?? (first ? wholeStoryFrame(story.places) : null);
    if (frame) this.frame(this.map, frame, first);
  }

  private frame(map: MapSurface, frame: Frame, jump: boolean): void {
    const input = this.input;
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
      insetStartPx: input.insetStartPx,
      rtl: textDirection(input.language) === 'rtl',
    });
    if (frame.kind === 'view') {
      this.onMoveTo(frame.zoom);
      map.easeTo({ center: frame.center, zoom: frame.zoom, padding, duration });
      return;
    }
    const target = map.cameraForBounds?.(frame.bounds, { padding, maxZoom: frame.maxZoom });
    if (target?.zoom !== undefined) this.onMoveTo(target.zoom);
    map.fitBounds(frame.bounds, { padding, maxZoom: frame.maxZoom, duration });
  }
}
