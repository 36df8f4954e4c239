import { indexStory, type StoryIndex } from '../../../src/data/story-index.ts';
import { ARTICLE, storyEvents, placesCollection } from '../data/story-fixture.ts';

/** The fixture story (events early 0, call 1, talks 2) with chapters starting at early and at talks. */
export function chapteredStory(): StoryIndex {
  const chapter = (id: string, firstEvent: string) => ({
    id,
    title: { ar: `فصل ${id}`, en: `Chapter ${id}` },
    framing: { ar: `تأطير ${id}`, en: `Framing ${id}` },
    firstEvent,
  });
  return indexStory(
    placesCollection(),
    storyEvents(),
    [ARTICLE],
    [chapter('one', 'early'), chapter('two', 'talks')],
  ).story;
}
