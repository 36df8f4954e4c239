import { useEffect } from 'react';
import { getStoryStore } from '../store/story-store.ts';
import { textDirection } from '../i18n/i18n.ts';
import { whenFirstViewDrawn } from './first-view.ts';
import type * as KeyboardActions from './keyboard-actions.ts';

type Table = typeof KeyboardActions;

/** Runs the action a key press stands for, unless the key is the focused element's own. */
function run(table: Table, event: KeyboardEvent): void {
  const target = event.target instanceof HTMLElement ? event.target : null;
  if (table.keyBelongsToTarget(event.key, target)) return;
  const state = getStoryStore().getState();
  if (state.status !== 'ready') return;
  const action = table.findKeyboardAction(event, { direction: textDirection(state.language) });
  if (!action) return;
  if (action.name === 'closePanel' && !state.reader && state.openPlaceId === null) return;
  event.preventDefault();
  action.perform(state);
}

/**
 * Runs the keyboard action table on key presses anywhere in the page. The table is its own chunk,
 * fetched once the first view is drawn; a key pressed before that loads it and is then acted on.
 */
export function useKeyboardActions(): void {
  useEffect(() => {
    let table: Table | null = null;
    const load = (): Promise<Table> =>
      import('./keyboard-actions.ts').then((loaded) => {
        table = loaded;
        return loaded;
      });
    const stopWaiting = whenFirstViewDrawn(() => void load());
    const onKeyDown = (event: KeyboardEvent): void => {
      if (table) run(table, event);
      else void load().then((loaded) => run(loaded, event));
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      stopWaiting();
      document.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}
