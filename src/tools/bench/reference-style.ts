/**
 * The load and flight benchmarks' fixed reference page, frozen: the style, camera and map size the
 * bare maplibre-gl page (baseline-page.ts) draws with, so that the app's ratios against it stay
 * comparable across changes to the app (issue 14: "Keep the old reference page (bare maplibre-gl
 * with today's 50 m basemap) as a fixed baseline so ratios stay comparable across changes; fix its
 * camera constants, which drifted from the app's."). Nothing here may follow the app: change it
 * only on purpose, and say in the README that ratios before and after are not comparable.
 *
 * Frozen on 2026-12-01 from the app at that date:
 * - REFERENCE_LAYERS: `basemapLayers('ar')` of src/map/layers.ts (land, borders, sea and country
 *   labels), printed as data;
 * - REFERENCE_MAP_SIZE: the app's map area at the bench's 1280×800 viewport (the page header above
 *   it, the side panel beside it), measured in Chromium: 900×597 CSS px at a device pixel ratio of 1;
 * - REFERENCE_CAMERA: the app's first view there, the view at `/` in Arabic: the first event
 *   ("new-start-signed-2010") has no places, so the map controller fits the whole story
 *   (`wholeStoryFrame`: bounds [-83.01136, -12.65003, 122.38634, 59.75411], maxZoom 4) inside
 *   `framePadding` (top 60, bottom 60, left 108, right 60 in Arabic), which maplibre-gl 6.17.0
 *   resolved to this centre (the middle of the canvas) and zoom;
 * - the font: Noto Sans Arabic 400 from @fontsource/noto-sans-arabic 5.3.0 (its whole Arabic and
 *   Latin woff2 files, not the app's own font files, which may be subset), with the unicode ranges
 *   of src/map/font-faces.ts at that date.
 * The basemap is geo/basemap.geojson, the 50 m detailed file (kept byte-identical), given to every
 * source the layers read (maplibre-gl places the labels on the polygons).
 */
import type { LayerSpecification } from 'maplibre-gl';

export const REFERENCE_MAP_SIZE = { width: 900, height: 597 } as const;

export const REFERENCE_CAMERA = {
  center: [12.953139180327867, 29.681767608934322] as [number, number],
  zoom: 1.3252767180863518,
} as const;

/** The font name the layers ask for, and the unicode ranges of its two files. */
export const REFERENCE_FONT = {
  name: 'Noto Sans Arabic Regular',
  arabicRange: ['U+0600-06FF', 'U+0750-077F', 'U+0870-08FF', 'U+200C-200E', 'U+FB50-FDFF', 'U+FE70-FEFC'],
  latinRange: ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+2000-206F', 'U+20AC'],
} as const;

export const REFERENCE_LAYERS: LayerSpecification[] = [
  { id: 'background', type: 'background', paint: { 'background-color': '#d6e4ee' } },
  {
    id: 'basemap-land',
    type: 'fill',
    source: 'basemap',
    filter: ['in', ['get', 'kind'], ['literal', ['country']]],
    paint: { 'fill-color': '#f7f4ee' },
  },
  {
    id: 'basemap-borders',
    type: 'line',
    source: 'basemap',
    filter: ['in', ['get', 'kind'], ['literal', ['country']]],
    paint: { 'line-color': '#b8b0a3', 'line-width': 0.7 },
  },
  {
    id: 'basemap-minor-sea-labels',
    type: 'symbol',
    source: 'basemap-labels',
    filter: ['all', ['in', ['get', 'kind'], ['literal', ['sea']]], ['==', ['get', 'minor'], true]],
    minzoom: 2,
    layout: {
      'text-field': ['coalesce', ['get', 'name_ar'], ['get', 'name_en']],
      'text-font': ['Noto Sans Arabic Regular'],
      'text-size': 11,
      'text-padding': ['interpolate', ['linear'], ['zoom'], 3, 48, 7, 6],
    },
    paint: { 'text-color': '#4a6b84', 'text-halo-color': '#d6e4ee', 'text-halo-width': 1 },
  },
  {
    id: 'basemap-sea-labels',
    type: 'symbol',
    source: 'basemap-labels',
    filter: ['all', ['in', ['get', 'kind'], ['literal', ['sea']]], ['!', ['==', ['get', 'minor'], true]]],
    minzoom: 2,
    layout: {
      'text-field': ['coalesce', ['get', 'name_ar'], ['get', 'name_en']],
      'text-font': ['Noto Sans Arabic Regular'],
      'text-size': 12,
    },
    paint: { 'text-color': '#4a6b84', 'text-halo-color': '#d6e4ee', 'text-halo-width': 1 },
  },
  {
    id: 'basemap-country-labels',
    type: 'symbol',
    source: 'basemap-labels',
    filter: ['in', ['get', 'kind'], ['literal', ['country']]],
    minzoom: 2.5,
    layout: {
      'text-field': ['coalesce', ['get', 'name_ar'], ['get', 'name_en']],
      'text-font': ['Noto Sans Arabic Regular'],
      'text-size': 11,
    },
    paint: { 'text-color': '#7c7468', 'text-halo-color': '#f7f4ee', 'text-halo-width': 1 },
  },
];
