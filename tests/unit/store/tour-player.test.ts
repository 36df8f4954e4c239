import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStoryStore } from '../../../src/store/story-store.ts';
import { tourNext } from '../../../src/store/tour-navigation.ts';
import {
  readingTimeMs,
  startTourPlayer,
  tourCardDurationMs,
  tourTimeLeftMs,
} from '../../../src/store/tour-player.ts';
import { storyEvent } from '../data/story-fixture.ts';
import { chapteredStory } from './chaptered-story.ts';

describe('readingTimeMs', () => {
  it('counts every excerpt the card shows, not only the first, and divides by the speed', () => {
    const one = storyEvent('a', '2025-01-01', {
      excerpts: [{ article: 'x', start: 0, end: 60, text: 'ب'.repeat(60) }],
    });
    const three = storyEvent('b', '2025-01-01', {
      excerpts: [0, 1, 2].map((i) => ({
        article: 'x',
        start: i * 60,
        end: i * 60 + 60,
        text: 'ب'.repeat(60),
      })),
    });
    expect(readingTimeMs(three, 'ar', 1)).toBeGreaterThan(readingTimeMs(one, 'ar', 1));
    expect(readingTimeMs(three, 'ar', 2)).toBe(readingTimeMs(three, 'ar', 1) / 2);
  });

  it('counts what the reader reads in the interface language: translations in English', () => {
    const long = storyEvent('c', '2025-01-01', {
      excerpts: [{ article: 'x', start: 0, end: 3, text: 'abc', translation: { en: 'e'.repeat(300) } }],
    });
    expect(readingTimeMs(long, 'en', 1)).toBeGreaterThan(readingTimeMs(long, 'ar', 1));
  });

  it('is capped so one event never holds the tour for more than a minute', () => {
    const huge = storyEvent('d', '2025-01-01', {
      excerpts: [{ article: 'x', start: 0, end: 5000, text: 'ب'.repeat(5000) }],
    });
    expect(readingTimeMs(huge, 'ar', 1)).toBe(60_000);
  });
});

describe('tourTimeLeftMs', () => {
  it('adds up the cards still to come, and is 0 at the end card', () => {
    const story = chapteredStory();
    const fromTitle = tourTimeLeftMs(story, 'title', 0, 'en', 1);
    const fromLast = tourTimeLeftMs(story, 'event', 2, 'en', 1);
    expect(fromLast).toBe(tourCardDurationMs(story, 'event', 2, 'en', 1));
    expect(fromTitle).toBeGreaterThan(fromLast);
    expect(tourTimeLeftMs(story, 'end', 2, 'en', 1)).toBe(0);
  });
});

describe('startTourPlayer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('plays the title card, the chapter cards and every event, then stops on the end card', () => {
    const store = createStoryStore({ language: 'en', dataset: 'story' });
    store.getState().setStory(chapteredStory());
    const stop = startTourPlayer(store);
    store.getState().play();
    expect(store.getState()).toMatchObject({ tourStage: 'title', isPlaying: true });
    const story = store.getState().story!;
    vi.advanceTimersByTime(tourCardDurationMs(story, 'title', 0, 'en', 1) - 1);
    expect(store.getState().tourStage).toBe('title');
    vi.advanceTimersByTime(1);
    expect(store.getState()).toMatchObject({ tourStage: 'chapter', currentIndex: 0 });
    vi.runAllTimers();
    expect(store.getState()).toMatchObject({ tourStage: 'end', currentIndex: 2, isPlaying: false });
    stop();
  });

  it('keeps its place when paused, and resumes from it', () => {
    const store = createStoryStore({ language: 'en', dataset: 'story' });
    store.getState().setStory(chapteredStory());
    const stop = startTourPlayer(store);
    store.getState().play();
    tourNext(store);
    tourNext(store);
    store.getState().pause();
    vi.runAllTimers();
    expect(store.getState()).toMatchObject({ tourStage: 'event', currentIndex: 0, isPlaying: false });
    store.getState().play();
    expect(store.getState()).toMatchObject({ tourStage: 'event', currentIndex: 0, isPlaying: true });
    stop();
  });

  it('leaves a card for the event when the reader steps by hand', () => {
    const store = createStoryStore({ language: 'en', dataset: 'story' });
    store.getState().setStory(chapteredStory());
    store.getState().startTour();
    store.getState().stepForward();
    expect(store.getState()).toMatchObject({ tourStage: 'event', currentIndex: 1 });
    store.getState().exitTour();
    expect(store.getState()).toMatchObject({ tourStage: 'off', isPlaying: false, currentIndex: 1 });
  });
});
