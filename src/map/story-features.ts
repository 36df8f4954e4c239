import { greatCircle } from '@turf/turf';
import type { Feature, FeatureCollection, MultiLineString, LineString, Point, Position } from 'geojson';
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
 * Where each side's arcs start. The gazetteer's own points are used when it has these ids; the
 * fallback coordinates (the cities' centres) keep arcs drawable if it does not.
 */
export const CAPITALS: Readonly<Record<'US' | 'RU', { placeId: string; fallback: LonLat }>> = {
  US: { placeId: 'washington', fallback: [-77.0369, 38.9072] },
  RU: { placeId: 'moscow', fallback: [37.6173, 55.7558] },
};

function capitalPosition(story: StoryIndex, actor: 'US' | 'RU'): Position {
  const capital = CAPITALS[actor];
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

function arcLines(from: Position, to: Position): Position[][] {
  const arc = greatCircle(from, to, { npoints: 64 });
  return arc.geometry.type === 'LineString' ? [arc.geometry.coordinates] : arc.geometry.coordinates;
}

/**
 * Great-circle arcs for contact events. A call links the two capitals. Talks and meetings link
 * each capital to the venue (the event's first place that is neither capital); with no venue
 * they link the capitals directly.
 * @example contactArc(story, callEvent)?.geometry.type // 'MultiLineString'
 */
export function contactArc(story: StoryIndex, event: EventFeature): Feature<MultiLineString> | null {
  if (!isContactEvent(event)) return null;
  const washington = capitalPosition(story, 'US');
  const moscow = capitalPosition(story, 'RU');
  const capitalIds = new Set([CAPITALS.US.placeId, CAPITALS.RU.placeId]);
  const venueId =
    event.properties.kind === 'call' ? undefined : event.properties.places.find((id) => !capitalIds.has(id));
  const venue = venueId === undefined ? undefined : story.placeById.get(venueId);
  const lines = venue
    ? [...arcLines(washington, [...venue.properties.label]), ...arcLines(moscow, [...venue.properties.label])]
    : arcLines(washington, moscow);
  return {
    type: 'Feature',
    geometry: { type: 'MultiLineString', coordinates: lines },
    properties: { id: event.id },
  };
}

export function contactArcCollection(story: StoryIndex): FeatureCollection<MultiLineString | LineString> {
  return {
    type: 'FeatureCollection',
    features: story.events.flatMap((event) => {
      const arc = contactArc(story, event);
      return arc ? [arc] : [];
    }),
  };
}
