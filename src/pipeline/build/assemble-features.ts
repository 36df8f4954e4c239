import type {
  ChronologyEntry,
  EventFeature,
  GazetteerEntry,
  LonLat,
  PlaceFeature,
  PlaceProperties,
} from '../../data/schema.ts';
import type { ResolvedPlace } from './resolve-place-geometry.ts';

/**
 * Chronology order: by `date.start`, then `id` (plain string comparison, so no locale can change it).
 * @example sortEvents([{ id: 'b', date: { start: '2025-02-18' } }, { id: 'a', date: { start: '2025-02-18' } }]) // a, b
 */
export function sortEvents<E extends Pick<ChronologyEntry, 'id' | 'date'>>(events: readonly E[]): E[] {
  return [...events].sort((a, b) => compareStrings(a.date.start, b.date.start) || compareStrings(a.id, b.id));
}

/**
 * Stage 4a: one Feature per chronology entry, in chronology order; its geometry joins the label
 * points of its places (Point for one, MultiPoint for several, null for none).
 * @example assembleEvents(chronology, new Map([['riyadh', { label: [46.7, 24.6], … }]]))
 * // [{ type: 'Feature', id: 'riyadh-talks', geometry: { type: 'Point', coordinates: [46.7, 24.6] }, properties: {…} }]
 */
export function assembleEvents(
  chronology: readonly ChronologyEntry[],
  places: ReadonlyMap<string, ResolvedPlace>,
): EventFeature[] {
  return sortEvents(chronology).map((event) => {
    const points = event.places
      .map((id) => places.get(id)?.label)
      .filter((label): label is LonLat => label !== undefined);
    const geometry: EventFeature['geometry'] =
      points.length === 0
        ? null
        : points.length === 1
          ? { type: 'Point', coordinates: points[0] as LonLat }
          : { type: 'MultiPoint', coordinates: points };
    return { type: 'Feature', id: event.id, geometry, properties: event };
  });
}

/**
 * Stage 4b: one Feature per gazetteer entry, sorted by id (stable whatever order the curator keeps
 * the gazetteer in). `mentions` comes from `mentionCounts` (see count-place-mentions.ts; 0 when
 * absent); `events` lists the events that name the place, in chronology order.
 * @example assemblePlaces(gazetteer, resolved, chronology, new Map([['kyiv', 3]]))
 * // [{ type: 'Feature', id: 'kyiv', geometry: {…}, properties: { id: 'kyiv', …, mentions: 3, events: ['…'] } }]
 */
export function assemblePlaces(
  gazetteer: readonly GazetteerEntry[],
  places: ReadonlyMap<string, ResolvedPlace>,
  chronology: readonly ChronologyEntry[],
  mentionCounts: ReadonlyMap<string, number>,
): PlaceFeature[] {
  const sortedEvents = sortEvents(chronology);
  return [...gazetteer]
    .sort((a, b) => compareStrings(a.id, b.id))
    .flatMap((entry): PlaceFeature[] => {
      const resolved = places.get(entry.id);
      if (resolved === undefined) return [];
      const properties: PlaceProperties = {
        id: entry.id,
        name: entry.name,
        kind: entry.kind,
        aliases: entry.aliases,
        label: resolved.label,
        ref: entry.ref,
        mentions: mentionCounts.get(entry.id) ?? 0,
        events: sortedEvents.filter((event) => event.places.includes(entry.id)).map((event) => event.id),
      };
      if (entry.note !== undefined) properties.note = entry.note;
      return [{ type: 'Feature', id: entry.id, geometry: resolved.geometry, properties }];
    });
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
