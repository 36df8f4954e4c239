/**
 * A seeded synthetic story, hundreds of times the real one, for scale tests and the benchmark.
 * Geography comes from real anchors (Natural Earth places) and every excerpt is copied from a real
 * event, so the data stays valid under the contract: each excerpt is an exact slice of a real article.
 */
import { addDays } from '../../data/calendar-date.ts';
import type {
  Bilingual,
  DatePrecision,
  DateWindow,
  EventFeature,
  EventsCollection,
  Excerpt,
  LonLat,
  PlaceFeature,
  PlacesCollection,
} from '../../data/schema.ts';
import { seededRandom, type SeededRandom } from './seeded-random.ts';

/** A real point the synthetic places are scattered around. */
export interface SyntheticAnchor {
  lonLat: LonLat;
  name: Bilingual;
  wikidata?: string;
  geonames?: number;
}

export interface SyntheticStoryOptions {
  seed: number;
  eventCount: number;
  placeCount: number;
  /** Real events whose titles, kinds, actors and excerpts are reused. */
  sourceEvents: readonly EventFeature[];
  anchors: readonly SyntheticAnchor[];
  /** Share of places drawn as small polygons (kind `region`) rather than points. */
  polygonShare?: number;
  firstDate?: string;
  spanDays?: number;
  /**
   * Dates bunched the way news is: this many bursts (a summit, an offensive) of a few days to a few
   * weeks, spread over the span with a few big ones; 0 (the default) spreads dates evenly.
   */
  dateBursts?: number;
  /** Share of events inside a burst when `dateBursts` > 0 (the rest are spread evenly). */
  burstShare?: number;
  /**
   * Excerpts per event as [min, max]: the source event's own first, then others drawn from every
   * real excerpt; left out, an event has exactly its source's excerpts.
   */
  excerptsPerEvent?: readonly [min: number, max: number];
  /**
   * How unevenly events fall on places: place index = placeCount × u^skew, so above 1 a few places
   * (the capitals of a newsroom's corpus) carry many events; 1 (the default) is even.
   */
  placeSkew?: number;
}

export interface SyntheticStory {
  places: PlacesCollection;
  events: EventsCollection;
}

const JITTER_DEGREES = 0.4;
const POLYGON_RADIUS_DEGREES = 0.25;
const HEXAGON_CORNERS = 6;
const ARABIC_INDIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';

/**
 * Builds `placeCount` places and `eventCount` events, identical for the same options and seed.
 * @example
 * const { places, events } = generateSyntheticStory({ seed: 1, eventCount: 10_000, placeCount: 1_000, sourceEvents, anchors });
 * events.features.length // 10000
 */
export function generateSyntheticStory(options: SyntheticStoryOptions): SyntheticStory {
  const { seed, eventCount, placeCount, sourceEvents, anchors } = options;
  if (sourceEvents.length === 0)
    throw new Error('generateSyntheticStory: needs at least one real source event');
  if (anchors.length === 0) throw new Error('generateSyntheticStory: needs at least one geographic anchor');
  if (placeCount < 1) throw new Error(`generateSyntheticStory: placeCount must be ≥ 1, got ${placeCount}`);
  const random = seededRandom(seed);
  const placeDrafts = Array.from({ length: placeCount }, (_, index) =>
    draftPlace(random, anchors, index, placeCount, options.polygonShare ?? 0.05),
  );
  const eventDrafts = draftEvents(random, options, placeDrafts.length);

  const eventIdsByPlace = placeDrafts.map((): string[] => []);
  const events: EventFeature[] = eventDrafts.map((draft, index) => {
    const id = `synthetic-event-${pad(index + 1, eventCount)}`;
    const source = draft.source.properties;
    const placeIds = draft.placeIndexes.map((placeIndex) => {
      eventIdsByPlace[placeIndex]?.push(id);
      return placeDrafts[placeIndex]?.id ?? '';
    });
    const labels = draft.placeIndexes.map((placeIndex): LonLat => placeDrafts[placeIndex]?.label ?? [0, 0]);
    const number = index + 1;
    return {
      type: 'Feature',
      id,
      geometry: eventGeometry(labels),
      properties: {
        id,
        date: draft.date,
        title: {
          ar: `${source.title.ar} (${toArabicDigits(String(number))})`,
          en: `${source.title.en} (#${number})`,
        },
        // Both languages of the source: summary.ar, excerpt translations, bilingual notes.
        summary: { ...source.summary },
        kind: source.kind,
        actors: [...source.actors],
        places: placeIds,
        excerpts: (draft.excerpts ?? source.excerpts).map((excerpt) => ({
          ...excerpt,
          translation: { ...excerpt.translation },
        })),
        ...(source.note === undefined ? {} : { note: { ...source.note } }),
      },
    };
  });

  const places: PlaceFeature[] = placeDrafts.map((draft, index) => {
    const eventIds = eventIdsByPlace[index] ?? [];
    return {
      type: 'Feature',
      id: draft.id,
      geometry: draft.polygon
        ? { type: 'Polygon', coordinates: [draft.polygon] }
        : { type: 'Point', coordinates: draft.label },
      properties: {
        id: draft.id,
        name: draft.name,
        kind: draft.polygon ? 'region' : 'city',
        aliases: [draft.name.ar],
        label: draft.label,
        ref: draft.ref,
        mentions: eventIds.length,
        events: eventIds,
      },
    };
  });

  return {
    places: { type: 'FeatureCollection', features: places },
    events: { type: 'FeatureCollection', features: events },
  };
}

