import { area, centroid, greatCircle } from '@turf/turf';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  MultiLineString,
  Point,
  Polygon,
  Position,
} from 'geojson';
import type { EventFeature, LonLat, PlaceFeature } from '../data/schema.ts';
import type { StoryIndex } from '../data/story-index.ts';

/** Flat properties for map features: expressions read name_ar/name_en/kind/weight directly. */
export interface PlaceMapProperties {
  id: string;
  name_ar: string;
  name_en: string;
  kind: string;
  weight: number;
}

function placeProperties(place: PlaceFeature): PlaceMapProperties {
  const p = place.properties;
  return { id: place.id, name_ar: p.name.ar, name_en: p.name.en, kind: p.kind, weight: p.events.length };
}

/** Areas (regions, seas, countries) as polygons; cities and sites are not in here. */
export function placeAreaCollection(places: readonly PlaceFeature[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: places
      .filter((place) => place.geometry.type !== 'Point')
      .map((place) => ({ type: 'Feature', geometry: place.geometry, properties: placeProperties(place) })),
  };
}

/** Every place at its label point: cities as dots, every place with its name. */
export function placePointCollection(places: readonly PlaceFeature[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: places.map((place) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [...place.properties.label] },
      properties: placeProperties(place),
    })),
  };
}

/** The biggest place weight, for scaling circle sizes. */
export function maxPlaceWeight(places: readonly PlaceFeature[]): number {
  return places.reduce((max, place) => Math.max(max, place.properties.events.length), 1);
}

export const CONTACT_KINDS = ['call', 'talks', 'meeting'] as const;

/**
 * Each party's capital, where its lines start. The gazetteer's own points are used when it has
 * these ids; the fallback coordinates (the cities' centres) keep lines drawable if it does not.
 */
export const CAPITALS: Readonly<Record<'US' | 'RU' | 'UA', { placeId: string; fallback: LonLat }>> = {
  US: { placeId: 'washington', fallback: [-77.0369, 38.9072] },
  RU: { placeId: 'moscow', fallback: [37.6173, 55.7558] },
  UA: { placeId: 'kyiv', fallback: [30.5234, 50.4501] },
};
type Party = keyof typeof CAPITALS;
const PARTIES = Object.keys(CAPITALS) as Party[];

function capitalPosition(story: Pick<StoryIndex, 'placeById'>, party: Party): Position {
  const capital = CAPITALS[party];
  return [...(story.placeById.get(capital.placeId)?.properties.label ?? capital.fallback)];
}

/** A contact between Washington and Moscow: a call, talks or a meeting with both among its actors. */
export function isContactEvent(event: EventFeature): boolean {
  const p = event.properties;
  return (
    (CONTACT_KINDS as readonly string[]).includes(p.kind) &&
    p.actors.includes('US') &&
    p.actors.includes('RU')
  );
}

/** The parties of a contact event that have a capital on the map (US, RU, and UA in trilateral talks). */
export function contactParties(event: EventFeature): Party[] {
  if (!isContactEvent(event)) return [];
  return PARTIES.filter((party) => event.properties.actors.includes(party));
}

/** The capitals a contact event's lines start from, as places (to keep both ends in frame). */
export function contactCapitals(story: Pick<StoryIndex, 'placeById'>, event: EventFeature): PlaceFeature[] {
  return contactParties(event).flatMap((party) => {
    const place = story.placeById.get(CAPITALS[party].placeId);
    return place ? [place] : [];
  });
}

function arcLines(from: Position, to: Position): Position[][] {
  const arc = greatCircle(from, to, { npoints: 64 });
  return arc.geometry.type === 'LineString' ? [arc.geometry.coordinates] : arc.geometry.coordinates;
}

/**
 * The current contact's lines. Talks and meetings link each party's capital to the venue (the
 * event's first place that is no party's capital), Kyiv included in trilateral talks; a call, or
 * talks with no venue, links every pair of capitals.
 * @example contactArc(story, callEvent)?.geometry.type // 'MultiLineString'
 */
export function contactArc(story: StoryIndex, event: EventFeature): Feature<MultiLineString> | null {
  const parties = contactParties(event);
  if (parties.length < 2) return null;
  const capitalIds = new Set(parties.map((party) => CAPITALS[party].placeId));
  const venueId =
    event.properties.kind === 'call' ? undefined : event.properties.places.find((id) => !capitalIds.has(id));
  const venue = venueId === undefined ? undefined : story.placeById.get(venueId);
  const ends = parties.map((party) => capitalPosition(story, party));
  const lines = venue
    ? ends.flatMap((end) => arcLines(end, [...venue.properties.label]))
    : ends.flatMap((from, i) => ends.slice(i + 1).flatMap((to) => arcLines(from, to)));
  return {
    type: 'Feature',
    geometry: { type: 'MultiLineString', coordinates: lines },
    properties: { id: event.id },
  };
}

function ringArea(ring: readonly Position[]): number {
  let twiceArea = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    twiceArea += xj * yi - xi * yj;
  }
  return Math.abs(twiceArea / 2);
}

/** The largest part of a (multi)polygon, where its one label belongs. */
function largestPolygon(geometry: Geometry): Polygon | null {
  if (geometry.type === 'Polygon') return geometry;
  if (geometry.type !== 'MultiPolygon') return null;
  let best: Position[][] | null = null;
  for (const polygon of geometry.coordinates) {
    if (!best || ringArea(polygon[0] ?? []) > ringArea(best[0] ?? [])) best = polygon;
  }
  return best ? { type: 'Polygon', coordinates: best } : null;
}

/** Seas smaller than this (straits, small gulfs, the Sea of Marmara) are labelled as minor waters. */
const MINOR_WATER_M2 = 20_000 * 1e6;

/**
 * One label point per basemap country or sea (the centroid of its largest part), so a name is
 * written once rather than once per polygon piece and map tile. Names in `skipNamesEn` are left
 * out; seas under 20,000 km² are marked `minor` so their labels give way first.
 */
export function basemapLabelPoints(
  basemap: { features: readonly { geometry?: unknown; properties: Record<string, unknown> }[] },
  skipNamesEn: ReadonlySet<string> = new Set(),
): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  for (const feature of basemap.features) {
    // A story place labels itself; its basemap twin would write the name twice.
    if (skipNamesEn.has(String(feature.properties['name_en']))) continue;
    const polygon = largestPolygon(feature.geometry as Geometry);
    if (!polygon) continue;
    const minor = feature.properties['kind'] === 'sea' && area(polygon) < MINOR_WATER_M2;
    features.push({ ...centroid(polygon), properties: { ...feature.properties, minor } });
  }
  return { type: 'FeatureCollection', features };
}
