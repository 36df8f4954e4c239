import { greatCircle } from '@turf/turf';
import type { Feature, FeatureCollection, MultiLineString, Point, Position } from 'geojson';
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

function isLonLat(value: unknown): value is [number, number] {
  return Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === 'number');
}

/**
 * One label point per basemap country or sea, so a name is written once rather than once per
 * polygon piece and map tile. geo:build places each (`label`, inside the largest part) and marks
 * small seas `minor`; names in `skipNamesEn` (story places, which label themselves) are left out.
 */
export function basemapLabelPoints(
  basemap: { features: readonly { properties: Record<string, unknown> }[] },
  skipNamesEn: ReadonlySet<string> = new Set(),
): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  for (const { properties } of basemap.features) {
    const { label, ...rest } = properties;
    if (!isLonLat(label) || skipNamesEn.has(String(properties['name_en']))) continue;
    features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: label }, properties: rest });
  }
  return { type: 'FeatureCollection', features };
}
