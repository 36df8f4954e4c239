import { describe, expect, it } from 'vitest';
import { parseUrlState, serialiseUrlState } from '../../../src/store/url-state.ts';

describe('parseUrlState', () => {
  it('reads the whitelisted keys', () => {
    expect(parseUrlState('?event=riyadh-talks&place=riyadh&lang=ar&dataset=synthetic-10k')).toEqual({
      event: 'riyadh-talks',
      place: 'riyadh',
      lang: 'ar',
      dataset: 'synthetic-10k',
    });
  });

  it('ignores malformed values and unknown datasets', () => {
    expect(parseUrlState('?event=<script>&place=Moscow&lang=fr&dataset=../../etc')).toEqual({
      event: null,
      place: null,
      lang: null,
      dataset: null,
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
    const state = { event: 'a-b', place: 'c', lang: 'ar' as const, dataset: 'synthetic-10k' as const };
    expect(parseUrlState(serialiseUrlState(state))).toEqual(state);
  });
});
