import type {
  Article,
  EventDetails,
  EventFeature,
  Excerpt,
  PlaceFeature,
  PlacesCollection,
} from '../../../src/data/schema.ts';
import { indexStory, type StoryEvent, type StoryIndex } from '../../../src/data/story-index.ts';
import { eventDetails, indexEvent } from '../../../src/data/story-split.ts';

export function place(
  id: string,
  en: string,
  ar: string,
  label: [number, number],
  events: string[] = [],
): PlaceFeature {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: label },
    properties: {
      id,
      name: { ar, en },
      kind: 'city',
      aliases: [ar],
      label,
      ref: { wikidata: 'Q1' },
      mentions: 1,
      events,
    },
  };
}

/** An excerpt for fixtures; the translation may be left out and gets a placeholder. */
export type FixtureExcerpt = Omit<Excerpt, 'translation'> & Partial<Pick<Excerpt, 'translation'>>;

export function excerpt(value: FixtureExcerpt): Excerpt {
  return { ...value, translation: value.translation ?? { en: `Translation of ${value.text}` } };
}

export function event(
  id: string,
  start: string,
  options: Partial<Pick<EventFeature['properties'], 'kind' | 'actors' | 'places' | 'note'>> & {
    end?: string;
    excerpts?: FixtureExcerpt[];
  } = {},
): EventFeature {
  return {
    type: 'Feature',
    id,
    geometry: null,
    properties: {
      id,
      date: { start, end: options.end ?? start, precision: 'day', label: { ar: start, en: start } },
      title: { ar: `عنوان ${id}`, en: `Title ${id}` },
      summary: { en: `Summary ${id}`, ar: `ملخص ${id}` },
      kind: options.kind ?? 'statement',
      actors: options.actors ?? [],
      places: options.places ?? [],
      excerpts: (options.excerpts ?? [{ article: 'article-a', start: 0, end: 5, text: 'موسكو' }]).map(
        excerpt,
      ),
      ...(options.note === undefined ? {} : { note: options.note }),
    },
  };
}

export const ARTICLE: Article = {
  id: 'article-a',
  file: 'a.txt',
  title: { ar: 'مقال', en: 'Article' },
  publisher: 'unknown',
  language: 'ar',
  published: { date: '2025-02-20', basis: 'dateline', evidence: 'printed' },
};

export const PLACES: PlaceFeature[] = [
  place('washington', 'Washington', 'واشنطن', [-77, 38.9], ['call']),
  place('moscow', 'Moscow', 'موسكو', [37.6, 55.8], ['call', 'talks']),
  place('riyadh', 'Riyadh', 'الرياض', [46.7, 24.7], ['talks']),
];

/** Three events, deliberately out of order in the file: the index must sort them. */
export const EVENTS: EventFeature[] = [
  event('talks', '2025-02-18', {
    kind: 'talks',
    actors: ['US', 'RU'],
    places: ['riyadh', 'moscow'],
    excerpts: [{ article: 'article-a', start: 10, end: 30, text: 'محادثات في الرياض' }],
  }),
  event('call', '2025-02-12', { kind: 'call', actors: ['US', 'RU'], places: ['washington', 'moscow'] }),
  event('early', '2021-10-01', {
    end: '2021-12-31',
    excerpts: [{ article: 'article-a', start: 40, end: 44, text: 'بيان' }],
  }),
];

export function placesCollection(features: PlaceFeature[] = PLACES): PlacesCollection {
  return { type: 'FeatureCollection', features };
}

/** An event as the app's index holds it (see `event` for the options). */
export function storyEvent(...args: Parameters<typeof event>): StoryEvent {
  return indexEvent(event(...args));
}

/** Events as the app's index holds them (the site's split of the data contract's events). */
export function storyEvents(features: EventFeature[] = EVENTS): { features: StoryEvent[] } {
  return { features: features.map(indexEvent) };
}

/** The details of events by id, as the app holds them once loaded. */
export function detailsOf(features: EventFeature[] = EVENTS): Map<string, EventDetails> {
  return new Map(features.map((e) => [e.id, eventDetails(e)]));
}

export function fixtureStory(): StoryIndex {
  return indexStory(placesCollection(), storyEvents(), [ARTICLE]).story;
}
