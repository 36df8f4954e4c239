/**
 * Sources and layers of the story map as plain data, and the expressions they use as pure
 * functions (unit-tested without a map).
 */
import type {
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { Language } from '../store/types.ts';
import { PALETTE } from '../styles/palette.ts';
import { MAP_FONT } from './font-faces.ts';

export const SOURCE_IDS = {
  basemap: 'basemap',
  basemapLabels: 'basemap-labels',
  placeAreas: 'place-areas',
  placePoints: 'place-points',
  arcs: 'contact-arcs',
} as const;

export const LAYER_IDS = {
  background: 'background',
  land: 'basemap-land',
  borders: 'basemap-borders',
  minorSeaLabels: 'basemap-minor-sea-labels',
  seaLabels: 'basemap-sea-labels',
  countryLabels: 'basemap-country-labels',
  countryFill: 'place-country-fill',
  countryOutline: 'place-country-outline',
  areaFill: 'place-area-fill',
  areaOutline: 'place-area-outline',
  arcs: 'contact-arcs',
  clusters: 'place-clusters',
  clusterCount: 'place-cluster-count',
  places: 'place-points',
  placeLabels: 'place-labels',
} as const;

/** Layers a click can open a place from, top first. */
export const CLICKABLE_LAYERS = [
  LAYER_IDS.places,
  LAYER_IDS.placeLabels,
  LAYER_IDS.areaFill,
  LAYER_IDS.countryFill,
] as const;
/** Layers that draw areas: a click on one picks the smallest area under the pointer. */
export const AREA_LAYERS: readonly string[] = [LAYER_IDS.areaFill, LAYER_IDS.countryFill];

/**
 * The basemap comes in two levels (geo:build writes both): the coarse one (basemap-coarse.geojson)
 * is all the first view fetches; from this zoom on the map swaps in the detailed one
 * (basemap.geojson), fetched the first time the camera goes (or is sent) this close.
 */
export const DETAILED_BASEMAP_MIN_ZOOM = 3.5;
/** Layers whose text follows the interface language. */
export const LABEL_LAYERS = [
  LAYER_IDS.minorSeaLabels,
  LAYER_IDS.seaLabels,
  LAYER_IDS.countryLabels,
  LAYER_IDS.placeLabels,
] as const;

/** Above this many point places the point source clusters, so 1,000 places stay legible and fast. */
export const CLUSTER_THRESHOLD = 300;

export const COLORS = {
  sea: '#d6e4ee',
  land: '#f7f4ee',
  border: '#b8b0a3',
  countryText: '#7c7468',
  seaText: '#4a6b84',
  place: PALETTE.brand,
  active: PALETTE.accent,
  open: PALETTE.accentInk,
  halo: '#ffffff',
  /** The current event's areas in its order of importance: orange, then violet, teal, ochre. */
  roles: [PALETTE.accent, '#6d28d9', '#0f766e', '#a16207'],
} as const;

/** The feature-state keys the controller sets. */
export const STATE_KEYS = { active: 'active', open: 'open', role: 'role' } as const;

/**
 * A label's text in the interface language.
 * @example labelTextField('ar') // ['coalesce', ['get', 'name_ar'], ['get', 'name_en']]
 */
export function labelTextField(language: Language): ExpressionSpecification {
  return ['coalesce', ['get', language === 'ar' ? 'name_ar' : 'name_en'], ['get', 'name_en']];
}

/**
 * `whenTrue` while the feature-state flag is set, else `otherwise`.
 * @example stateCase('active', 1, 0.4) // ['case', ['boolean', ['feature-state', 'active'], false], 1, 0.4]
 */
export function stateCase<T extends string | number>(
  key: string,
  whenTrue: T | ExpressionSpecification,
  otherwise: T | ExpressionSpecification,
): ExpressionSpecification {
  return ['case', ['boolean', ['feature-state', key], false], whenTrue, otherwise];
}

/**
 * Circle radius grows with how much of the story happens at a place (its number of events).
 * @example weightRadius(10) // ['interpolate', ['linear'], ['get', 'weight'], 0, 4, 10, 12]
 */
export function weightRadius(maxWeight: number, minPx = 4, maxPx = 12): ExpressionSpecification {
  return ['interpolate', ['linear'], ['get', 'weight'], 0, minPx, Math.max(1, maxWeight), maxPx];
}

/**
 * The colour of a current event's area by its role (1 = the event's first area): several countries
 * in one event are told apart.
 * @example roleColor() // ['match', ['to-number', ['feature-state', 'role'], 0], 2, '#6d28d9', 3, …, '#c2410c']
 */
export function roleColor(): ExpressionSpecification {
  const [first, ...others] = COLORS.roles;
  return [
    'match',
    ['to-number', ['feature-state', STATE_KEYS.role], 0],
    ...others.flatMap((color, i) => [i + 2, color]),
    first,
  ] as unknown as ExpressionSpecification;
}

/**
 * Area fill opacity: stronger where more happens; for the current event's places, a region or sea
 * is filled and a country only tinted (its outline carries it), so a country never floods the frame.
 */
export function areaOpacity(maxWeight: number): ExpressionSpecification {
  return stateCase(
    STATE_KEYS.active,
    ['match', ['get', 'kind'], 'country', 0.12, 0.3],
    ['interpolate', ['linear'], ['get', 'weight'], 0, 0.06, Math.max(1, maxWeight), 0.22],
  );
}

/** Features whose `kind` is one of `kinds`. */
export function kindFilter(kinds: readonly string[]): ExpressionSpecification {
  return ['in', ['get', 'kind'], ['literal', [...kinds]]];
}

const notCluster: ExpressionSpecification = ['!', ['has', 'point_count']];
/** Set on small seas by geo:build (build-basemap.ts), carried onto their label points. */
const isMinorWater: ExpressionSpecification = ['==', ['get', 'minor'], true];

export interface OverlayOptions {
  language: Language;
  maxWeight: number;
  clustered: boolean;
}

/** Story countries are marked on the basemap (story-features.ts, withStoryCountries) with `id`. */
const isStoryCountry: ExpressionSpecification = ['has', 'id'];

/** An area's fill: the current event's in its role colour, the others darker where more happens. */
function areaFillPaint(maxWeight: number) {
  return {
    'fill-color': stateCase(STATE_KEYS.active, roleColor(), COLORS.place),
    'fill-opacity': areaOpacity(maxWeight),
  };
}

/** An area's outline: strong for the current event's and the open place. */
function areaOutlinePaint() {
  return {
    'line-color': stateCase(STATE_KEYS.active, roleColor(), COLORS.place),
    'line-width': stateCase(STATE_KEYS.open, 3, stateCase(STATE_KEYS.active, 2.2, 0.8)),
    'line-opacity': 0.85,
  };
}

/** The story's own features, in the style from the start (one tiling pass, no setData after load). */
export interface OverlayData {
  /** Regions and seas (countries are the basemap's own features). */
  areas: GeoJSON.FeatureCollection;
  points: GeoJSON.FeatureCollection;
}

/** Our sources: areas and points as given; the arcs empty until an event has a contact. */
export function overlaySources(
  clustered: boolean,
  { areas, points }: OverlayData,
): Record<string, GeoJSONSourceSpecification> {
  const empty: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
  return {
    [SOURCE_IDS.placeAreas]: { type: 'geojson', data: areas, promoteId: 'id' },
    [SOURCE_IDS.arcs]: { type: 'geojson', data: empty, promoteId: 'id' },
    [SOURCE_IDS.placePoints]: clustered
      ? {
          type: 'geojson',
          data: points,
          promoteId: 'id',
          cluster: true,
          clusterRadius: 40,
          clusterMaxZoom: 6,
        }
      : { type: 'geojson', data: points, promoteId: 'id' },
  };
}

/**
 * The story's layers: places (areas, arcs, points, labels) above the basemap. The story's countries
 * are the basemap's own features (whichever level is shown), drawn like every other area; regions
 * and seas come from their own polygons. All fills lie below all outlines.
 */
export function overlayLayers({ language, maxWeight, clustered }: OverlayOptions): LayerSpecification[] {
  const layers: LayerSpecification[] = [
    {
      id: LAYER_IDS.countryFill,
      type: 'fill',
      source: SOURCE_IDS.basemap,
      filter: isStoryCountry,
      paint: areaFillPaint(maxWeight),
    },
    { id: LAYER_IDS.areaFill, type: 'fill', source: SOURCE_IDS.placeAreas, paint: areaFillPaint(maxWeight) },
    {
      id: LAYER_IDS.countryOutline,
      type: 'line',
      source: SOURCE_IDS.basemap,
      filter: isStoryCountry,
      paint: areaOutlinePaint(),
    },
    { id: LAYER_IDS.areaOutline, type: 'line', source: SOURCE_IDS.placeAreas, paint: areaOutlinePaint() },
    {
      id: LAYER_IDS.arcs,
      type: 'line',
      source: SOURCE_IDS.arcs,
      // Only the current event's contact is in this source (see MapController.applyEvent).
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': COLORS.active, 'line-width': 2.5, 'line-opacity': 0.9 },
    },
  ];
  if (clustered) {
    layers.push(
      {
        id: LAYER_IDS.clusters,
        type: 'circle',
        source: SOURCE_IDS.placePoints,
        filter: ['has', 'point_count'],
        paint: {
          'circle-color': COLORS.place,
          'circle-opacity': 0.75,
          'circle-radius': ['interpolate', ['linear'], ['get', 'point_count'], 2, 10, 100, 22],
          'circle-stroke-color': COLORS.halo,
          'circle-stroke-width': 1.5,
        },
      },
      {
        id: LAYER_IDS.clusterCount,
        type: 'symbol',
        source: SOURCE_IDS.placePoints,
        filter: ['has', 'point_count'],
        layout: {
          'text-field': ['to-string', ['get', 'point_count']],
          'text-font': [MAP_FONT],
          'text-size': 12,
          'text-allow-overlap': true,
        },
        paint: { 'text-color': COLORS.halo },
      },
    );
  }
  layers.push(
    {
      id: LAYER_IDS.places,
      type: 'circle',
      source: SOURCE_IDS.placePoints,
      filter: ['all', notCluster, kindFilter(['city', 'site'])],
      paint: {
        'circle-color': stateCase(STATE_KEYS.active, COLORS.active, COLORS.place),
        'circle-radius': weightRadius(maxWeight),
        'circle-opacity': stateCase(STATE_KEYS.active, 1, 0.8),
        'circle-stroke-color': stateCase(STATE_KEYS.open, COLORS.open, COLORS.halo),
        'circle-stroke-width': stateCase(STATE_KEYS.open, 3, 1.5),
      },
    },
    {
      id: LAYER_IDS.placeLabels,
      type: 'symbol',
      source: SOURCE_IDS.placePoints,
      filter: notCluster,
      layout: {
        'text-field': labelTextField(language),
        'text-font': [MAP_FONT],
        'text-size': ['interpolate', ['linear'], ['get', 'weight'], 0, 12, Math.max(1, maxWeight), 15],
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.9,
        'text-justify': 'auto',
        'symbol-sort-key': ['-', 0, ['get', 'weight']],
      },
      paint: {
        'text-color': stateCase(STATE_KEYS.active, COLORS.open, '#1e293b'),
        'text-halo-color': COLORS.halo,
        'text-halo-width': 1.6,
      },
    },
  );
  return layers;
}

/** The embedded offline basemap: Natural Earth land, borders, seas; names in the interface language. */
export function basemapLayers(language: Language): LayerSpecification[] {
  return [
    { id: LAYER_IDS.background, type: 'background', paint: { 'background-color': COLORS.sea } },
    {
      id: LAYER_IDS.land,
      type: 'fill',
      source: SOURCE_IDS.basemap,
      filter: kindFilter(['country']),
      paint: { 'fill-color': COLORS.land },
    },
    {
      id: LAYER_IDS.borders,
      type: 'line',
      source: SOURCE_IDS.basemap,
      filter: kindFilter(['country']),
      paint: { 'line-color': COLORS.border, 'line-width': 0.7 },
    },
    // Straits and small gulfs (Dardanelles, Bosporus…) sit on coastlines next to cities: the
    // lowest layer (MapLibre places symbols top layer first, so these come last) with wide
    // padding, so they give way to any nearby name at overview zooms and appear once there is room.
    {
      id: LAYER_IDS.minorSeaLabels,
      type: 'symbol',
      source: SOURCE_IDS.basemapLabels,
      filter: ['all', kindFilter(['sea']), isMinorWater],
      minzoom: 2,
      layout: {
        'text-field': labelTextField(language),
        'text-font': [MAP_FONT],
        'text-size': 11,
        'text-padding': ['interpolate', ['linear'], ['zoom'], 3, 48, 7, 6],
      },
      paint: { 'text-color': COLORS.seaText, 'text-halo-color': COLORS.sea, 'text-halo-width': 1 },
    },
    {
      id: LAYER_IDS.seaLabels,
      type: 'symbol',
      source: SOURCE_IDS.basemapLabels,
      filter: ['all', kindFilter(['sea']), ['!', isMinorWater]],
      minzoom: 2,
      layout: { 'text-field': labelTextField(language), 'text-font': [MAP_FONT], 'text-size': 12 },
      paint: { 'text-color': COLORS.seaText, 'text-halo-color': COLORS.sea, 'text-halo-width': 1 },
    },
    {
      id: LAYER_IDS.countryLabels,
      type: 'symbol',
      source: SOURCE_IDS.basemapLabels,
      filter: kindFilter(['country']),
      minzoom: 2.5,
      layout: { 'text-field': labelTextField(language), 'text-font': [MAP_FONT], 'text-size': 11 },
      paint: { 'text-color': COLORS.countryText, 'text-halo-color': COLORS.land, 'text-halo-width': 1 },
    },
  ];
}

/** The whole offline style: basemap below, story above; no `glyphs`, fonts from `font-faces`. */
export function embeddedStyle(
  basemap: GeoJSONSourceSpecification['data'],
  basemapLabels: GeoJSONSourceSpecification['data'],
  fontFaces: StyleSpecification['font-faces'],
  options: OverlayOptions,
  overlay: OverlayData,
): StyleSpecification {
  const style: StyleSpecification = {
    version: 8,
    sources: {
      // Story countries carry their place id as `id`: highlights are feature-state on it.
      [SOURCE_IDS.basemap]: { type: 'geojson', data: basemap, promoteId: 'id' },
      [SOURCE_IDS.basemapLabels]: { type: 'geojson', data: basemapLabels },
      ...overlaySources(options.clustered, overlay),
    },
    layers: [...basemapLayers(options.language), ...overlayLayers(options)],
  };
  if (fontFaces) style['font-faces'] = fontFaces;
  return style;
}
