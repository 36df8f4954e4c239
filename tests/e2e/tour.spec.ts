import { describe, expect, it } from 'vitest';
import { StoryMap } from './drivers/story-map.ts';
import { waitUntil } from './helpers/page-probes.ts';
import { loadStoryData } from './helpers/story-data.ts';
import { useStorySite } from './helpers/story-site.ts';

const site = useStorySite();
const data = loadStoryData();

describe('playing the tour', () => {
  it('advances through three events in story order, and a map drag pauses it', async () => {
    const start = data.events[0];
    if (start === undefined || data.events.length < 4) throw new Error('needs ≥ 4 events');
    const story = new StoryMap(site.page, site.origin, data);
    await story.open({ lang: 'en', event: start.id });
    await story.waitForCurrentEvent(start);
    await story.waitForMapIdle();

    await story.recordTimelineTexts();
    await story.playTour();
    // The speed is chosen on the tour's own card.
    await story.chooseFastestSpeed();

    const texts = await waitUntil(
      () => story.recordedTimelineTexts(),
      (seen) => seen.length >= 4,
      'the tour to move on three times',
      50_000,
    );
    const visited = texts.slice(0, 4).map((text) => story.eventNamedIn(text, 'en')?.id ?? `?? ${text}`);
    expect(visited, 'the tour visits events in story order').toEqual(
      data.events.slice(0, 4).map((e) => e.id),
    );

    await story.dragMap();
    await story.playButton().first().waitFor({ state: 'visible', timeout: 10_000 });
    expect(await story.pauseButton().count(), 'after a map drag the tour is paused').toBe(0);
  });

  it('plays and pauses with Space on the timeline', async () => {
    const story = new StoryMap(site.page, site.origin, data);
    await story.open({ lang: 'en' });
    await story.timeline().focus();
    await site.page.keyboard.press('Space');
    await story.pauseButton().first().waitFor({ state: 'visible', timeout: 10_000 });
    await site.page.keyboard.press('Space');
    await story.playButton().first().waitFor({ state: 'visible', timeout: 10_000 });
  });
});
