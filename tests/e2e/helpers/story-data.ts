/**
 * The story's data as the repository holds it (geo/), read once per test file so specs can compare
 * what the page shows with the source of truth: exact excerpt texts, place names, article files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  articlesFileSchema,
  eventsCollectionSchema,
  placesCollectionSchema,
  type Article,
  type EventFeature,
  type Excerpt,
  type PlaceFeature,
} from '../../../src/data/schema.ts';
import { REPO_ROOT } from '../../../src/tools/static-server.ts';

export interface StoryData {
  events: EventFeature[];
  places: PlaceFeature[];
  articles: Article[];
  articleText(articleId: string): string;
  article(articleId: string): Article;
  event(eventId: string): EventFeature;
  placeByEnglishName(name: string): PlaceFeature;
  /** Events linked to a place, in story order. */
  eventsAt(placeId: string): EventFeature[];
  /** The events whose window ends on the story's last day (the far end of the timeline). */
  eventsOnLastDay(): EventFeature[];
  /** Every excerpt of every event, with its event. */
  allExcerpts(): { event: EventFeature; excerpt: Excerpt }[];
}

function readJson(relativePath: string): unknown {
  const path = join(REPO_ROOT, relativePath);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    throw new Error(`could not read ${relativePath} (run npm run geo:build?): ${String(error)}`, {
      cause: error,
    });
  }
}

function findOrThrow<T>(items: readonly T[], matches: (item: T) => boolean, what: string): T {
  const found = items.find(matches);
  if (found === undefined) throw new Error(`no ${what} in geo/`);
  return found;
}

export function loadStoryData(): StoryData {
  const events = eventsCollectionSchema.parse(readJson('geo/events.geojson')).features;
  const places = placesCollectionSchema.parse(readJson('geo/places.geojson')).features;
  const articles = articlesFileSchema.parse(readJson('geo/articles.json'));
  const texts = new Map<string, string>();
  const article = (articleId: string): Article =>
    findOrThrow(articles, (a) => a.id === articleId, `article ${articleId}`);
  return {
    events,
    places,
    articles,
    article,
    articleText(articleId) {
      const cached = texts.get(articleId);
      if (cached !== undefined) return cached;
      const text = readFileSync(join(REPO_ROOT, 'geo', 'articles', article(articleId).file), 'utf8');
      texts.set(articleId, text);
      return text;
    },
    event: (eventId) => findOrThrow(events, (e) => e.id === eventId, `event ${eventId}`),
    placeByEnglishName: (name) =>
      findOrThrow(places, (p) => p.properties.name.en === name, `place named ${name}`),
    eventsAt: (placeId) => events.filter((e) => e.properties.places.includes(placeId)),
    eventsOnLastDay() {
      const lastDay = events.reduce(
        (max, e) => (e.properties.date.end > max ? e.properties.date.end : max),
        '',
      );
      return events.filter((e) => e.properties.date.end === lastDay);
    },
    allExcerpts: () =>
      events.flatMap((event) => event.properties.excerpts.map((excerpt) => ({ event, excerpt }))),
  };
}
