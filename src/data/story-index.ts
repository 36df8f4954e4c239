import { addDays, dateToUtcMs } from './calendar-date.ts';
import type {
  Article,
  Chapter,
  EventFeature,
  EventsCollection,
  PlaceFeature,
  PlacesCollection,
} from './schema.ts';

/** A chapter of the tour with the index of the event it starts at. */
export interface ChapterStart extends Chapter {
  firstIndex: number;
}

/** The validated story, indexed for the lookups the app makes on every step. */
export interface StoryIndex {
  /** Events in story order (date.start, then id), as the data contract sorts them. */
  events: readonly EventFeature[];
  eventIndexById: ReadonlyMap<string, number>;
  places: readonly PlaceFeature[];
  placeById: ReadonlyMap<string, PlaceFeature>;
  articles: readonly Article[];
  articleById: ReadonlyMap<string, Article>;
  /** The tour's chapters in story order (none for a dataset without chapters). */
  chapters: readonly ChapterStart[];
  /** Per event: its honest date window as [startMs, endMs) in UTC, end exclusive. */
  eventWindowsMs: readonly (readonly [number, number])[];
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
export function eventPlaces(story: Pick<StoryIndex, 'placeById'>, event: EventFeature): PlaceFeature[] {
  return event.properties.places.flatMap((id) => {
    const place = story.placeById.get(id);
    return place ? [place] : [];
  });
}

function compareEvents(a: EventFeature, b: EventFeature): number {
  const byStart = a.properties.date.start.localeCompare(b.properties.date.start);
  return byStart !== 0 ? byStart : a.id.localeCompare(b.id);
}

/**
 * Indexes the story and checks that every reference resolves (event → place, excerpt → article).
 * @example indexStory(places, events, articles).events[0]?.id // the earliest event
 */
export function indexStory(
  places: PlacesCollection,
  events: EventsCollection,
  articles: readonly Article[],
  chapters: readonly Chapter[] = [],
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
    for (const excerpt of event.properties.excerpts) {
      if (!articleById.has(excerpt.article)) {
        problems.push({
          file: 'events.geojson',
          message: `event "${event.id}": excerpt cites unknown article "${excerpt.article}"`,
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
  };
  return { story, problems };
}
