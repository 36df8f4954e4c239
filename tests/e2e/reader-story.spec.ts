/**
 * What a first-time reader does: meets the introduction, plays the told tour from its title card
 * to its end card, finds Kursk on the map, and reads events from their top.
 */
import { describe, expect, it } from 'vitest';
import { StoryMap } from './drivers/story-map.ts';
import { waitUntil } from './helpers/page-probes.ts';
import { loadStoryData } from './helpers/story-data.ts';
import { useStorySite } from './helpers/story-site.ts';

const site = useStorySite();
const data = loadStoryData();

function eventWithMostExcerpts() {
  const sorted = [...data.events].sort((a, b) => b.properties.excerpts.length - a.properties.excerpts.length);
  const event = sorted[0];
  if (event === undefined) throw new Error('no events');
  return event;
}

describe('a first visit', () => {
  it('opens the introduction; Explore closes it, About reopens it; a deep link skips it', async () => {
    const story = new StoryMap(site.page, site.origin, data);
    await story.open({ lang: 'ar' }, { intro: 'keep' });
    const intro = story.introDialog();
    await intro.waitFor({ state: 'visible' });
    await intro.getByRole('button', { name: 'ابدأ الجولة' }).waitFor({ state: 'visible' });
    expect(await intro.textContent()).toContain('خمسة مقالات');

    await story.dismissIntro();
    await site.page.getByRole('button', { name: 'عن الخريطة' }).click();
    await intro.waitFor({ state: 'visible' });
    await site.page.keyboard.press('Escape');
    await intro.waitFor({ state: 'hidden' });

    const event = data.events[3];
    if (event === undefined) throw new Error('needs ≥ 4 events');
    await story.open({ lang: 'en', event: event.id });
    await story.waitForCurrentEvent(event);
    expect(await site.page.getByRole('dialog').count(), 'a deep link opens no introduction').toBe(0);
  });
});

describe('the told tour', () => {
  it('goes from its title card through a chapter card and events to its end card', async () => {
    const story = new StoryMap(site.page, site.origin, data);
    await story.open({ lang: 'en' }, { intro: 'keep' });
    await story.introDialog().getByRole('button', { name: 'Play the tour' }).click();
    const card = site.page.locator('.tour-card');
    const progress = site.page.getByRole('progressbar', { name: 'Tour progress' });
    await progress.waitFor({ state: 'visible' });
    await story.pauseTour();

    expect(await progress.getAttribute('aria-valuenow'), 'the title card comes first').toBe('0');
    expect(await progress.getAttribute('aria-valuemax')).toBe(String(data.events.length));
    expect(await card.textContent()).toMatch(/min left/);

    const next = card.getByRole('button', { name: 'Next' });
    await next.click();
    await card.getByText(/^Chapter 1 of \d+$/).waitFor({ state: 'visible' });
    await next.click();
    const first = data.events[0];
    if (first === undefined) throw new Error('no events');
    await card.getByRole('heading', { name: first.properties.title.en }).waitFor({ state: 'visible' });
    expect(await progress.getAttribute('aria-valuenow')).toBe('1');
    // The English card carries a translation of each quote, marked as such.
    expect(await card.locator('.excerpt__translation').first().textContent()).toMatch(/^Translation: /);

    await story.jumpToLastEvent();
    await next.click();
    await card.getByRole('heading', { name: 'End of the tour' }).waitFor({ state: 'visible' });
    expect(await card.getByRole('listitem').count(), 'the end card lists every source').toBe(
      data.articles.length,
    );
    await card.getByRole('button', { name: 'Play again' }).click();
    await waitUntil(
      () => progress.getAttribute('aria-valuenow'),
      (now) => now === '0',
      'Play again to return to the title card',
    );
    await card.getByRole('button', { name: 'Explore the map' }).click();
    await progress.waitFor({ state: 'hidden' });
  });

  it('advances by itself while playing, announcing each event', async () => {
    const story = new StoryMap(site.page, site.origin, data);
    await story.open({ lang: 'en' }, { intro: 'keep' });
    await story.introDialog().getByRole('button', { name: 'Play the tour' }).click();
    await story.chooseFastestSpeed();
    const first = data.events[0];
    if (first === undefined) throw new Error('no events');
    const live = site.page.locator('[aria-live="polite"]');
    await waitUntil(
      () => live.first().textContent(),
      (text) => (text ?? '').includes(first.properties.title.en),
      'the live region to announce the first event',
      40_000,
    );
  });
});

