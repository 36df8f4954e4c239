import type { StoryIndex } from '../data/story-index.ts';
import type { TourStage } from './types.ts';

/** A card of the told tour: the stage and the event it shows (a chapter card shows its first event). */
export interface TourCard {
  stage: TourStage;
  index: number;
}

/** Whether a chapter starts at this event. */
function startsChapter(story: Pick<StoryIndex, 'chapters'>, index: number): boolean {
  return story.chapters.some((c) => c.firstIndex === index);
}

/**
 * The card after this one: title → first chapter → its events → next chapter → … → end.
 * @example nextTourCard(story, 'title', 0) // { stage: 'chapter', index: 0 } when a chapter starts at event 0
 */
export function nextTourCard(
  story: Pick<StoryIndex, 'chapters' | 'events'>,
  stage: TourStage,
  index: number,
): TourCard {
  const last = story.events.length - 1;
  switch (stage) {
    case 'title':
      return { stage: startsChapter(story, 0) ? 'chapter' : 'event', index: 0 };
    case 'chapter':
      return { stage: 'event', index };
    case 'event':
      if (index >= last) return { stage: 'end', index };
      return { stage: startsChapter(story, index + 1) ? 'chapter' : 'event', index: index + 1 };
    default:
      return { stage, index };
  }
}

/**
 * The card before this one (the reverse of nextTourCard); the title card is the first.
 * @example previousTourCard(story, 'chapter', 0) // { stage: 'title', index: 0 }
 */
export function previousTourCard(
  story: Pick<StoryIndex, 'chapters' | 'events'>,
  stage: TourStage,
  index: number,
): TourCard {
  switch (stage) {
    case 'end':
      return { stage: 'event', index: story.events.length - 1 };
    case 'chapter':
      return index <= 0 ? { stage: 'title', index: 0 } : { stage: 'event', index: index - 1 };
    case 'event':
      if (startsChapter(story, index)) return { stage: 'chapter', index };
      return index <= 0 ? { stage: 'title', index: 0 } : { stage: 'event', index: index - 1 };
    default:
      return { stage, index };
  }
}

/** The chapter an event belongs to: the last one starting at or before it. */
export function chapterOf<T extends { firstIndex: number }>(chapters: readonly T[], index: number): T | null {
  let found: T | null = null;
  for (const chapter of chapters) if (chapter.firstIndex <= index) found = chapter;
  return found;
}
