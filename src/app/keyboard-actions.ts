import type { StoryState } from '../store/types.ts';

/** What a key handler needs to know besides the key itself. */
export interface KeyContext {
  direction: 'ltr' | 'rtl';
}

export interface KeyboardAction {
  name: string;
  test: (
    event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>,
    context: KeyContext,
  ) => boolean;
  perform: (state: StoryState) => void;
}

const plain = (e: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey'>): boolean =>
  !e.altKey && !e.ctrlKey && !e.metaKey;

/**
 * Arrow keys follow what the reader sees: the timeline runs right to left in Arabic, so there
 * ← moves to the next (later) event and → to the previous one; in English it is the other way
 * round. ↑/↓ are the same in both (↑ later), as on a native slider. Stepping by hand pauses the tour.
 */
function isForward(key: string, direction: 'ltr' | 'rtl'): boolean {
  if (key === 'ArrowUp') return true;
  return key === (direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight');
}
function isBackward(key: string, direction: 'ltr' | 'rtl'): boolean {
  if (key === 'ArrowDown') return true;
  return key === (direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft');
}

const PAGE_STEP = 10;

export const KEYBOARD_ACTIONS: readonly KeyboardAction[] = [
  {
    name: 'stepForward',
    test: (e, c) => plain(e) && isForward(e.key, c.direction),
    perform: (s) => {
      s.pause();
      s.stepForward();
    },
  },
  {
    name: 'stepBackward',
    test: (e, c) => plain(e) && isBackward(e.key, c.direction),
    perform: (s) => {
      s.pause();
      s.stepBackward();
    },
  },
  {
    name: 'pageForward',
    test: (e) => plain(e) && e.key === 'PageUp',
    perform: (s) => {
      s.pause();
      s.goToIndex(s.currentIndex + PAGE_STEP);
    },
  },
  {
    name: 'pageBackward',
    test: (e) => plain(e) && e.key === 'PageDown',
    perform: (s) => {
      s.pause();
      s.goToIndex(s.currentIndex - PAGE_STEP);
    },
  },
  {
    name: 'goToFirst',
    test: (e) => plain(e) && e.key === 'Home',
    perform: (s) => {
      s.pause();
      s.goToFirst();
    },
  },
  {
    name: 'goToLast',
    test: (e) => plain(e) && e.key === 'End',
    perform: (s) => {
      s.pause();
      s.goToLast();
    },
  },
  {
    name: 'togglePlay',
    test: (e) => plain(e) && (e.key === ' ' || e.key === 'Spacebar'),
    perform: (s) => s.togglePlay(),
  },
  {
    name: 'closePanel',
    test: (e) => e.key === 'Escape',
    // The topmost thing first: a dialog, then the legend, then the open place.
    perform: (s) => {
      if (s.reader) s.closeReader();
      else if (s.sources !== null) s.closeSources();
      else if (s.introOpen) s.setIntroOpen(false);
      else if (s.legendOpen) s.toggleLegend();
      else if (s.openPlaceId !== null) s.closePlace();
    },
  },
];

/** The first action whose key test matches, if any. */
export function findKeyboardAction(
  event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>,
  context: KeyContext,
): KeyboardAction | undefined {
  return KEYBOARD_ACTIONS.find((action) => action.test(event, context));
}

/**
 * Whether a key press belongs to the focused element rather than to the story: text fields and
 * selects take every key; buttons, links and summaries take Space and Enter themselves (so Space on
 * the Play button toggles once, not twice); the map canvas takes arrows for panning.
 */
export function keyBelongsToTarget(
  key: string,
  target: { tagName: string; isContentEditable?: boolean; closest?: (selector: string) => unknown } | null,
): boolean {
  if (!target) return false;
  const tag = target.tagName.toLowerCase();
  if (tag === 'input' || tag === 'textarea' || tag === 'select' || target.isContentEditable) return true;
  if ((key === ' ' || key === 'Enter') && (tag === 'button' || tag === 'a' || tag === 'summary')) return true;
  if (key === 'Escape') return false;
  return Boolean(target.closest?.('.maplibregl-map, dialog'));
}
