import { DATASETS, type DatasetName } from '../data/datasets.ts';
import { FILTER_FACETS, NO_FILTERS, type StoryFilters } from '../data/story-filter.ts';
import type { Language } from './types.ts';

/**
 * What the URL keeps, and nothing more: the current event, the open place, the language, the
 * dataset, and the filters (each a comma-separated list: `kinds=talks,call&actors=US`).
 */
export interface UrlState {
  event: string | null;
  place: string | null;
  lang: Language | null;
  dataset: DatasetName | null;
  kinds: string | null;
  actors: string | null;
  articles: string | null;
}

export const URL_KEYS = ['event', 'place', 'lang', 'dataset', ...FILTER_FACETS] as const;

/** A filter value: an event kind or article id (slugs), or an actor (ISO alpha-2 or an org slug). */
const FILTER_VALUE = /^(?:[A-Z]{2}|[a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** A comma-separated list of well-formed values, or null when none is. */
function listOrNull(value: string | null): string | null {
  const items = (value ?? '').split(',').filter((item) => FILTER_VALUE.test(item));
  return items.length > 0 ? [...new Set(items)].sort().join(',') : null;
}

/**
 * The filters a URL asks for.
 * @example filtersFromUrl(parseUrlState('?kinds=talks,call')) // { kinds: ['call', 'talks'], actors: [], articles: [] }
 */
export function filtersFromUrl(url: Pick<UrlState, 'kinds' | 'actors' | 'articles'>): StoryFilters {
  const list = (value: string | null): string[] => (value === null ? [] : value.split(','));
  return { kinds: list(url.kinds), actors: list(url.actors), articles: list(url.articles) };
}

/** The filters as the URL writes them (null for a facet that does not narrow). */
export function filtersToUrl(
  filters: StoryFilters = NO_FILTERS,
): Pick<UrlState, 'kinds' | 'actors' | 'articles'> {
  const list = (values: readonly string[]): string | null => listOrNull(values.join(','));
  return { kinds: list(filters.kinds), actors: list(filters.actors), articles: list(filters.articles) };
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function slugOrNull(value: string | null): string | null {
  return value !== null && SLUG.test(value) ? value : null;
}

/**
 * Reads the whitelisted keys from a query string, ignoring values that are malformed.
 * @example parseUrlState('?event=riyadh-talks&lang=ar') // { event: 'riyadh-talks', place: null, lang: 'ar', dataset: null, kinds: null, … }
 */
export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const lang = params.get('lang');
  const dataset = params.get('dataset');
  return {
    event: slugOrNull(params.get('event')),
    place: slugOrNull(params.get('place')),
    lang: lang === 'ar' || lang === 'en' ? lang : null,
    dataset: DATASETS.find((d) => d === dataset && d !== 'story') ?? null,
    kinds: listOrNull(params.get('kinds')),
    actors: listOrNull(params.get('actors')),
    articles: listOrNull(params.get('articles')),
  };
}

/**
 * Whether the page is an embed (`embed=1`): the map, timeline and card without the page header or
 * the introduction, for another site's <iframe>. Read once at start; the store never writes it, so
 * the URL sync leaves it in the address as it came.
 * @example parseEmbed('?event=a&embed=1') // true
 */
export function parseEmbed(search: string): boolean {
  return new URLSearchParams(search).get('embed') === '1';
}

/**
 * Writes the state into a query string, keeping parameters that are not ours untouched and in place;
 * a key the state leaves out (or sets to null) is removed.
 * @example serialiseUrlState({ event: 'a', lang: 'en' }, '?x=1&place=b') // '?x=1&event=a&lang=en'
 */
export function serialiseUrlState(state: Partial<UrlState>, currentSearch = ''): string {
  const params = new URLSearchParams(currentSearch);
  for (const key of URL_KEYS) {
    const value = state[key] ?? null;
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
