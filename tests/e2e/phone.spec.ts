import { describe, expect, it } from 'vitest';
import { StoryMap } from './drivers/story-map.ts';
import { uiName } from './drivers/ui-names.ts';
import { loadStoryData } from './helpers/story-data.ts';
import { useStorySite } from './helpers/story-site.ts';

const PHONE = { width: 390, height: 844 } as const;
const site = useStorySite({ contextOptions: { viewport: PHONE, isMobile: true, hasTouch: true } });
const data = loadStoryData();

describe('on a phone (390×844)', () => {
  it('shows the map and the timeline, and opens places in a bottom sheet', async () => {
    const first = data.events[0];
    if (first === undefined) throw new Error('no events');
    const story = new StoryMap(site.page, site.origin, data);
    await story.open({ lang: 'ar' });
    await story.waitForMapIdle();

    const mapBox = await story.mapCanvas().boundingBox();
    expect(mapBox?.height ?? 0, 'map height').toBeGreaterThan(200);
    const sliderBox = await story.timeline().boundingBox();
    expect(sliderBox, 'the timeline is laid out').not.toBeNull();
    if (sliderBox !== null) {
      expect(sliderBox.y).toBeGreaterThanOrEqual(0);
      expect(sliderBox.y + sliderBox.height).toBeLessThanOrEqual(PHONE.height);
    }

    // Arabic runs right to left: the first event sits at the right end; several may share the last day.
    await story.tapTimelineAt(0.995);
    await story.waitForCurrentEvent(first);
    await story.tapTimelineAt(0.005);
    await story.waitForCurrentEventAmong(data.eventsOnLastDay(), 'an event on the story’s last day');

    await story.openPlace('Ankara');
    const sheet = await story.excerptPanel().boundingBox();
    if (sheet === null) throw new Error('the place panel has no box');
    expect(sheet.y, 'the sheet starts in the lower part of the screen').toBeGreaterThanOrEqual(
      PHONE.height * 0.35,
    );
    expect(sheet.width, 'the sheet spans the screen').toBeGreaterThanOrEqual(PHONE.width * 0.85);
    const citation = (await story.citationOf(story.excerpts().first()).textContent()) ?? '';
    expect(citation, 'an Arabic citation uses the Arabic comma').toContain('،');
    expect(citation, 'an Arabic citation has no Latin comma').not.toContain(',');
    const mapWithSheet = await story.mapCanvas().boundingBox();
    expect(mapWithSheet?.height ?? 0, 'the map stays visible above the sheet').toBeGreaterThan(180);
  });

  it.each(['ar', 'en'] as const)(
    'gives the tour’s text a third of the screen, and the map a quarter (%s)',
    async (lang) => {
      const story = new StoryMap(site.page, site.origin, data);
      await story.open({ lang, event: data.event('riyadh-talks-2025').id });
      await story.playTour();
      await story.pauseTour();
      await story.waitForMapIdle();
      const text = await site.page.locator('section.tour-card .tour-card__body').boundingBox();
      expect(text?.height ?? 0, 'the card’s text').toBeGreaterThanOrEqual(PHONE.height / 3);
      const map = await story.mapCanvas().boundingBox();
      expect(map?.height ?? 0, 'the map above it').toBeGreaterThanOrEqual(PHONE.height / 4 - 1);
    },
  );

  it('keeps the timeline visible and usable under an open place', async () => {
    const [first, second] = data.events;
    if (first === undefined || second === undefined) throw new Error('needs ≥ 2 events');
    const story = new StoryMap(site.page, site.origin, data);
    await story.open({ lang: 'ar', event: first.id, place: 'ankara' });
    await story.waitForMapIdle();
    await story.excerptPanel().waitFor();

    const slider = await story.timeline().boundingBox();
    if (slider === null) throw new Error('the timeline slider has no box');
    expect(slider.y + slider.height, 'the slider is on screen').toBeLessThanOrEqual(PHONE.height);
    const centre = { x: slider.x + slider.width / 2, y: slider.y + slider.height / 2 };
    const hit = await site.page.evaluate(({ x, y }) => {
      const slider = document.querySelector('[role="slider"]');
      const top = document.elementFromPoint(x, y);
      return slider !== null && top !== null && (top === slider || slider.contains(top));
    }, centre);
    expect(hit, 'nothing covers the slider’s centre').toBe(true);

    await story.stepToNextEvent();
    await story.waitForCurrentEvent(second);
    await story.waitForUrlParam('event', second.id);
    await story.tapTimelineAt(0.995);
    await story.waitForCurrentEvent(first);
    expect(await story.excerptPanel().isVisible(), 'the place stays open while stepping').toBe(true);
  });

  it.each(['en', 'ar'] as const)(
    'shows both ways into the story at the foot of the introduction, without scrolling (%s)',
    async (lang) => {
      const story = new StoryMap(site.page, site.origin, data);
      await story.open({ lang }, { intro: 'keep' });
      await story.introDialog().waitFor({ state: 'visible' });
      for (const key of ['playTheTour', 'exploreMap'] as const) {
        const button = story.introDialog().getByRole('button', { name: uiName(key) });
        const box = await button.boundingBox();
        if (box === null) throw new Error(`${key} has no box`);
        expect(box.y + box.height, `${key} ends on screen`).toBeLessThanOrEqual(PHONE.height);
        const onTop = await button.evaluate((element) => {
          const rect = element.getBoundingClientRect();
          const bottom = document.elementFromPoint(rect.x + rect.width / 2, rect.bottom - 2);
          return bottom !== null && element.contains(bottom);
        });
        expect(onTop, `${key} is whole, down to its bottom edge`).toBe(true);
      }
      await story.exploreButton().tap();
      await story.introDialog().waitFor({ state: 'hidden' });
    },
  );

  it('folds the map’s credits behind their button, and opens them with a tap', async () => {
    const kursk = data.placeByEnglishName('Kursk Oblast');
    const story = new StoryMap(site.page, site.origin, data);
    await story.open({ lang: 'ar', event: data.events[0]?.id ?? '', place: kursk.id });
    await story.waitForMapIdle();
    const credits = site.page.getByText('Natural Earth', { exact: true });
    expect(await credits.isVisible(), 'folded: the map under them shows').toBe(false);
    await site.page.locator('summary.maplibregl-ctrl-attrib-button').tap();
    await credits.waitFor({ state: 'visible' });
  });

  it('shows an event’s own card when the reader taps it in the Event list', async () => {
    const first = data.events[0];
    const target = data.events.at(-1);
    if (first === undefined || target === undefined) throw new Error('needs events');
    const story = new StoryMap(site.page, site.origin, data);
    await story.open({ lang: 'en', event: first.id });
    await site.page.getByRole('button', { name: uiName('chronologyList') }).tap();
    const list = site.page.getByRole('region', { name: uiName('chronologyList') });
    await list.getByRole('button', { name: target.properties.title.en }).tap();
    await story.waitForCurrentEvent(target);
    expect(await list.count(), 'the list gave way to the card').toBe(0);
    expect(await site.page.evaluate(() => document.activeElement?.id), 'focus on the event’s title').toBe(
      'event-title',
    );
  });

  it('shows an event’s own card when the reader taps it in a place’s panel', async () => {
    const kursk = data.placeByEnglishName('Kursk Oblast');
    const first = data.events[0];
    const target = data.events.filter((e) => e.properties.places.includes(kursk.id)).at(-1);
    if (first === undefined || target === undefined) throw new Error('needs an event at Kursk');
    const story = new StoryMap(site.page, site.origin, data);
    await story.open({ lang: 'ar', event: first.id, place: kursk.id });
    const title = story.placePanel().getByRole('button', { name: target.properties.title.ar, exact: true });
    await title.tap();
    await story.waitForCurrentEvent(target);
    await story.waitForUrlParam('place', null);
    expect(await story.placePanel().count(), 'the place’s panel gave way to the card').toBe(0);
    expect(await site.page.evaluate(() => document.activeElement?.id), 'focus on the event’s title').toBe(
      'event-title',
    );
  });
});
