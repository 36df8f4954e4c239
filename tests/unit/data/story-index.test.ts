import { describe, expect, it } from 'vitest';
import { indexStory } from '../../../src/data/story-index.ts';
import { ARTICLE, event, storyEvents, fixtureStory, placesCollection } from './story-fixture.ts';

describe('indexStory', () => {
  it('sorts events by start date then id and indexes them', () => {
    const story = fixtureStory();
    expect(story.events.map((e) => e.id)).toEqual(['early', 'call', 'talks']);
    expect(story.eventIndexById.get('talks')).toBe(2);
    expect(story.placeById.get('riyadh')?.properties.name.en).toBe('Riyadh');
  });

  it('gives each event an end-exclusive window in UTC milliseconds', () => {
    const [early] = fixtureStory().eventWindowsMs;
    expect(early).toEqual([Date.UTC(2021, 9, 1), Date.UTC(2022, 0, 1)]);
  });

  it('names events that refer to unknown places or articles', () => {
    const broken = event('broken', '2025-01-01', {
      places: ['atlantis'],
      excerpts: [{ article: 'ghost', start: 0, end: 1, text: 'x' }],
    });
    const { problems } = indexStory(placesCollection(), storyEvents([broken]), [ARTICLE]);
    expect(problems.map((p) => p.message)).toEqual([
      'event "broken": unknown place "atlantis"',
      'event "broken": excerpt cites unknown article "ghost"',
    ]);
  });
});
