/**
 * The tour's next and previous cards (title → chapter → its events → … → end) as store updates.
 * Only later parts of the page call them (the tour's card and its player, chunks of their own), so
 * they and the card order (tour-cards.ts) stay out of the first view.
 */
import { markStepStart } from './step-timing.ts';
import type { StoryStore } from './story-store.ts';
import { nextTourCard, previousTourCard } from './tour-cards.ts';

export function tourNext(store: StoryStore): void {
  const { story, tourStage, currentIndex } = store.getState();
  if (!story || tourStage === 'off') return;
  const next = nextTourCard(story, tourStage, currentIndex);
  markStepStart();
  store.setState(
    next.stage === 'end'
      ? { tourStage: 'end', isPlaying: false }
      : { tourStage: next.stage, currentIndex: next.index },
  );
}

export function tourPrevious(store: StoryStore): void {
  const { story, tourStage, currentIndex } = store.getState();
  if (!story || tourStage === 'off') return;
  const previous = previousTourCard(story, tourStage, currentIndex);
  markStepStart();
  store.setState({ tourStage: previous.stage, currentIndex: previous.index });
}
