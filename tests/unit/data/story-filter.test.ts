import { describe, expect, it } from 'vitest';
import {
  countMatching,
  facetOptions,
  filterStory,
  NO_FILTERS,
  toggleFilter,
} from '../../../src/data/story-filter.ts';
import { chapteredStory } from '../store/chaptered-story.ts';

describe('filterStory', () => {
  const story = chapteredStory(); // early (statement, no actors), call (US, RU), talks (US, RU)

  it('keeps the whole story when nothing narrows it', () => {
    expect(filterStory(story, NO_FILTERS)).toBe(story);
  });

  it('keeps the matching events, indexed again, with their date windows', () => {
    const calls = filterStory(story, { ...NO_FILTERS, kinds: ['call'] });
    expect(calls.events.map((e) => e.id)).toEqual(['call']);
    expect(calls.eventIndexById.get('call')).toBe(0);
    expect(calls.eventWindowsMs).toEqual([story.eventWindowsMs[1]]);
  });

  it('ors values within a facet and ands across facets', () => {
    const filters = { kinds: ['call', 'statement'], actors: ['US'], articles: [] };
    expect(filterStory(story, filters).events.map((e) => e.id)).toEqual(['call']);
    expect(countMatching(story.events, { ...NO_FILTERS, kinds: ['call', 'talks'] })).toBe(2);
  });

  it('starts each chapter at its first matching event and drops a chapter with none', () => {
    const contacts = filterStory(story, { ...NO_FILTERS, actors: ['RU'] });
    expect(contacts.chapters.map((c) => [c.id, c.firstIndex])).toEqual([
      ['one', 0],
      ['two', 1],
    ]);
    const talks = filterStory(story, { ...NO_FILTERS, kinds: ['talks'] });
    expect(talks.chapters.map((c) => [c.id, c.firstIndex])).toEqual([['two', 0]]);
  });
});

describe('filter options', () => {
  const story = chapteredStory();

  it('lists each facet’s values, most events first', () => {
    expect(facetOptions(story.events, 'actors')).toEqual(['RU', 'US']);
    expect(facetOptions(story.events, 'kinds')).toEqual(['call', 'statement', 'talks']);
  });

  it('toggles a value on and off, keeping the list sorted', () => {
    const on = toggleFilter(NO_FILTERS, 'kinds', 'talks');
    expect(toggleFilter(on, 'kinds', 'call').kinds).toEqual(['call', 'talks']);
    expect(toggleFilter(on, 'kinds', 'talks')).toEqual(NO_FILTERS);
  });
});
