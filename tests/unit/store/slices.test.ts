import { describe, expect, it } from 'vitest';
import { createStoryStore } from '../../../src/store/story-store.ts';
import { fixtureStory } from '../data/story-fixture.ts';

function readyStore() {
  const store = createStoryStore({ language: 'en', dataset: 'story' });
  store.getState().setStory(fixtureStory());
  return store;
}

describe('timeline actions', () => {
  it('steps forward and backward, clamped at both ends', () => {
    const store = readyStore();
    store.getState().stepBackward();
    expect(store.getState().currentIndex).toBe(0);
    store.getState().stepForward();
    store.getState().stepForward();
    store.getState().stepForward();
    expect(store.getState().currentIndex).toBe(2);
  });

  it('goes to an event by id, ignoring unknown ids', () => {
    const store = readyStore();
    store.getState().goToEvent('talks');
    expect(store.getState().currentIndex).toBe(2);
    store.getState().goToEvent('nowhere');
    expect(store.getState().currentIndex).toBe(2);
    store.getState().goToFirst();
    expect(store.getState().currentIndex).toBe(0);
    store.getState().goToLast();
    expect(store.getState().currentIndex).toBe(2);
  });

  it('does nothing before the story is loaded', () => {
    const store = createStoryStore({ language: 'en', dataset: 'story' });
    store.getState().stepForward();
    expect(store.getState().currentIndex).toBe(0);
  });
});

describe('playback actions', () => {
  it('toggles play and pause', () => {
    const store = readyStore();
    store.getState().togglePlay();
    expect(store.getState().isPlaying).toBe(true);
    store.getState().togglePlay();
    expect(store.getState().isPlaying).toBe(false);
  });

  it('goes on from the event the reader is on, and starts over from the first', () => {
    const store = readyStore();
    store.getState().stepForward();
    store.getState().openPlace('moscow');
    store.getState().play();
    expect(store.getState()).toMatchObject({
      isPlaying: true,
      tourStage: 'event',
      currentIndex: 1,
      openPlaceId: null,
    });
    store.getState().exitTour();
    store.getState().goToFirst();
    store.getState().play();
    expect(store.getState()).toMatchObject({ isPlaying: true, tourStage: 'title', currentIndex: 0 });
  });

  it('starts over when played from the last event', () => {
    const store = readyStore();
    store.getState().goToLast();
    store.getState().play();
    expect(store.getState()).toMatchObject({ isPlaying: true, currentIndex: 0 });
  });

  it('pauses when the reader opens', () => {
    const store = readyStore();
    store.getState().play();
    store.getState().openReader({ articleId: 'article-a', start: 0, end: 5, text: 'موسكو' });
    expect(store.getState().isPlaying).toBe(false);
  });
});

describe('selection actions', () => {
  it('opens known places only, and closes them', () => {
    const store = readyStore();
    store.getState().openPlace('atlantis');
    expect(store.getState().openPlaceId).toBeNull();
    store.getState().openPlace('moscow');
    expect(store.getState().openPlaceId).toBe('moscow');
    store.getState().closePlace();
    expect(store.getState().openPlaceId).toBeNull();
  });
});
