import type { Feature, FeatureCollection, MultiLineString, Point, Position } from 'geojson';
import type { LonLat } from '../data/schema.ts';
import type { StoryIndex, StoryEvent, StoryPlace } from '../data/story-index.ts';
import { isAreaPlace } from './place-extent.ts';

/** Flat properties for map features: expressions read name_ar/name_en/kind/weight directly. */
export interface PlaceMapProperties {
  id: string;
  name_ar: string;
  name_en: string;
  kind: string;
  weight: number;
}

function placeProperties(place: StoryPlace): PlaceMapProperties {
  const p = place.properties;
  return { id: place.id, name_ar: p.name.ar, name_en: p.name.en, kind: p.kind, weight: p.events.length };
}

/**
 * Areas drawn from their own polygons (regions, seas, and a country the basemap does not have);
 * cities and sites are not in here, nor the countries in `fromBasemap` (see withStoryCountries).
 */
export function placeAreaCollection(
  places: readonly StoryPlace[],
  fromBasemap: ReadonlySet<string> = new Set(),
): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: places.flatMap((place) =>
      place.geometry && isAreaPlace(place) && !fromBasemap.has(place.id)
        ? [{ type: 'Feature' as const, geometry: place.geometry, properties: placeProperties(place) }]
        : [],
    ),
  };
}

/** A basemap level as the map reads it: countries and seas with their properties. */
export interface BasemapData {
  type: 'FeatureCollection';
  features: readonly { type: 'Feature'; geometry: unknown; properties: Record<string, unknown> }[];
}

/**
 * Which basemap country is which story place: geo:build writes the place's id as `place` on the
 * coarse level's country (by ISO code, `iso_a2`, which both levels carry).
 * @example basemapPlaceIds(coarse).get('RU') // 'russia'
 */
export function basemapPlaceIds(coarse: BasemapData): Map<string, string> {
  const placeByIso = new Map<string, string>();
  for (const { properties } of coarse.features) {
    const { iso_a2: iso, place } = properties;
    if (typeof iso === 'string' && typeof place === 'string') placeByIso.set(iso, place);
  }
  return placeByIso;
}

/**
 * A basemap level with the story's countries marked as places (`id`, the source's feature id for
 * highlights, and `weight`, plus their place names), so the map draws a country's tint, outline
 * and highlight from the basemap's own feature, on either level, not from a second polygon.
 * Returns the data and the ids of the places it marked.
 */
export function withStoryCountries(
  basemap: BasemapData,
  placeByIso: ReadonlyMap<string, string>,
  places: readonly StoryPlace[],
): { data: BasemapData; placeIds: Set<string> } {
  const byId = new Map(places.map((place) => [place.id, place]));
  const placeIds = new Set<string>();
  const features = basemap.features.map((feature) => {
    const iso = feature.properties['iso_a2'];
    const place = typeof iso === 'string' ? byId.get(placeByIso.get(iso) ?? '') : undefined;
    if (place === undefined || feature.properties['kind'] !== 'country') return feature;
    placeIds.add(place.id);
    return { ...feature, properties: { ...feature.properties, ...placeProperties(place) } };
  });
  return { data: { type: 'FeatureCollection', features }, placeIds };
}

/** Every place at its label point: cities as dots, every place with its name. */
export function placePointCollection(places: readonly StoryPlace[]): FeatureCollection<Point> {
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
export function maxPlaceWeight(places: readonly StoryPlace[]): number {
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
export function isContactEvent(event: StoryEvent): boolean {
  const p = event.properties;
  return (
    (CONTACT_KINDS as readonly string[]).includes(p.kind) &&
    p.actors.includes('US') &&
    p.actors.includes('RU')
  );
}

/** The parties of a contact event that have a capital on the map (US, RU, and UA in trilateral talks). */
export function contactParties(event: StoryEvent): Party[] {
  if (!isContactEvent(event)) return [];
  return PARTIES.filter((party) => event.properties.actors.includes(party));
}

/** The capitals a contact event's lines start from, as places (to keep both ends in frame). */
export function contactCapitals(story: Pick<StoryIndex, 'placeById'>, event: StoryEvent): StoryPlace[] {
  return contactParties(event).flatMap((party) => {
    const place = story.placeById.get(CAPITALS[party].placeId);
    return place ? [place] : [];
  });
}

const RADIANS = Math.PI / 180;
const ARC_POINTS = 64;

function unitVector([lon = 0, lat = 0]: Position): [number, number, number] {
  const [phi, lambda] = [lat * RADIANS, lon * RADIANS];
  return [Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)];
}

const round6 = (value: number): number => Math.round(value * 1e6) / 1e6;

/**
 * The great circle from one point to another (spherical interpolation, 64 points), cut where it
 * crosses the antimeridian so no segment spans the map.
 * @example arcLines([-77, 38.9], [37.6, 55.8])[0]?.length // 64
 */
export function arcLines(from: Position, to: Position): Position[][] {
  const [a, b] = [unitVector(from), unitVector(to)];
  const angle = Math.acos(Math.min(1, Math.max(-1, a[0] * b[0] + a[1] * b[1] + a[2] * b[2])));
  if (angle < 1e-9) return [[from, to]];
  const lines: Position[][] = [[]];
  for (let i = 0; i < ARC_POINTS; i += 1) {
    const t = i / (ARC_POINTS - 1);
    const [wa, wb] = [Math.sin((1 - t) * angle) / Math.sin(angle), Math.sin(t * angle) / Math.sin(angle)];
    const [x, y, z] = [0, 1, 2].map((k) => wa * a[k]! + wb * b[k]!) as [number, number, number];
    const point: Position = [
      round6(Math.atan2(y, x) / RADIANS),
      round6(Math.atan2(z, Math.hypot(x, y)) / RADIANS),
    ];
    const line = lines[lines.length - 1]!;
    const previous = line[line.length - 1];
    if (previous && Math.abs((point[0] ?? 0) - (previous[0] ?? 0)) > 180) lines.push([point]);
    else line.push(point);
  }
  return lines;
}

/**
 * The current contact's lines. Talks and meetings link each party's capital to the venue (the
 * event's first place that is no party's capital), Kyiv included in trilateral talks; a call, or
 * talks with no venue, links every pair of capitals.
 * @example contactArc(story, callEvent)?.geometry.type // 'MultiLineString'
 */
export function contactArc(story: StoryIndex, event: StoryEvent): Feature<MultiLineString> | null {
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
 * small seas `minor`. A feature the story labels itself is left out: a country whose `place` is a
 * story place (its names may differ: "United States of America" is the story's "United States"),
 * or a feature named like a story place in English (seas carry no `place`).
 */
export function basemapLabelPoints(
  basemap: { features: readonly { properties: Record<string, unknown> }[] },
  story: { placeIds: ReadonlySet<string>; namesEn: ReadonlySet<string> } = {
    placeIds: new Set(),
    namesEn: new Set(),
  },
): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  for (const { properties } of basemap.features) {
    const { label, ...rest } = properties;
    if (!isLonLat(label)) continue;
    if (story.placeIds.has(String(properties['place'])) || story.namesEn.has(String(properties['name_en'])))
      continue;
    features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: label }, properties: rest });
  }
  return { type: 'FeatureCollection', features };
}
