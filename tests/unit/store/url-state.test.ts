import { describe, expect, it } from 'vitest';
import {
  filtersFromUrl,
  filtersToUrl,
  parseUrlState,
  serialiseUrlState,
} from '../../../src/store/url-state.ts';

const NO_FILTER_KEYS = { kinds: null, actors: null, articles: null };

describe('parseUrlState', () => {
  it('reads the whitelisted keys', () => {
    expect(parseUrlState('?event=riyadh-talks&place=riyadh&lang=ar&dataset=synthetic-10k')).toEqual({
      event: 'riyadh-talks',
      place: 'riyadh',
      lang: 'ar',
      dataset: 'synthetic-10k',
      ...NO_FILTER_KEYS,
    });
  });

  it('reads the filters as sorted lists of well-formed values', () => {
    const url = parseUrlState('?kinds=talks,call,talks&actors=US,r_u,<b>&articles=000');
    expect(url).toMatchObject({ kinds: 'call,talks', actors: 'US', articles: '000' });
    expect(filtersFromUrl(url)).toEqual({ kinds: ['call', 'talks'], actors: ['US'], articles: ['000'] });
    expect(filtersToUrl({ kinds: [], actors: ['RU', 'US'], articles: [] })).toEqual({
      kinds: null,
      actors: 'RU,US',
      articles: null,
    });
  });

  it('ignores malformed values and unknown datasets', () => {
    expect(parseUrlState('?event=<script>&place=Moscow&lang=fr&dataset=../../etc')).toEqual({
      event: null,
      place: null,
      lang: null,
      dataset: null,
      ...NO_FILTER_KEYS,
    });
  });
});

describe('serialiseUrlState', () => {
  it('writes set keys, drops null ones and keeps foreign parameters', () => {
    expect(
      serialiseUrlState({ event: 'call', place: null, lang: 'en', dataset: null }, '?debug=1&place=old'),
    ).toBe('?debug=1&event=call&lang=en');
  });

  it('round-trips', () => {
    const state = {
      event: 'a-b',
      place: 'c',
      lang: 'ar' as const,
      dataset: 'synthetic-10k' as const,
      kinds: 'call,talks',
      actors: 'RU,US',
      articles: null,
    };
    expect(parseUrlState(serialiseUrlState(state))).toEqual(state);
  });
});
