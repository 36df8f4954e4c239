import type { ChapterStart, StoryIndex, StoryEvent } from '../data/story-index.ts';

/** A run of events under the chapter they belong to (null before the first chapter, or without chapters). */
export interface ChapterGroup {
  chapter: ChapterStart | null;
  events: StoryEvent[];
}

/**
 * Groups events (in story order; all of them or a filtered few) under their tour chapters: an event
 * belongs to the last chapter whose first event is not after it. Chapters with no listed event are
 * left out.
 * @example groupByChapter(story.events, story).map((g) => g.chapter?.id) // ['quiet-channels', 'war-2022', …]
 */
export function groupByChapter(
  events: readonly StoryEvent[],
  story: Pick<StoryIndex, 'chapters' | 'eventIndexById'>,
): ChapterGroup[] {
  const groups: ChapterGroup[] = [];
  for (const event of events) {
    const index = story.eventIndexById.get(event.id) ?? -1;
    let chapter: ChapterStart | null = null;
    for (const candidate of story.chapters) {
      if (candidate.firstIndex <= index) chapter = candidate;
      else break;
    }
    const last = groups.at(-1);
    if (last && last.chapter === chapter) last.events.push(event);
    else groups.push({ chapter, events: [event] });
  }
  return groups;
}
