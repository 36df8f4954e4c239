import { describe, expect, it } from 'vitest';
import { excerptsForPlace } from '../../../src/data/place-excerpts.ts';
import { detailsOf, fixtureStory } from './story-fixture.ts';

describe('excerptsForPlace', () => {
  it('groups the excerpts naming a place by event, in story order', () => {
    const story = fixtureStory();
    const groups = excerptsForPlace(story, story.placeById.get('moscow')!, detailsOf());
    // "talks" links Moscow without naming it, so its excerpts still count as the evidence.
    expect(groups.map((g) => [g.event.id, g.eventIndex])).toEqual([
      ['call', 1],
      ['talks', 2],
    ]);
    expect(groups[0]?.excerpts[0]?.text).toBe('موسكو');
  });

  it('finds excerpts naming a place even when the event does not link it', () => {
    const story = fixtureStory();
    const groups = excerptsForPlace(story, story.placeById.get('riyadh')!, detailsOf());
    expect(groups.map((g) => g.event.id)).toEqual(['talks']);
  });

  it('shows no excerpts for an event whose details are not loaded yet (a linked one stays listed)', () => {
    const story = fixtureStory();
    const details = detailsOf();
    details.delete('call');
    const groups = excerptsForPlace(story, story.placeById.get('moscow')!, details);
    expect(groups.map((g) => [g.event.id, g.excerpts.length])).toEqual([
      ['call', 0],
      ['talks', 1],
    ]);
  });

  it('returns nothing for a place no excerpt mentions', () => {
    const story = fixtureStory();
    expect(
      excerptsForPlace(story, story.placeById.get('washington')!, detailsOf()).map((g) => g.event.id),
    ).toEqual(['call']);
  });
});
