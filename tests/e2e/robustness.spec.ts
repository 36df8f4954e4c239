import { describe, expect, it } from 'vitest';
import { StoryMap } from './drivers/story-map.ts';
import { waitUntil } from './helpers/page-probes.ts';
import { loadStoryData } from './helpers/story-data.ts';
import { useStorySite } from './helpers/story-site.ts';

const site = useStorySite();
const data = loadStoryData();
const INJECTION = '<img src=x onerror=alert(1)><script>alert(2)</script>';
/** The story's index and its details chunks, as the site build emits them (story/<generation>/). */
const isStoryIndex = (url: URL): boolean => /\/story\/[^/]+\/index\.json$/.test(url.pathname);
const isDetailsChunk = (url: URL): boolean => /\/story\/[^/]+\/details-\d+\.json$/.test(url.pathname);

describe('untrusted and broken inputs', () => {
  it('shows markup inside an article as text, never as HTML', async () => {
    const story = new StoryMap(site.page, site.origin, data);
    await story.open({ lang: 'en' });
    await story.openPlace('Ankara');
    const { article } = await story.firstQuotedExcerpt();
    const stem = article.file.replace(/\.txt$/, '');
    let intercepted = 0;
    // Appending keeps every excerpt offset valid, so the reader can still highlight its excerpt.
    await site.page.route(
      (url) => url.pathname.includes(stem) && url.pathname.endsWith('.txt'),
      async (route) => {
        intercepted += 1;
        await route.fulfill({
          status: 200,
          contentType: 'text/plain; charset=utf-8',
          body: `${data.articleText(article.id)}\n${INJECTION} نص عربي بعد الوسم`,
        });
      },
    );
    await story.citationOf(story.excerpts().first()).click();
    await waitUntil(
      async () => intercepted,
      (n) => n > 0,
      `the reader to fetch a .txt file matching ${stem}`,
    );
    const reader = story.reader();
    await reader.waitFor({ state: 'visible' });
    await reader.getByText(INJECTION, { exact: false }).first().waitFor({ state: 'visible' });

    expect(
      await reader.locator('img, script:not([src])').count(),
      'markup from the article became elements',
    ).toBe(0);
    expect(site.recorder.dialogs, 'an alert ran').toEqual([]);
  });

  it.each([
    [
      'invalid JSON',
      { status: 200, contentType: 'application/geo+json', body: '{"type": "FeatureCollection", ' },
    ],
    ['a 404', { status: 404, contentType: 'text/plain', body: 'not found' }],
  ])('explains the failure when the story index is %s', async (_label, response) => {
    let intercepted = 0;
    await site.page.route(isStoryIndex, async (route) => {
      intercepted += 1;
      await route.fulfill(response);
    });
    await site.page.goto(`${site.origin}/?lang=en`);
    const message = site.page
      .getByRole('alert')
      .or(site.page.getByText(/could not|couldn.t|failed|error|unable/i))
      .first();
    await message.waitFor({ state: 'visible' });
    expect(intercepted, 'the story index was not fetched').toBeGreaterThan(0);
    expect(((await message.textContent()) ?? '').trim().length, 'the message has words').toBeGreaterThan(10);
  });

  it('says the summary and quotes could not be loaded when a details chunk fails, and keeps the rest', async () => {
    let intercepted = 0;
    await site.page.route(isDetailsChunk, async (route) => {
      intercepted += 1;
      await route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
    });
    const event = data.events[0];
    if (event === undefined) throw new Error('no events');
    const story = new StoryMap(site.page, site.origin, data);
    // Not waitForCurrentEvent: it waits for the card's quotes, which this chunk never brings.
    await story.open({ lang: 'en', event: event.id });
    const alert = site.page
      .getByRole('alert')
      .filter({ hasText: 'The summary and quotes could not be loaded' });
    await alert.waitFor({ state: 'visible' });
    expect(await alert.textContent()).toContain('details-0.json could not be loaded');
    expect(intercepted, 'the details were not fetched').toBeGreaterThan(0);
  });
});
