import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStoryStore } from '../../../src/store/story-store.ts';
import { readingTimeMs, startTourPlayer } from '../../../src/store/tour-player.ts';
import { event, fixtureStory } from '../data-app/story-fixture.ts';

describe('readingTimeMs', () => {
  it('gives longer excerpts more time and divides by the speed', () => {
    const short = event('a', '2025-01-01', { excerpts: [{ article: 'x', start: 0, end: 3, text: 'abc' }] });
    const long = event('b', '2025-01-01', {
      excerpts: [{ article: 'x', start: 0, end: 120, text: 'ب'.repeat(120) }],
    });
    expect(readingTimeMs(long, 1)).toBeGreaterThan(readingTimeMs(short, 1));
    expect(readingTimeMs(long, 2)).toBe(readingTimeMs(long, 1) / 2);
  });

  it('is capped so one event never holds the tour for long', () => {
    const huge = event('c', '2025-01-01', {
      excerpts: [{ article: 'x', start: 0, end: 5000, text: 'ب'.repeat(5000) }],
    });
    expect(readingTimeMs(huge, 1)).toBe(16_000);
  });
});

describe('startTourPlayer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('steps event by event while playing and stops at the last one', () => {
    const store = createStoryStore({ language: 'en', dataset: 'story' });
    store.getState().setStory(fixtureStory());
    const stop = startTourPlayer(store);
    store.getState().play();
    const first = store.getState().story!.events[0]!;
    vi.advanceTimersByTime(readingTimeMs(first, 1) - 1);
    expect(store.getState().currentIndex).toBe(0);
    vi.advanceTimersByTime(1);
    expect(store.getState().currentIndex).toBe(1);
    vi.runAllTimers();
    expect(store.getState()).toMatchObject({ currentIndex: 2, isPlaying: false });
    stop();
  });

  it('waits no more once paused', () => {
    const store = createStoryStore({ language: 'en', dataset: 'story' });
    store.getState().setStory(fixtureStory());
    const stop = startTourPlayer(store);
    store.getState().play();
    store.getState().pause();
    vi.runAllTimers();
    expect(store.getState().currentIndex).toBe(0);
    stop();
  });
});
