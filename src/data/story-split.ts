/**
 * The site's split of a story: an index the first view needs (articles, chapters, places, and per
 * event its date, title, kind, actors, places, sources and reading length) and the details
 * (summary, note, excerpts and translations) in chunks of consecutive events, fetched near where
 * the reader is. Made at build time from the data contract's files; pure and browser-safe.
 */
import { area, bbox } from '@turf/turf';
import type {
  Article,
  Chapter,
  DetailsChunkFile,
  EventDetails,
  EventFeature,
  IndexEventFeature,
  IndexPlaceFeature,
  PlaceFeature,
  PlacesCollection,
  StoryIndexFile,
} from './schema.ts';

/** A details chunk closes once its JSON passes this many characters (about 12 KB gzip of Arabic). */
export const DETAILS_CHUNK_CHARS = 48_000;

/**
 * Up to this many details chunks (about 3 MB of JSON; the story has 2), a page may load them all:
 * search covers every quote, and a place's panel every excerpt that names it. A larger story is
 * searched by titles and places, and a place's panel shows its linked events (docs/SCALE.md).
 */
const WHOLE_DETAILS_MAX_CHUNKS = 64;

/** Whether a page may load every details chunk of this story (see WHOLE_DETAILS_MAX_CHUNKS). */
export function wholeDetailsFit(detailChunks: readonly number[]): boolean {
  return detailChunks.length <= WHOLE_DETAILS_MAX_CHUNKS;
}

/** The index's file name; chunk k is `details-<k>.json` beside it. */
export const STORY_INDEX_FILE = 'index.json';

export function detailsChunkFile(chunk: number): string {
  return `details-${chunk}.json`;
}

/**
 * What a reader reads on an event's card in this language, in characters: title, summary, editor's
 * note, and every excerpt (in English its translation, which the reader reads instead of the quote).
 */
export function cardReadingChars(event: EventFeature, language: 'ar' | 'en'): number {
  const p = event.properties;
  const quotes = p.excerpts.map((x) => (language === 'en' ? x.translation.en : x.text));
  return [p.title[language], p.summary[language], p.note?.[language] ?? '', ...quotes].reduce(
    (n, text) => n + text.length,
    0,
  );
}

/** An event of the data contract as the index holds it. */
export function indexEvent(event: EventFeature): IndexEventFeature {
  const { id, date, title, kind, actors, places, excerpts, camera } = event.properties;
  return {
    type: 'Feature',
    id: event.id,
    geometry: event.geometry,
    properties: {
      id,
      date,
      title,
      kind,
      actors,
      places,
      sources: excerpts.map((x) => x.article),
      reading: { ar: cardReadingChars(event, 'ar'), en: cardReadingChars(event, 'en') },
      ...(camera === undefined ? {} : { camera }),
    },
  };
}

/**
 * A place of the data contract as the index holds it: areas with their box and surface, and a
 * country without its polygon, which the basemap already carries (the map draws it from there).
 */
export function indexPlace(place: PlaceFeature): IndexPlaceFeature {
  if (place.geometry.type === 'Point') return place;
  const [west, south, east, north] = bbox(place.geometry);
  const round = (value: number): number => Math.round(value * 1e4) / 1e4;
  return {
    type: 'Feature',
    id: place.id,
    geometry: place.properties.kind === 'country' ? null : place.geometry,
    bbox: [round(west), round(south), round(east), round(north)],
    areaM2: Math.round(area(place.geometry)),
    properties: place.properties,
  };
}

/** An event of the data contract's details: what the chunks carry. */
export function eventDetails(event: EventFeature): EventDetails {
  const { id, summary, excerpts, note } = event.properties;
  return { id, summary, excerpts, ...(note === undefined ? {} : { note }) };
}

export interface StorySplit {
  index: StoryIndexFile;
  chunks: DetailsChunkFile[];
}

/**
 * Splits a story whose events are in story order (the data contract's order) into the index and
 * details chunks of about DETAILS_CHUNK_CHARS each; every file carries the build's generation.
 * @example splitStory({ ... }).index.detailChunks // [0, 31] for two chunks
 */
export function splitStory(story: {
  generation: string;
  articles: readonly Article[];
  chapters: readonly Chapter[];
  places: PlacesCollection;
  events: readonly EventFeature[];
}): StorySplit {
  const { generation } = story;
  const chunks: DetailsChunkFile[] = [];
  let current: DetailsChunkFile | null = null;
  let currentChars = 0;
  story.events.forEach((event, index) => {
    const details = eventDetails(event);
    const chars = JSON.stringify(details).length;
    if (current === null || currentChars + chars > DETAILS_CHUNK_CHARS) {
      current = { generation, first: index, events: [] };
      chunks.push(current);
      currentChars = 0;
    }
    current.events.push(details);
    currentChars += chars;
  });
  return {
    index: {
      generation,
      articles: [...story.articles],
      chapters: [...story.chapters],
      places: { type: 'FeatureCollection', features: story.places.features.map(indexPlace) },
      events: { type: 'FeatureCollection', features: story.events.map(indexEvent) },
      detailChunks: chunks.length > 0 ? chunks.map((c) => c.first) : [0],
    },
    chunks,
  };
}

/** The split as files (name → text), as the site serves them. */
export function splitFiles(split: StorySplit): Map<string, string> {
  const files = new Map<string, string>([[STORY_INDEX_FILE, JSON.stringify(split.index)]]);
  split.chunks.forEach((chunk, k) => files.set(detailsChunkFile(k), JSON.stringify(chunk)));
  return files;
}

/**
 * The chunk that holds an event's details: the last chunk whose first event is not after it.
 * @example chunkOfEvent([0, 31], 40) // 1
 */
export function chunkOfEvent(detailChunks: readonly number[], eventIndex: number): number {
  let low = 0;
  let high = detailChunks.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((detailChunks[mid] ?? 0) <= eventIndex) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * An event of the index with its details: the data contract's event again (export, print).
 * @example joinDetails(indexEvent(event), details).properties.summary // event.properties.summary
 */
export function joinDetails(event: IndexEventFeature, details: EventDetails): EventFeature {
  const { id, date, title, kind, actors, places, camera } = event.properties;
  const { summary, excerpts, note } = details;
  return {
    type: 'Feature',
    id: event.id,
    geometry: event.geometry,
    properties: {
      id,
      date,
      title,
      summary,
      kind,
      actors,
      places,
      excerpts,
      ...(note === undefined ? {} : { note }),
      ...(camera === undefined ? {} : { camera }),
    },
  };
}
