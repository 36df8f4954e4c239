import { useEffect } from 'react';
import { getStoryStore } from '../store/story-store.ts';
import { textDirection } from '../i18n/i18n.ts';
import { findKeyboardAction, keyBelongsToTarget } from './keyboard-actions.ts';

/** Runs the keyboard action table on key presses anywhere in the page, unless the key is the focused element's. */
export function useKeyboardActions(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (keyBelongsToTarget(event.key, target)) return;
      const state = getStoryStore().getState();
      if (state.status !== 'ready') return;
      const action = findKeyboardAction(event, { direction: textDirection(state.language) });
      if (!action) return;
      if (action.name === 'closePanel' && !state.reader && state.openPlaceId === null) return;
      event.preventDefault();
      action.perform(state);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