interface PlaceDraft {
  id: string;
  name: Bilingual;
  label: LonLat;
  polygon: LonLat[] | null;
  ref: PlaceFeature['properties']['ref'];
}

function draftPlace(
  random: SeededRandom,
  anchors: readonly SyntheticAnchor[],
  index: number,
  placeCount: number,
  polygonShare: number,
): PlaceDraft {
  const anchor = random.pick(anchors);
  const label: LonLat = [
    round(clamp(anchor.lonLat[0] + (random.next() * 2 - 1) * JITTER_DEGREES, -180, 180)),
    round(clamp(anchor.lonLat[1] + (random.next() * 2 - 1) * JITTER_DEGREES, -85, 85)),
  ];
  const number = index + 1;
  const polygon = random.next() < polygonShare ? hexagonAround(label) : null;
  return {
    id: `synthetic-place-${pad(number, placeCount)}`,
    name: { ar: `${anchor.name.ar} ${toArabicDigits(String(number))}`, en: `${anchor.name.en} ${number}` },
    label,
    polygon,
    // The wikidata/geonames id is the anchor's: the synthetic place lies near that real place.
    ref:
      anchor.wikidata !== undefined ? { wikidata: anchor.wikidata } : { geonames: anchor.geonames ?? number },
  };
}

interface EventDraft {
  date: DateWindow;
  source: EventFeature;
  placeIndexes: number[];
  /** Excerpts chosen for this event; null: the source's own. */
  excerpts: Excerpt[] | null;
}

/**
 * A day-offset drawer over [0, spanDays): even, or with `bursts` > 0 a `burstShare` of days around
 * burst centres (a burst's weight and width drawn once: a few big, long stories and many small ones).
 */
function burstyDays(
  random: SeededRandom,
  spanDays: number,
  bursts: number,
  burstShare: number,
): () => number {
  if (bursts <= 0) return () => random.int(0, spanDays);
  const centres: number[] = [];
  const widths: number[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (let b = 0; b < bursts; b += 1) {
    centres.push(random.int(0, spanDays));
    widths.push(2 + random.int(0, 28));
    // Pareto-like weights: 1 / u, capped so one burst cannot swallow the corpus.
    total += Math.min(50, 1 / Math.max(0.02, random.next()));
    cumulative.push(total);
  }
  return () => {
    if (random.next() >= burstShare) return random.int(0, spanDays);
    const b = Math.min(bursts - 1, lowerBound(cumulative, random.next() * total));
    // A rough bell: the sum of three uniforms, ±1.5 widths.
    const offset = (random.next() + random.next() + random.next() - 1.5) * (widths[b] ?? 1);
    return clamp(Math.round((centres[b] ?? 0) + offset), 0, spanDays - 1);
  };
}

/** The first index whose value is ≥ `value` in an ascending list. */
function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] ?? 0) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** `count` excerpts: the source's own first (at most `count`), then distinct ones from the pool. */
function drawExcerpts(
  random: SeededRandom,
  own: readonly Excerpt[],
  pool: readonly Excerpt[],
  count: number,
): Excerpt[] {
  const chosen = own.slice(0, Math.max(1, count));
  // The pool holds every real excerpt, the source's own among them.
  const wanted = Math.max(chosen.length, Math.min(count, pool.length));
  while (chosen.length < wanted) {
    const excerpt = random.pick(pool);
    if (!chosen.includes(excerpt)) chosen.push(excerpt);
  }
  return chosen;
}

