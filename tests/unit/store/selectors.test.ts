import { describe, expect, it } from 'vitest';
import {
  selectCurrentEvent,
  selectCurrentPlaces,
  selectIsFirst,
  selectIsLast,
  selectOpenPlace,
  selectUrlState,
} from '../../../src/store/selectors.ts';
import { fixtureStory } from '../data/story-fixture.ts';

const story = fixtureStory();

describe('selectors', () => {
  it('select the current event and its known places in order', () => {
    const state = { story, currentIndex: 2 };
    expect(selectCurrentEvent(state)?.id).toBe('talks');
    expect(selectCurrentPlaces(state).map((p) => p.id)).toEqual(['riyadh', 'moscow']);
    expect(selectIsLast(state)).toBe(true);
    expect(selectIsFirst(state)).toBe(false);
  });

  it('return nothing without a story', () => {
    expect(selectCurrentEvent({ story: null, currentIndex: 0 })).toBeNull();
    expect(selectCurrentPlaces({ story: null, currentIndex: 0 })).toEqual([]);
  });

  it('select the open place', () => {
    expect(selectOpenPlace({ story, openPlaceId: 'moscow' })?.properties.name.en).toBe('Moscow');
    expect(selectOpenPlace({ story, openPlaceId: null })).toBeNull();
  });

  it('select exactly the whitelisted URL state', () => {
    const url = selectUrlState({
      story,
      currentIndex: 1,
      openPlaceId: 'moscow',
      language: 'ar',
      dataset: 'story',
      filters: { kinds: ['talks', 'call'], actors: [], articles: ['000'] },
    });
    expect(url).toEqual({
      event: 'call',
      place: 'moscow',
      lang: 'ar',
      dataset: null,
      kinds: 'call,talks',
      actors: null,
      articles: '000',
    });
  });
});
