import { selectUrlState } from './selectors.ts';
import type { StoryStore } from './story-store.ts';
import { serialiseUrlState } from './url-state.ts';

const QUIET_MS = 250;
const IDLE_TIMEOUT_MS = 1000;

/**
 * Keeps the address bar in step with the store. Writes with history.replaceState (never
 * pushState: stepping must not pile up history), once the state has been quiet for QUIET_MS and
 * the page is idle: replaceState costs milliseconds in Chromium, too much to pay inside every
 * step while someone scrubs. Flushes before the page is hidden so a reload restores the view.
 */
export function startUrlSync(store: StoryStore, win: Window = window): () => void {
  let lastWritten = '';
  let timer: ReturnType<typeof setTimeout> | null = null;

  const write = (): void => {
    timer = null;
    const state = store.getState();
    if (state.status !== 'ready') return;
    const search = serialiseUrlState(selectUrlState(state), win.location.search);
    if (search === lastWritten) return;
    lastWritten = search;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    win.history.replaceState(win.history.state, '', url);
  };

  const schedule = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      if (typeof win.requestIdleCallback === 'function') {
        win.requestIdleCallback(write, { timeout: IDLE_TIMEOUT_MS });
      } else {
        write();
      }
    }, QUIET_MS);
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
