import { describe, expect, it } from 'vitest';
import { excerptsForPlace } from '../../../src/data/place-excerpts.ts';
import { fixtureStory } from './story-fixture.ts';

describe('excerptsForPlace', () => {
  it('groups the excerpts naming a place by event, in story order', () => {
    const story = fixtureStory();
    const groups = excerptsForPlace(story, story.placeById.get('moscow')!);
    // "talks" links Moscow without naming it, so its excerpts still count as the evidence.
    expect(groups.map((g) => [g.event.id, g.eventIndex])).toEqual([
      ['call', 1],
      ['talks', 2],
    ]);
    expect(groups[0]?.excerpts[0]?.text).toBe('موسكو');
  });

  it('finds excerpts naming a place even when the event does not link it', () => {
    const story = fixtureStory();
    const groups = excerptsForPlace(story, story.placeById.get('riyadh')!);
    expect(groups.map((g) => g.event.id)).toEqual(['talks']);
  });

  it('returns nothing for a place no excerpt mentions', () => {
    const story = fixtureStory();
    expect(excerptsForPlace(story, story.placeById.get('washington')!).map((g) => g.event.id)).toEqual([
      'call',
    ]);
  });
});
