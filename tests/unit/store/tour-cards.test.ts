import { describe, expect, it } from 'vitest';
import { chapterOf, nextTourCard, previousTourCard, type TourCard } from '../../../src/store/tour-cards.ts';
import { chapteredStory } from './chaptered-story.ts';

describe('the tour’s cards', () => {
  const story = chapteredStory();

  it('run title → chapter → events, with a chapter card where a chapter starts, → end', () => {
    const cards: TourCard[] = [{ stage: 'title', index: 0 }];
    for (let card = cards[0]!; card.stage !== 'end';) {
      card = nextTourCard(story, card.stage, card.index);
      cards.push(card);
    }
    expect(cards.map((c) => `${c.stage}:${c.index}`)).toEqual([
      'title:0',
      'chapter:0',
      'event:0',
      'event:1',
      'chapter:2',
      'event:2',
      'end:2',
    ]);
  });

  it('run backwards the same way, back to the title card', () => {
    const cards: TourCard[] = [{ stage: 'end', index: 2 }];
    for (let card = cards[0]!; card.stage !== 'title';) {
      card = previousTourCard(story, card.stage, card.index);
      cards.push(card);
    }
    expect(cards.map((c) => `${c.stage}:${c.index}`)).toEqual([
      'end:2',
      'event:2',
      'chapter:2',
      'event:1',
      'event:0',
      'chapter:0',
      'title:0',
    ]);
  });

  it('go straight from the title to the first event when a story has no chapters', () => {
    const plain = { ...story, chapters: [] };
    expect(nextTourCard(plain, 'title', 0)).toEqual({ stage: 'event', index: 0 });
    expect(previousTourCard(plain, 'event', 0)).toEqual({ stage: 'title', index: 0 });
  });

  it('know which chapter an event belongs to', () => {
    expect(chapterOf(story.chapters, 1)?.id).toBe('one');
    expect(chapterOf(story.chapters, 2)?.id).toBe('two');
    expect(chapterOf([], 2)).toBeNull();
  });
});
