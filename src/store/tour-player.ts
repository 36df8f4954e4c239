import type { EventFeature } from '../data/schema.ts';
import type { StoryStore } from './story-store.ts';

const BASE_PAUSE_MS = 3500;
const MS_PER_CHARACTER = 35;
const MAX_PAUSE_MS = 16_000;

/**
 * How long the tour stays on an event: long enough to read its title and first excerpt at a calm
 * pace, divided by the chosen speed.
 * @example readingTimeMs(event, 2) // half of readingTimeMs(event, 1)
 */
export function readingTimeMs(event: EventFeature, speed: number): number {
  const first = event.properties.excerpts[0]?.text.length ?? 0;
  const characters = first + event.properties.title.en.length;
  return Math.min(MAX_PAUSE_MS, BASE_PAUSE_MS + characters * MS_PER_CHARACTER) / speed;
}

/**
 * Drives the tour outside React: while playing, waits on each event, then steps forward; at the
 * last event it stops. Any change of event, speed or play state restarts the wait.
 */
export function startTourPlayer(store: StoryStore): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;

  const reschedule = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const { isPlaying, story, currentIndex, speed } = store.getState();
    if (!isPlaying || !story) return;
    const event = story.events[currentIndex];
    if (!event) return;
    timer = setTimeout(
      () => {
        const state = store.getState();
        if (state.currentIndex >= (state.story?.events.length ?? 0) - 1) state.pause();
        else state.stepForward();
      },
      readingTimeMs(event, speed),
    );
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.isPlaying !== previous.isPlaying ||
      state.currentIndex !== previous.currentIndex ||
      state.speed !== previous.speed
    ) {
      reschedule();
    }
  });
  return () => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
  };
}
