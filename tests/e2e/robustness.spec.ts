import { describe, expect, it } from 'vitest';
import { StoryMap } from './drivers/story-map.ts';
import { waitUntil } from './helpers/page-probes.ts';
import { loadStoryData } from './helpers/story-data.ts';
import { useStorySite } from './helpers/story-site.ts';

const site = useStorySite();
const data = loadStoryData();
const INJECTION = '<img src=x onerror=alert(1)><script>alert(2)</script>';
const isEventsFile = (url: URL): boolean =>
  url.pathname.includes('events') && url.pathname.endsWith('.geojson');

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
  ])('explains the failure when the events file is %s', async (_label, response) => {
    let intercepted = 0;
    await site.page.route(isEventsFile, async (route) => {
      intercepted += 1;
      await route.fulfill(response);
    });
    await site.page.goto(`${site.origin}/?lang=en`);
    const message = site.page
      .getByRole('alert')
      .or(site.page.getByText(/could not|couldn.t|failed|error|unable/i))
      .first();
    await message.waitFor({ state: 'visible' });
    expect(intercepted, 'the events were not fetched as a .geojson file').toBeGreaterThan(0);
    expect(((await message.textContent()) ?? '').trim().length, 'the message has words').toBeGreaterThan(10);
  });
});
