import { describe, expect, it } from 'vitest';
import { AR } from '../../src/i18n/messages-ar.ts';
import { MAP_PROJECT_KEY, type MapProbeElement } from '../../src/store/probe.ts';
import { StoryMap, TimelineDriver } from './drivers/story-map.ts';
import { waitUntil } from './helpers/page-probes.ts';
import { loadStoryData } from './helpers/story-data.ts';
import { useStorySite } from './helpers/story-site.ts';

const site = useStorySite();
const data = loadStoryData();

/**
 * Where a place is drawn on the map, in every copy of the world, in the open part of the map beside
 * the tour's card (page x; the card's margin to the map's edge does not count).
 */
async function placesBesideCard(englishName: string): Promise<number[]> {
  const card = await site.page.locator('.side-panel--tour').boundingBox();
  const map = await site.page.locator('canvas.maplibregl-canvas').first().boundingBox();
  if (card === null || map === null) throw new Error('no tour card or map on screen');
  const [lon, lat] = data.placeByEnglishName(englishName).properties.label;
  const xs = await site.page.evaluate(
    ({ key, points }) => {
      const container = document.querySelector('.map-container') as MapProbeElement | null;
      return points.map((point) => container?.[key as typeof MAP_PROJECT_KEY]?.(point).x ?? NaN);
    },
    { key: MAP_PROJECT_KEY, points: [-360, 0, 360].map((shift): [number, number] => [lon + shift, lat]) },
  );
  return xs
    .map((x) => map.x + x)
    .filter((x) => {
      const cardAtStart = card.x - map.x < map.x + map.width - (card.x + card.width);
      return cardAtStart ? x > card.x + card.width && x < map.x + map.width : x > map.x && x < card.x;
    });
}

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
    'shows the whole story, then a Washington–Beijing event, clear of the tour’s card (%s)',
    async (lang) => {
      const target = data.event('arms-control-china-2026');
      const story = new StoryMap(site.page, site.origin, data);
      // From the first event (the introduction closed), Play starts the tour at its title card.
      await story.open({ lang });
      await story.playTour();
      await story.pauseTour();
      // The title card: the whole story, each city once, beside the card.
      await story.waitForMapIdle();
      for (const name of ['Washington', 'Moscow', 'Beijing', 'Bali'])
        expect(await placesBesideCard(name), `${name} on the title card`).toHaveLength(1);
      // The reader picks the event on the timeline: the tour's card shows it beside the map.
      await new TimelineDriver(story).reach(target, lang, 'mouse');
      expect(await story.currentEvent()).toEqual(target);
      await story.waitForMapIdle();
      for (const name of ['Washington', 'Beijing'])
        expect((await placesBesideCard(name)).length, `${name} beside the card`).toBeGreaterThan(0);
    },
  );

  it.each(['en', 'ar'] as const)(
    'goes on from the event a shared link opened, not from the start (%s)',
    async (lang) => {
      const from = data.events[10];
      const next = data.events[11];
      if (from === undefined || next === undefined) throw new Error('needs ≥ 12 events');
      const story = new StoryMap(site.page, site.origin, data);
      await story.open({ lang, event: from.id });
      await story.waitForCurrentEvent(from);
      await story.recordTimelineTexts();
      await story.playTour();
      const card = site.page.locator('section.tour-card');
      await card.getByRole('heading', { name: from.properties.title[lang], exact: true }).waitFor();
      await story.chooseFastestSpeed();
      const texts = await waitUntil(
        () => story.recordedTimelineTexts(),
        (seen) => seen.length >= 2,
        'the tour to move on once',
        50_000,
      );
      expect(texts.slice(0, 2).map((text) => story.eventNamedIn(text, lang)?.id ?? `?? ${text}`)).toEqual([
        from.id,
        next.id,
      ]);
    },
  );

  it('pauses when the reader scrolls the tour’s card by hand', async () => {
    const story = new StoryMap(site.page, site.origin, data);
    await story.open({ lang: 'ar', event: data.event('riyadh-talks-2025').id });
    await story.playTour();
    const body = site.page.locator('section.tour-card .tour-card__body');
    await body.hover();
    await site.page.mouse.wheel(0, 200);
    await story.playButton().first().waitFor({ state: 'visible', timeout: 10_000 });
    expect(await story.pauseButton().count(), 'after scrolling the card the tour is paused').toBe(0);
    await site.page
      .locator('section.tour-card .tour-card__meta')
      .filter({ hasText: AR.tourPaused })
      .waitFor({ timeout: 10_000 });
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
