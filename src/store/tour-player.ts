import type { ChapterStart, StoryIndex, StoryEvent } from '../data/story-index.ts';
import type { StoryStore } from './story-store.ts';
import { nextTourCard } from './tour-cards.ts';
import { tourNext } from './tour-navigation.ts';
import type { Language, TourStage } from './types.ts';

const BASE_PAUSE_MS = 3000;
/** A calm reading pace (about 330 words a minute in English), at speed 1×. */
const MS_PER_CHARACTER = 30;
/** Even the longest card moves on: 7 excerpts of the Abu Dhabi round still fit in this. */
const MAX_PAUSE_MS = 60_000;
const TITLE_CARD_MS = 7000;

/**
 * How long the tour stays on an event: long enough to read everything its card shows at a calm
 * pace (all excerpts, not just the first: the index counts them, cardReadingChars in
 * src/data/story-split.ts), divided by the chosen speed.
 * @example readingTimeMs(event, 'en', 2) // half of readingTimeMs(event, 'en', 1)
 */
export function readingTimeMs(event: StoryEvent, language: Language, speed: number): number {
  const characters = event.properties.reading[language];
  return Math.min(MAX_PAUSE_MS, BASE_PAUSE_MS + characters * MS_PER_CHARACTER) / speed;
}

type TourStory = Pick<StoryIndex, 'events' | 'chapters'>;

/** How long a tour card stays: the title card a few seconds, a chapter card its framing, an event its reading time. */
export function tourCardDurationMs(
  story: TourStory,
  stage: TourStage,
  index: number,
  language: Language,
  speed: number,
): number {
  if (stage === 'title') return TITLE_CARD_MS / speed;
  if (stage === 'chapter') {
    const chapter: ChapterStart | undefined = story.chapters.find((c) => c.firstIndex === index);
    const text = chapter ? chapter.title[language] + chapter.framing[language] : '';
    return (BASE_PAUSE_MS + text.length * MS_PER_CHARACTER) / speed;
  }
  const event = story.events[index];
  return stage === 'event' && event ? readingTimeMs(event, language, speed) : 0;
}

/**
 * The time the tour still needs from this card to its end at this speed (this card counted whole).
 * @example tourTimeLeftMs(story, 'end', 0, 'en', 1) // 0
 */
export function tourTimeLeftMs(
  ...[story, stage, index, language, speed]: Parameters<typeof tourCardDurationMs>
): number {
  let total = 0;
  let card = { stage, index };
  while (card.stage !== 'end' && card.stage !== 'off') {
    total += tourCardDurationMs(story, card.stage, card.index, language, speed);
    card = nextTourCard(story, card.stage, card.index);
  }
  return total;
}

/**
 * Drives the tour outside React: while playing, waits on each card, then moves to the next; at the
 * end card it stops. Any change of card, speed, language or play state restarts the wait.
 */
export function startTourPlayer(store: StoryStore): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;

  const reschedule = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const { isPlaying, story, currentIndex, speed, tourStage, language } = store.getState();
    if (!isPlaying || !story || tourStage === 'off' || tourStage === 'end') return;
    timer = setTimeout(
      () => tourNext(store),
      tourCardDurationMs(story, tourStage, currentIndex, language, speed),
    );
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.isPlaying !== previous.isPlaying ||
      state.currentIndex !== previous.currentIndex ||
      state.tourStage !== previous.tourStage ||
      state.speed !== previous.speed ||
      state.language !== previous.language
    ) {
      reschedule();
    }
  });
  // Started when the tour is first played: schedule the card already showing.
  reschedule();
  return () => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
  };
}
