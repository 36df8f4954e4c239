import { describe, expect, it } from 'vitest';
import { findKeyboardAction, keyBelongsToTarget } from '../../../src/app/keyboard-actions.ts';
import { createStoryStore } from '../../../src/store/story-store.ts';
import { fixtureStory } from '../data/story-fixture.ts';

const key = (k: string, mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe('keyboard action table', () => {
  it('maps arrows to what the reader sees: → is forward in LTR, ← in RTL', () => {
    expect(findKeyboardAction(key('ArrowRight'), { direction: 'ltr' })?.name).toBe('stepForward');
    expect(findKeyboardAction(key('ArrowLeft'), { direction: 'ltr' })?.name).toBe('stepBackward');
    expect(findKeyboardAction(key('ArrowLeft'), { direction: 'rtl' })?.name).toBe('stepForward');
    expect(findKeyboardAction(key('ArrowRight'), { direction: 'rtl' })?.name).toBe('stepBackward');
  });

  it('maps Home, End and Space; ignores modified keys', () => {
    expect(findKeyboardAction(key('Home'), { direction: 'ltr' })?.name).toBe('goToFirst');
    expect(findKeyboardAction(key('End'), { direction: 'rtl' })?.name).toBe('goToLast');
    expect(findKeyboardAction(key(' '), { direction: 'ltr' })?.name).toBe('togglePlay');
    expect(findKeyboardAction(key('ArrowRight', { ctrlKey: true }), { direction: 'ltr' })).toBeUndefined();
  });

  it('performs on the store: stepping by hand pauses the tour', () => {
    const store = createStoryStore({ language: 'en', dataset: 'story' });
    store.getState().setStory(fixtureStory());
    store.getState().play();
    findKeyboardAction(key('ArrowRight'), { direction: 'ltr' })?.perform(store.getState());
    expect(store.getState()).toMatchObject({ currentIndex: 1, isPlaying: false });
    findKeyboardAction(key(' '), { direction: 'ltr' })?.perform(store.getState());
    expect(store.getState().isPlaying).toBe(true);
  });
});

describe('keyBelongsToTarget', () => {
  const el = (tagName: string, inside: string | null = null) => ({
    tagName,
    closest: (selector: string) => (inside !== null && selector.includes(inside) ? {} : null),
  });

  it('leaves every key to text fields and selects', () => {
    expect(keyBelongsToTarget('ArrowRight', el('INPUT'))).toBe(true);
    expect(keyBelongsToTarget(' ', el('SELECT'))).toBe(true);
  });

  it('leaves Space to buttons (no double toggle) but not arrows', () => {
    expect(keyBelongsToTarget(' ', el('BUTTON'))).toBe(true);
    expect(keyBelongsToTarget('ArrowRight', el('BUTTON'))).toBe(false);
  });

  it('leaves arrows to the map canvas, and takes keys on the slider', () => {
    expect(keyBelongsToTarget('ArrowLeft', el('CANVAS', '.maplibregl-map'))).toBe(true);
    expect(keyBelongsToTarget('ArrowLeft', el('DIV'))).toBe(false);
    expect(keyBelongsToTarget(' ', null)).toBe(false);
  });
});
