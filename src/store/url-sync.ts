import { selectUrlState } from './selectors.ts';
import type { StoryStore } from './story-store.ts';
import { serialiseUrlState } from './url-state.ts';

const WRITE_INTERVAL_MS = 200;

/**
 * Keeps the address bar in step with the store. Writes with history.replaceState, at most every
 * WRITE_INTERVAL_MS (stepping through a tour must not flood history or the browser's rate limit),
 * and flushes before the page is hidden so a reload restores the latest view.
 */
export function startUrlSync(store: StoryStore, win: Window = window): () => void {
  let lastWritten = '';
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastWriteMs = -Infinity;

  const write = (): void => {
    timer = null;
    lastWriteMs = performance.now();
    const state = store.getState();
    if (state.status !== 'ready') return;
    const search = serialiseUrlState(selectUrlState(state), win.location.search);
    if (search === lastWritten) return;
    lastWritten = search;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    win.history.replaceState(win.history.state, '', url);
  };

  const schedule = (): void => {
    if (timer !== null) return;
    const waitMs = Math.max(0, WRITE_INTERVAL_MS - (performance.now() - lastWriteMs));
    timer = setTimeout(write, waitMs);
  };

  const flush = (): void => {
    if (timer !== null) clearTimeout(timer);
    write();
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.currentIndex !== previous.currentIndex ||
      state.openPlaceId !== previous.openPlaceId ||
      state.language !== previous.language ||
      state.status !== previous.status
    ) {
      schedule();
    }
  });
  win.addEventListener('pagehide', flush);
  return () => {
    unsubscribe();
    win.removeEventListener('pagehide', flush);
    if (timer !== null) clearTimeout(timer);
  };
}