function draftEvents(random: SeededRandom, options: SyntheticStoryOptions, placeCount: number): EventDraft[] {
  const firstDate = options.firstDate ?? '2022-01-01';
  const spanDays = options.spanDays ?? 1_460;
  const skew = options.placeSkew ?? 1;
  // Options left out draw nothing extra, so the default story stays byte-identical.
  const dayOffset = burstyDays(random, spanDays, options.dateBursts ?? 0, options.burstShare ?? 0.7);
  const excerptPool = options.excerptsPerEvent
    ? options.sourceEvents.flatMap((event) => event.properties.excerpts)
    : [];
  const drafts: EventDraft[] = Array.from({ length: options.eventCount }, () => {
    const draft: EventDraft = {
      date: dateWindow(
        addDays(firstDate, dayOffset()),
        random.pick(['day', 'day', 'day', 'days', 'week', 'month'] as const),
        random,
      ),
      source: random.pick(options.sourceEvents),
      placeIndexes: drawPlaceIndexes(random, placeCount, skew),
      excerpts: null,
    };
    if (options.excerptsPerEvent) {
      const [min, max] = options.excerptsPerEvent;
      draft.excerpts = drawExcerpts(
        random,
        draft.source.properties.excerpts,
        excerptPool,
        random.int(min, max + 1),
      );
    }
    return draft;
  });
  // Sorting by start before numbering keeps the contract's order (date.start, then id) with padded ids.
  return drafts.sort((a, b) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : 0));
}

function drawPlaceIndexes(random: SeededRandom, placeCount: number, skew: number): number[] {
  const roll = random.next();
  const wanted = roll < 0.03 ? 0 : roll < 0.73 ? 1 : roll < 0.93 ? 2 : 3;
  const chosen = new Set<number>();
  while (chosen.size < Math.min(wanted, placeCount))
    chosen.add(
      skew === 1
        ? random.int(0, placeCount)
        : Math.min(placeCount - 1, Math.floor(placeCount * random.next() ** skew)),
    );
  return [...chosen];
}

function dateWindow(day: string, precision: DatePrecision, random: SeededRandom): DateWindow {
  const [start, end] =
    precision === 'days'
      ? [day, addDays(day, random.int(1, 5))]
      : precision === 'week'
        ? [day, addDays(day, 6)]
        : precision === 'month'
          ? monthOf(day)
          : [day, day];
  const en = start === end ? start : `${start} – ${end}`;
  return { start, end, precision, label: { en, ar: toArabicDigits(en) } };
}

function monthOf(day: string): [string, string] {
  const first = `${day.slice(0, 8)}01`;
  const nextMonthFirst = addDays(first, 32).slice(0, 8) + '01';
  return [first, addDays(nextMonthFirst, -1)];
}

function eventGeometry(labels: LonLat[]): EventFeature['geometry'] {
  if (labels.length === 0) return null;
  if (labels.length === 1) return { type: 'Point', coordinates: labels[0] as LonLat };
  return { type: 'MultiPoint', coordinates: labels };
}

function hexagonAround([lon, lat]: LonLat): LonLat[] {
  const ring = Array.from({ length: HEXAGON_CORNERS }, (_, corner): LonLat => {
    const angle = (corner / HEXAGON_CORNERS) * 2 * Math.PI;
    return [
      round(clamp(lon + POLYGON_RADIUS_DEGREES * Math.cos(angle), -180, 180)),
      round(clamp(lat + POLYGON_RADIUS_DEGREES * Math.sin(angle), -89, 89)),
    ];
  });
  return [...ring, ring[0] as LonLat];
}

function pad(number: number, count: number): string {
  return String(number).padStart(String(count).length, '0');
}

function toArabicDigits(text: string): string {
  return text.replace(/\d/g, (digit) => ARABIC_INDIC_DIGITS[Number(digit)] ?? digit);
}

function round(degrees: number): number {
  return Math.round(degrees * 10_000) / 10_000;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
