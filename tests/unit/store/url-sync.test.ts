import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStoryStore } from '../../../src/store/story-store.ts';
import { startUrlSync } from '../../../src/store/url-sync.ts';
import { fixtureStory } from '../data/story-fixture.ts';

function fakeWindow(search: string) {
  const location = { pathname: '/', search, hash: '' };
  const replaceState = vi.fn((_state: unknown, _title: string, url: string) => {
    location.search = url.slice(url.indexOf('?')).replace(/^\/$/, '');
  });
  const pushState = vi.fn();
  const win = {
    location,
    history: { state: null, replaceState, pushState },
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  };
  return { win: win as unknown as Window, replaceState, pushState };
}

describe('startUrlSync', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('replaces the URL once the steps settle, never pushing history', () => {
    const store = createStoryStore({ language: 'en', dataset: 'story' });
    const { win, replaceState, pushState } = fakeWindow('?x=1');
    const stop = startUrlSync(store, win);
    store.getState().setStory(fixtureStory());
    store.getState().stepForward();
    store.getState().stepForward();
    store.getState().openPlace('moscow');
    expect(replaceState).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(replaceState).toHaveBeenCalledTimes(1);
    expect(replaceState.mock.calls[0]?.[2]).toBe('/?x=1&event=talks&place=moscow&lang=en');
    expect(pushState).not.toHaveBeenCalled();
    stop();
  });

  it('does not write before the story is loaded', () => {
    const store = createStoryStore({ language: 'ar', dataset: 'story' });
    const { win, replaceState } = fakeWindow('');
    const stop = startUrlSync(store, win);
    store.getState().setLanguage('en');
    vi.runAllTimers();
    expect(replaceState).not.toHaveBeenCalled();
    stop();
  });
});
