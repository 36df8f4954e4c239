import { addDays, dateToUtcMs } from './calendar-date.ts';
import type { Article, Chapter, IndexEventFeature, IndexPlaceFeature } from './schema.ts';

/**
 * An event as the app holds it: what the index carries (date, title, kind, actors, places, sources,
 * reading length). Its summary, note and excerpts are EventDetails, loaded by chunk.
 */
export type StoryEvent = IndexEventFeature;

/** A place as the app holds it: a country without its polygon (the basemap draws it), areas with `bbox` and `areaM2`. */
export type StoryPlace = IndexPlaceFeature;

/** A chapter of the tour with the index of the event it starts at. */
export interface ChapterStart extends Chapter {
  firstIndex: number;
}

/** The validated story, indexed for the lookups the app makes on every step. */
export interface StoryIndex {
  /** Events in story order (date.start, then id), as the data contract sorts them. */
  events: readonly StoryEvent[];
  eventIndexById: ReadonlyMap<string, number>;
  places: readonly StoryPlace[];
  placeById: ReadonlyMap<string, StoryPlace>;
  articles: readonly Article[];
  articleById: ReadonlyMap<string, Article>;
  /** The tour's chapters in story order (none for a dataset without chapters). */
  chapters: readonly ChapterStart[];
  /** Per event: its honest date window as [startMs, endMs) in UTC, end exclusive. */
  eventWindowsMs: readonly (readonly [number, number])[];
  /** Index (in `events`) of the first event of each details chunk; one chunk holds them all when absent from the data. */
  detailChunks: readonly number[];
  /** The build the index was made from (every details chunk must be of it); '' when not from files. */
  generation: string;
}

/** A reference in the data that points at nothing: named so a person can fix the file. */
export interface IntegrityProblem {
  file: string;
  message: string;
}

/**
 * An event's places that exist in the story, in the event's order of importance.
 * @example eventPlaces(story, story.events[0]!).map((p) => p.id) // ['washington', 'moscow']
 */
export function eventPlaces(story: Pick<StoryIndex, 'placeById'>, event: StoryEvent): StoryPlace[] {
  return event.properties.places.flatMap((id) => {
    const place = story.placeById.get(id);
    return place ? [place] : [];
  });
}

function compareEvents(a: StoryEvent, b: StoryEvent): number {
  const byStart = a.properties.date.start.localeCompare(b.properties.date.start);
  return byStart !== 0 ? byStart : a.id.localeCompare(b.id);
}

/**
 * Indexes the story and checks that every reference resolves (event → place, excerpt → article).
 * @example indexStory(places, events, articles).events[0]?.id // the earliest event
 */
export function indexStory(
  places: { features: readonly StoryPlace[] },
  events: { features: readonly StoryEvent[] },
  articles: readonly Article[],
  chapters: readonly Chapter[] = [],
  { detailChunks = [0], generation = '' }: { detailChunks?: readonly number[]; generation?: string } = {},
): { story: StoryIndex; problems: IntegrityProblem[] } {
  const problems: IntegrityProblem[] = [];
  const sorted = [...events.features].sort(compareEvents);
  const placeById = new Map(places.features.map((p) => [p.id, p]));
  const articleById = new Map(articles.map((a) => [a.id, a]));
  for (const event of sorted) {
    for (const placeId of event.properties.places) {
      if (!placeById.has(placeId)) {
        problems.push({ file: 'events.geojson', message: `event "${event.id}": unknown place "${placeId}"` });
      }
    }
    for (const article of new Set(event.properties.sources)) {
      if (!articleById.has(article)) {
        problems.push({
          file: 'events.geojson',
          message: `event "${event.id}": excerpt cites unknown article "${article}"`,
        });
      }
    }
  }
  const eventIndexById = new Map(sorted.map((e, i) => [e.id, i]));
  const chapterStarts = chapters.flatMap((chapter) => {
    const firstIndex = eventIndexById.get(chapter.firstEvent);
    if (firstIndex !== undefined) return [{ ...chapter, firstIndex }];
    problems.push({
      file: 'chapters.json',
      message: `chapter "${chapter.id}": unknown first event "${chapter.firstEvent}"`,
    });
    return [];
  });
  const story: StoryIndex = {
    events: sorted,
    eventIndexById,
    places: places.features,
    placeById,
    articles,
    articleById,
    chapters: chapterStarts.sort((a, b) => a.firstIndex - b.firstIndex),
    eventWindowsMs: sorted.map((e) => [
      dateToUtcMs(e.properties.date.start),
      dateToUtcMs(addDays(e.properties.date.end, 1)),
    ]),
    detailChunks,
    generation,
  };
  return { story, problems };
}
