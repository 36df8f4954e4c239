import { indexEvent } from '../../../src/data/story-split.ts';
import { describe, expect, it } from 'vitest';
import { indexStory } from '../../../src/data/story-index.ts';
import { groupByChapter } from '../../../src/share/print-groups.ts';
import { ARTICLE, PLACES, event } from '../data/story-fixture.ts';

const events = [
  event('e1', '2010-04-08'),
  event('e2', '2021-10-01'),
  event('e3', '2022-03-01'),
  event('e4', '2022-11-14'),
  event('e5', '2025-02-18'),
];
const chapters = [
  { id: 'quiet', title: { ar: 'هدوء', en: 'Quiet' }, framing: { ar: 'أ', en: 'a' }, firstEvent: 'e2' },
  { id: 'war', title: { ar: 'حرب', en: 'War' }, framing: { ar: 'ب', en: 'b' }, firstEvent: 'e3' },
  { id: 'talks', title: { ar: 'محادثات', en: 'Talks' }, framing: { ar: 'ج', en: 'c' }, firstEvent: 'e5' },
];
const { story } = indexStory({ features: PLACES }, { features: events.map(indexEvent) }, [ARTICLE], chapters);

describe('groupByChapter', () => {
  it('puts every event under its chapter, in order, with events before the first chapter apart', () => {
    const groups = groupByChapter(story.events, story);
    expect(groups.map((g) => [g.chapter?.id ?? null, g.events.map((e) => e.id)])).toEqual([
      [null, ['e1']],
      ['quiet', ['e2']],
      ['war', ['e3', 'e4']],
      ['talks', ['e5']],
    ]);
  });

  it('leaves out chapters none of the listed events belongs to', () => {
    const some = story.events.filter((e) => e.id === 'e2' || e.id === 'e5');
    expect(groupByChapter(some, story).map((g) => g.chapter?.id)).toEqual(['quiet', 'talks']);
  });

  it('keeps every event once', () => {
    expect(groupByChapter(story.events, story).flatMap((g) => g.events)).toEqual(story.events);
  });
});