describe('reading', () => {
  it('shows the next event from its title after the reader scrolled the card', async () => {
    const long = eventWithMostExcerpts();
    const story = new StoryMap(site.page, site.origin, data);
    await story.open({ lang: 'en', event: long.id });
    await story.waitForCurrentEvent(long);
    const panel = site.page.locator('.side-panel');
    await panel.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    expect(await panel.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    await story.stepToNextEvent();
    await waitUntil(
      () => panel.evaluate((el) => el.scrollTop),
      (top) => top === 0,
      'the new event to open at its top',
    );
    const live = await site.page.locator('[aria-live="polite"]').first().textContent();
    const shown = await story.currentEvent();
    expect(live, 'the step is announced').toContain(shown.properties.title.en);
  });

  it('opens Kursk Oblast, not Russia, when the reader clicks inside it on the map', async () => {
    const kursk = data.placeByEnglishName('Kursk Oblast');
    const event = data.events.find((e) => e.properties.places[0] === kursk.id);
    if (event === undefined) throw new Error('no event is placed in Kursk Oblast');
    const story = new StoryMap(site.page, site.origin, data);
    await story.open({ lang: 'en', event: event.id });
    await story.waitForMapIdle();
    // The event frames the oblast: the middle of the map lies inside it, and inside Russia.
    const box = await story.mapCanvas().boundingBox();
    if (box === null) throw new Error('the map canvas has no box');
    await site.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await story.excerptPanel().waitFor({ state: 'visible' });
    expect(await story.excerptPanel().getAttribute('aria-label')).toContain('Kursk Oblast');
    // Every event the articles tie to Kursk is listed: the 2024 incursion and the 2026 exchange
    // that brought home three civilians captured there, each with the quote that names Kursk.
    const linked = data.events.filter((e) => e.properties.places.includes(kursk.id));
    expect(linked.length).toBeGreaterThanOrEqual(2);
    const titles = await story
      .placePanel()
      .locator('h3')
      .evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''));
    expect(titles).toEqual(expect.arrayContaining(linked.map((e) => e.properties.title.en)));
    expect(titles).toHaveLength(linked.length);
    const quotes = await story.excerptTexts();
    expect(quotes.filter((quote) => quote.includes('كورسك')).length).toBeGreaterThanOrEqual(linked.length);
  });

  it('explains the marks in a legend', async () => {
    const story = new StoryMap(site.page, site.origin, data);
    await story.open({ lang: 'ar' });
    await site.page.getByRole('button', { name: 'مفتاح الخريطة' }).click();
    const legend = site.page.getByRole('region', { name: 'مفتاح الخريطة' });
    await legend.waitFor({ state: 'visible' });
    expect(await legend.locator('li').count()).toBeGreaterThanOrEqual(5);
    // The open legend leaves the map's buttons and its credits in reach.
    const covered = await site.page.evaluate(() =>
      [...document.querySelectorAll('.maplibregl-ctrl-group button, .maplibregl-ctrl-attrib')]
        .filter((control) => control.getClientRects().length > 0)
        .filter((control) => {
          const box = control.getBoundingClientRect();
          const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
          return !(hit && control.contains(hit));
        })
        .map((control) => control.getAttribute('aria-label') ?? control.className),
    );
    expect(covered).toEqual([]);
  });
});
