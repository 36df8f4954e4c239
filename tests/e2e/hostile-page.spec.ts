/**
 * The page isolates and wraps what it did not write, and says which asset failed: a bidi override
 * in a publisher's name stays inside it, a 20,000-character word wraps, and a missing map chunk or
 * worker is named instead of blamed on WebGL or left loading forever.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { StoryMap } from './drivers/story-map.ts';
import { loadStoryData } from './helpers/story-data.ts';
import { useStorySite } from './helpers/story-site.ts';

const site = useStorySite();
const data = loadStoryData();
const RIGHT_TO_LEFT_OVERRIDE = '\u202e';

/** The on-screen x of each character of an element's text, in text order. */
async function characterLefts(page: Page, selector: string): Promise<number[]> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const node = element.firstChild;
      if (!node || node.nodeType !== Node.TEXT_NODE) return [];
      const range = document.createRange();
      return Array.from({ length: node.textContent?.length ?? 0 }, (_, i) => {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        return range.getBoundingClientRect().left;
      });
    });
}

describe('text the page did not write', () => {
  it('keeps a bidi override inside the publisher’s name and wraps a 20,000-character title', async () => {
    const article = data.articles[0];
    if (article === undefined) throw new Error('no articles');
    const event = data.events.find((e) => e.properties.excerpts[0]?.article === article.id);
    if (event === undefined) throw new Error(`no event quotes article ${article.id}`);
    const hostile = data.articles.map((a) =>
      a.id === article.id
        ? {
            ...a,
            publisher: `${RIGHT_TO_LEFT_OVERRIDE}Evil Press`,
            title: { ...a.title, en: 'x'.repeat(20_000) },
          }
        : a,
    );
    // The articles reach the page inside the story's index (story/<generation>/index.json).
    await site.page.route(
      (url) => /\/story\/[^/]+\/index\.json$/.test(url.pathname),
      async (route) => {
        const response = await route.fetch();
        const index = (await response.json()) as { articles: unknown };
        await route.fulfill({ response, json: { ...index, articles: hostile } });
      },
    );
    const story = new StoryMap(site.page, site.origin, data);
    await story.open({ lang: 'ar', event: event.id });
    await story.waitForCurrentEvent(event);
    await story.citationOf(story.excerpts().first()).click();
    const reader = story.reader();
    await reader.waitFor({ state: 'visible' });

    // The date after the publisher's name still reads as written: its year's digits stand left to right.
    const time = '.reader__header time';
    const text = (await site.page.locator(time).textContent()) ?? '';
    const year = text.lastIndexOf(article.published.date.slice(0, 4));
    const yearLefts = (await characterLefts(site.page, time)).slice(year, year + 4);
    expect(yearLefts, `the year's digits in "${text}" on screen`).toEqual(
      [...yearLefts].sort((a, b) => a - b),
    );

    // In English the reader's header also shows the 20,000-character title.
    await site.page.keyboard.press('Escape');
    await reader.waitFor({ state: 'hidden' });
    await story.switchLanguage();
    await story.citationOf(story.excerpts().first()).click();
    await reader.getByText('x'.repeat(100)).first().waitFor({ state: 'attached' });
    const overflow = await reader.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow, 'the reader does not scroll sideways').toBeLessThanOrEqual(1);
  });
});

describe('missing map assets', () => {
  it.each([
    ['worker', /maplibre-gl-worker/, 'The map’s worker script could not be loaded'],
    ['code', /\/start-map-[^/]*\.js$/, 'The map’s code could not be loaded'],
  ])('names a missing %s instead of loading forever', async (_what, pattern, message) => {
    await site.page.route(
      (url) => pattern.test(url.pathname),
      (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }),
    );
    const story = new StoryMap(site.page, site.origin, data);
    await story.open({ lang: 'en', event: data.events[0]?.id ?? '' });
    await site.page.getByText(message).first().waitFor({ state: 'visible' });
    expect(await site.page.getByText('no WebGL').count(), 'WebGL is not blamed').toBe(0);
  });
});
