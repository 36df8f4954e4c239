import { DATASETS, type DatasetName } from '../data/datasets.ts';
import type { Language } from './types.ts';

/** What the URL keeps, and nothing more: the current event, the open place, the language, the dataset. */
export interface UrlState {
  event: string | null;
  place: string | null;
  lang: Language | null;
  dataset: DatasetName | null;
}

export const URL_KEYS = ['event', 'place', 'lang', 'dataset'] as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function slugOrNull(value: string | null): string | null {
  return value !== null && SLUG.test(value) ? value : null;
}

/**
 * Reads the whitelisted keys from a query string, ignoring values that are malformed.
 * @example parseUrlState('?event=riyadh-talks&lang=ar') // { event: 'riyadh-talks', place: null, lang: 'ar', dataset: null }
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
 * Writes the state into a query string, keeping parameters that are not ours untouched and in place.
 * @example serialiseUrlState({ event: 'a', place: null, lang: 'en', dataset: null }, '?x=1') // '?x=1&event=a&lang=en'
 */
export function serialiseUrlState(state: UrlState, currentSearch = ''): string {
  const params = new URLSearchParams(currentSearch);
  for (const key of URL_KEYS) {
    const value = state[key];
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
