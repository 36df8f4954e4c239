/**
 * When the first view is drawn: the map reports `idle` (or that there is no map). What the first
 * view does not show (the details behind the introduction, the validator, later parts of the page)
 * waits for it, so the front door's bytes are the front door's.
 */
import { MAP_STATE_KEY } from '../store/probe.ts';

export function firstViewDrawn(): boolean {
  const state = document.documentElement.dataset[MAP_STATE_KEY];
  return state === 'idle' || state === 'unavailable';
}

/** Calls back once the first view is drawn (at once if it already is); returns a function that cancels. */
export function whenFirstViewDrawn(callback: () => void): () => void {
  if (firstViewDrawn()) {
    callback();
    return () => undefined;
  }
  const observer = new MutationObserver(() => {
    if (!firstViewDrawn()) return;
    observer.disconnect();
    callback();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-map-state'] });
  return () => observer.disconnect();
}
