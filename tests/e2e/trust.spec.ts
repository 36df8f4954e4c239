/**
 * Showing the work in both languages: Arabic summaries, English translations of the quotes, the
 * editor's notes beside the claims they qualify, and the sources the story is told from.
 */
import { describe, expect, it } from 'vitest';
import { storyUrl } from '../../src/store/probe.ts';
import { StoryMap } from './drivers/story-map.ts';
import { loadStoryData } from './helpers/story-data.ts';
import { useStorySite } from './helpers/story-site.ts';

const site = useStorySite();
const data = loadStoryData();

function mq9Event() {
  const event = data.events.find((e) => e.properties.title.en.includes('MQ-9'));
  if (event === undefined) throw new Error('no MQ-9 event in the chronology');
  return event;
}

describe('both languages get the whole story', () => {
  it('the Arabic card shows the Arabic summary and the editor’s note in Arabic', async () => {
    const event = mq9Event();
    const note = event.properties.note;
    if (note === undefined) throw new Error('the MQ-9 event has no note');
    const story = new StoryMap(site.page, site.origin, data);
    await story.open({ lang: 'ar', event: event.id });
    await story.waitForCurrentEvent(event);
    const card = site.page.locator('.event-card');
    await card.getByText(event.properties.summary.ar).waitFor({ state: 'visible' });
    const shownNote = card.getByRole('complementary', { name: 'ملاحظة المحرر' });
    expect(await shownNote.textContent()).toContain(note.ar);
  });

  it('the English card shows the English note and a translation under each Arabic quote', async () => {
    const event = mq9Event();
    const story = new StoryMap(site.page, site.origin, data);
    await story.open({ lang: 'en', event: event.id });
    await story.waitForCurrentEvent(event);
    const card = site.page.locator('.event-card');
    const shownNote = card.getByRole('complementary', { name: 'Editor’s note' });
    expect(await shownNote.textContent()).toContain(event.properties.note?.en ?? '(no note)');
    const translations = await card.locator('.excerpt__translation').allTextContents();
    expect(translations).toEqual(event.properties.excerpts.map((x) => `Translation: ${x.translation.en}`));
    // The quote itself stays the verbatim Arabic.
    expect(await card.locator('blockquote[lang="ar"]').first().textContent()).toBe(
      event.properties.excerpts[0]?.text,
    );
  });
});

describe('the sources', () => {
  it('lists every article with its publisher rule and date basis, and opens one', async () => {
    const story = new StoryMap(site.page, site.origin, data);
    await story.open({ lang: 'en' });
    await site.page.getByRole('button', { name: 'Sources', exact: true }).click();
    const dialog = site.page.getByRole('dialog', { name: 'Sources' });
    await dialog.waitFor({ state: 'visible' });
    const items = dialog.getByRole('listitem');
    expect(await items.count()).toBe(data.articles.length);
    const unnamed = data.articles.filter((a) => a.publisher === 'unknown').length;
    expect(await dialog.getByText('publisher not named in the text').count()).toBe(unnamed);
    expect(await dialog.getByText(/date (printed in the article|inferred from its content)/).count()).toBe(
      data.articles.length,
    );

    await items.first().getByRole('button', { name: 'Read the article' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await story.reader().waitFor({ state: 'visible' });
  });

  it('is reached from the introduction on a phone, where the header has no Sources button', async () => {
    const context = await site.browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    try {
      const page = await context.newPage();
      await page.goto(storyUrl(site.origin, { lang: 'ar' }));
      const link = page.getByRole('button', { name: 'المصادر: كل مقال وناشره وكيف عُرف تاريخه' });
      await link.tap();
      const dialog = page.getByRole('dialog', { name: 'المصادر' });
      await dialog.waitFor({ state: 'visible' });
      expect(await dialog.getByRole('listitem').count()).toBe(data.articles.length);
    } finally {
      await context.close();
    }
  });

  it('is linked from a citation, pointing out that citation’s article', async () => {
    const event = mq9Event();
    const story = new StoryMap(site.page, site.origin, data);
    await story.open({ lang: 'ar', event: event.id });
    await story.waitForCurrentEvent(event);
    await site.page.getByRole('button', { name: 'عن هذا المصدر' }).first().click();
    const dialog = site.page.getByRole('dialog', { name: 'المصادر' });
    await dialog.waitFor({ state: 'visible' });
    const article = data.articles.find((a) => a.id === event.properties.excerpts[0]?.article);
    expect(await dialog.locator('.sources__item--current').textContent()).toContain(article?.title.ar);
  });
});
