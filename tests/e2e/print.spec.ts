import { describe, expect, it } from 'vitest';
import { formatDateWindow } from '../../src/i18n/format-date.ts';
import { ShareExport } from './drivers/share-export.ts';
import { StoryMap, type Language } from './drivers/story-map.ts';
import { loadStoryData } from './helpers/story-data.ts';
import { useStorySite } from './helpers/story-site.ts';

const site = useStorySite();
const data = loadStoryData();
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;

async function expectWholeChronologyPrinted(story: StoryMap, printer: ShareExport, language: Language) {
  await printer.emulatePrint(true);
  const printed = await printer.printedEvents();
  expect(
    printed.map((e) => e.title),
    'every event, in story order',
  ).toEqual(data.events.map((e) => e.properties.title[language]));
  printed.forEach((entry, i) => {
    const event = data.events[i];
    if (event === undefined) throw new Error('more printed events than events');
    // Node's and Chromium's ICU may differ in the spaces around a range's dash (thin or plain).
    const spaces = (text: string) => text.replace(/\s+/g, ' ');
    expect(spaces(entry.meta), `the date of ${event.id}`).toContain(
      spaces(formatDateWindow(event.properties.date, language)),
    );
    expect(entry.quotes, `the verbatim quotes of ${event.id}`).toEqual(
      event.properties.excerpts.map((x) => x.text),
    );
    expect(entry.citations, `a citation per quote of ${event.id}`).toBe(event.properties.excerpts.length);
    expect(entry.translations, `translations of ${event.id}`).toBe(
      language === 'en' ? event.properties.excerpts.length : 0,
    );
    expect(entry.note, `the note of ${event.id}`).toContain(event.properties.note?.[language] ?? '');
  });
  const document = printer.printedDocument();
  expect(await document.getAttribute('lang')).toBe(language);
  expect(await document.getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
  expect(await document.locator('h2').count(), 'chapter headings and the sources').toBeGreaterThan(2);
  // The interactive page is not printed: no map canvas to be cut across pages, no header, no timeline.
  expect(await story.mapCanvas().isVisible(), 'the map canvas is not printed').toBe(false);
  expect(await story.timeline().isVisible(), 'the timeline is not printed').toBe(false);
  expect(await ShareExport.header(story.page).isVisible(), 'the header is not printed').toBe(false);

  // Back on screen, the page is as it was and the printed document is gone.
  await printer.emulatePrint(false);
  await printer.printedDocument().waitFor({ state: 'detached' });
  await story.timeline().waitFor({ state: 'visible' });
  expect(await story.mapCanvas().isVisible()).toBe(true);
}

describe('printing the chronology', () => {
  it('prints every event with its date, summary, quotes, translations, citations and notes (English)', async () => {
    const story = new StoryMap(site.page, site.origin, data);
    const printer = new ShareExport(site.page);
    await story.open({ lang: 'en' });
    await story.waitForMapIdle();
    expect(await printer.printedDocument().count(), 'not in the screen page').toBe(0);
    await expectWholeChronologyPrinted(story, printer, 'en');
    expect(site.recorder.pageErrors).toEqual([]);
    expect(site.recorder.consoleErrors).toEqual([]);
  });

  it('prints in Arabic, right to left, from a phone and from a deep link', async () => {
    const context = await site.browser.newContext(PHONE);
    try {
      const page = await context.newPage();
      const story = new StoryMap(page, site.origin, data);
      await story.open({ lang: 'ar', event: data.events.at(-1)?.id ?? '' });
      await story.waitForMapIdle();
      await expectWholeChronologyPrinted(story, new ShareExport(page), 'ar');
    } finally {
      await context.close();
    }
  });
});
