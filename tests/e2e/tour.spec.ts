import { describe, expect, it } from 'vitest';
import { MAP_PROJECT_KEY, type MapProbeElement } from '../../src/store/probe.ts';
import { StoryMap, TimelineDriver } from './drivers/story-map.ts';
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

  it.each(['en', 'ar'] as const)(
    'keeps both ends of a Washington–Beijing event clear of the tour’s card (%s)',
    async (lang) => {
      const target = data.event('arms-control-china-2026');
      const story = new StoryMap(site.page, site.origin, data);
      await story.open({ lang, event: target.id });
      await story.waitForCurrentEvent(target);
      await story.playTour();
      await story.pauseTour();
      // The reader picks the event on the timeline: the tour's card shows it beside the map.
      await new TimelineDriver(story).reach(target, lang, 'mouse');
      expect(await story.currentEvent()).toEqual(target);
      await story.waitForMapIdle();
      const card = await site.page.locator('.side-panel--tour').boundingBox();
      const map = await story.mapCanvas().boundingBox();
      if (card === null || map === null) throw new Error('no tour card or map on screen');
      for (const name of ['Washington', 'Beijing']) {
        const [lon, lat] = data.placeByEnglishName(name).properties.label;
        // The place as drawn in any copy of the world that is on screen.
        const xs = await site.page.evaluate(
          ({ key, points }) => {
            const container = document.querySelector('.map-container') as MapProbeElement | null;
            return points.map((point) => container?.[key as typeof MAP_PROJECT_KEY]?.(point).x ?? NaN);
          },
          {
            key: MAP_PROJECT_KEY,
            points: [-360, 0, 360].map((shift): [number, number] => [lon + shift, lat]),
          },
        );
        const clear = xs
          .map((x) => map.x + x)
          .filter((x) => x > map.x && x < map.x + map.width && (x < card.x || x > card.x + card.width));
        expect(clear.length, `${name} is on the map beside the card (x: ${xs.join(', ')})`).toBeGreaterThan(
          0,
        );
      }
    },
  );

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
