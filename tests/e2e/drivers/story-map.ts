/**
 * The story map as a user meets it: a timeline to step through, a tour to play, places to open,
 * excerpts to read. Specs speak in these actions; only this file knows roles, keys and selectors.
 */
import type { Locator, Page } from 'playwright-core';
import type { Article, EventFeature } from '../../../src/data/schema.ts';
import { storyUrl, type StoryView } from '../../../src/store/probe.ts';
import { waitForAppReady, waitForMapIdle } from '../../../src/tools/page-readiness.ts';
import type { StoryData } from '../helpers/story-data.ts';
import { waitUntil } from '../helpers/page-probes.ts';
import { uiName } from './ui-names.ts';

export type Language = 'ar' | 'en';

const ARABIC_INDIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';

function toArabicIndicDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => ARABIC_INDIC_DIGITS[Number(d)] ?? d);
}

/** Whether a text names a date: its label, or its year in Western or Arabic-Indic digits. */
export function namesDateOf(text: string, event: EventFeature, language: Language): boolean {
  const { date } = event.properties;
  const year = date.start.slice(0, 4);
  return (
    text.includes(date.label[language]) || text.includes(year) || text.includes(toArabicIndicDigits(year))
  );
}

export class StoryMap {
  constructor(
    readonly page: Page,
    readonly origin: string,
    readonly data: StoryData,
  ) {}

  // ── opening ────────────────────────────────────────────────────────────────

  /**
   * Opens the app at a view (event, place, language) and waits for its interface. Without an
   * event the introduction opens first; it is closed ("Explore the map") unless `intro: 'keep'`.
   */
  async open(params: StoryView = {}, options: { intro?: 'keep' | 'dismiss' } = {}): Promise<void> {
    await this.page.goto(storyUrl(this.origin, params));
    await waitForAppReady(this.page);
    if (params.event === undefined && options.intro !== 'keep') await this.dismissIntro();
  }

  // ── introduction ──────────────────────────────────────────────────────────

  /** The introduction: the dialog that offers the tour and free exploration. */
  introDialog(): Locator {
    return this.page.getByRole('dialog').filter({ has: this.exploreButton() });
  }

  exploreButton(): Locator {
    return this.page.getByRole('button', { name: uiName('exploreMap') });
  }

  /** Closes the introduction by choosing to explore, and waits until it is gone. */
  async dismissIntro(): Promise<void> {
    await this.introDialog().waitFor({ state: 'visible' });
    await this.introDialog()
      .getByRole('button', { name: uiName('exploreMap') })
      .click();
    await this.introDialog().waitFor({ state: 'hidden' });
  }

  async waitForMapIdle(): Promise<void> {
    await waitForMapIdle(this.page);
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await waitForAppReady(this.page);
    if (this.urlParam('event') === null) await this.dismissIntro();
  }

  mapCanvas(): Locator {
    return this.page.locator('canvas.maplibregl-canvas').first();
  }

  async language(): Promise<Language> {
    const lang = await this.page.evaluate(() => document.documentElement.lang);
    if (lang !== 'ar' && lang !== 'en')
      throw new Error(`<html lang> is ${JSON.stringify(lang)}, expected ar or en`);
    return lang;
  }

  async htmlLangAndDir(): Promise<{ lang: string; dir: string }> {
    return this.page.evaluate(() => ({
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
    }));
  }

  urlParam(name: string): string | null {
    return new URL(this.page.url()).searchParams.get(name);
  }

  /** Waits until the address bar holds a parameter's value (URL writes may be throttled). */
  async waitForUrlParam(name: string, value: string | null): Promise<void> {
    await waitUntil(
      async () => this.urlParam(name),
      (seen) => seen === value,
      `the URL's ${name}= to be ${String(value)}`,
    );
  }

  async historyLength(): Promise<number> {
    return this.page.evaluate(() => history.length);
  }

  // ── timeline ───────────────────────────────────────────────────────────────

  /** The timeline scrubber: the slider that names an event (a speed slider would not). */
  timeline(): Locator {
    return this.page.getByRole('slider').and(this.page.locator('[aria-valuetext]')).first();
  }

  async timelineText(): Promise<string> {
    return (await this.timeline().getAttribute('aria-valuetext')) ?? '';
  }

  /** The event the timeline names, found by its title in the interface language. */
  async currentEvent(): Promise<EventFeature> {
    const [text, language] = [await this.timelineText(), await this.language()];
    const event = this.eventNamedIn(text, language);
    if (event === undefined)
      throw new Error(`the timeline's aria-valuetext ${JSON.stringify(text)} names no event`);
    return event;
  }

  /** The event whose title (longest match wins) a text contains. */
  eventNamedIn(text: string, language: Language): EventFeature | undefined {
    const matches = this.data.events.filter((e) => text.includes(e.properties.title[language]));
    return matches.sort(
      (a, b) => b.properties.title[language].length - a.properties.title[language].length,
    )[0];
  }

  /**
   * Waits until the timeline names the given event and, when the browse card is on screen, the card
   * shows the event's quotes (an event's summary, note and excerpts arrive in a details chunk after it).
   */
  async waitForCurrentEvent(event: EventFeature): Promise<void> {
    const language = await this.language();
    await waitUntil(
      () => this.timelineText(),
      (text) => this.eventNamedIn(text, language)?.id === event.id,
      `the timeline to name event ${event.id} (${event.properties.title[language]})`,
    );
    const card = this.page.locator('section.event-card');
    await waitUntil(
      async () => ((await card.count()) === 0 ? -1 : card.first().locator('blockquote').count()),
      (quotes) => quotes === -1 || quotes === event.properties.excerpts.length,
      `the card of ${event.id} to show its ${event.properties.excerpts.length} quotes`,
    );
  }

  /** Waits until the timeline names one of the given events. */
  async waitForCurrentEventAmong(events: readonly EventFeature[], what: string): Promise<EventFeature> {
    const language = await this.language();
    const ids = new Set(events.map((e) => e.id));
    const text = await waitUntil(
      () => this.timelineText(),
      (seen) => ids.has(this.eventNamedIn(seen, language)?.id ?? ''),
      `the timeline to name ${what}`,
    );
    const event = this.eventNamedIn(text, language);
    if (event === undefined) throw new Error(`no event named in ${text}`);
    return event;
  }

  private async pressOnTimeline(key: string): Promise<void> {
    await this.timeline().focus();
    await this.page.keyboard.press(key);
  }

  /** Next in story order: ArrowRight in a left-to-right interface, ArrowLeft when mirrored (RTL). */
  async stepToNextEvent(): Promise<void> {
    const { dir } = await this.htmlLangAndDir();
    await this.pressOnTimeline(dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight');
  }

  async stepToPreviousEvent(): Promise<void> {
    const { dir } = await this.htmlLangAndDir();
    await this.pressOnTimeline(dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft');
  }

  async jumpToFirstEvent(): Promise<void> {
    await this.pressOnTimeline('Home');
  }

  async jumpToLastEvent(): Promise<void> {
    await this.pressOnTimeline('End');
  }

  /** Clicks the scrubber at a fraction of its length, from its visual start (left in LTR). */
  async clickTimelineAt(fraction: number): Promise<void> {
    const box = await this.timeline().boundingBox();
    if (box === null) throw new Error('the timeline slider has no box (hidden?)');
    await this.page.mouse.click(box.x + box.width * fraction, box.y + box.height / 2);
  }

  /** Drags along the scrubber from one fraction of its length to another. */
  async dragTimeline(fromFraction: number, toFraction: number): Promise<void> {
    const box = await this.timeline().boundingBox();
    if (box === null) throw new Error('the timeline slider has no box (hidden?)');
    const y = box.y + box.height / 2;
    await this.page.mouse.move(box.x + box.width * fromFraction, y);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + box.width * toFraction, y, { steps: 8 });
    await this.page.mouse.up();
  }

  /** Taps the scrubber (touch) at a fraction of its length. */
  async tapTimelineAt(fraction: number): Promise<void> {
    const box = await this.timeline().boundingBox();
    if (box === null) throw new Error('the timeline slider has no box (hidden?)');
    await this.page.touchscreen.tap(box.x + box.width * fraction, box.y + box.height / 2);
  }

  // ── tour ───────────────────────────────────────────────────────────────────

  /** The header's "Play tour" (its short form on phones) and the tour card's "Play". */
  playButton(): Locator {
    return this.page.getByRole('button', { name: uiName(['playTour', 'tourPlay']) });
  }

  pauseButton(): Locator {
    return this.page.getByRole('button', { name: uiName(['pauseTour', 'tourPause']) });
  }

  /** Picks the fastest speed on the tour card's speed select (its name is "Speed" and its value). */
  async chooseFastestSpeed(): Promise<void> {
    const select = this.page.getByRole('combobox', { name: uiName('speed', { prefix: true }) }).first();
    await select.waitFor({ state: 'visible' });
    const values = await select.evaluate((el) =>
      Array.from((el as HTMLSelectElement).options, (option) => option.value),
    );
    const fastest = values.at(-1);
    if (fastest === undefined) throw new Error('the speed select has no options');
    await select.selectOption(fastest);
  }

  async playTour(): Promise<void> {
    await this.playButton().first().click();
    await this.pauseButton().first().waitFor({ state: 'visible' });
  }

  async pauseTour(): Promise<void> {
    await this.pauseButton().first().click();
    await this.playButton().first().waitFor({ state: 'visible' });
  }

  /**
   * Starts recording every distinct value the timeline's aria-valuetext takes, in order, so a
   * test can see a tour advance without timing it.
   */
  async recordTimelineTexts(): Promise<void> {
    await this.page.evaluate(() => {
      const log: string[] = [];
      const w = window as unknown as { __e2eTimelineTexts: string[] };
      w.__e2eTimelineTexts = log;
      const readSlider = (): string | null =>
        document.querySelector('[role="slider"][aria-valuetext]')?.getAttribute('aria-valuetext') ?? null;
      const note = (): void => {
        const text = readSlider();
        if (text !== null && log.at(-1) !== text) log.push(text);
      };
      note();
      new MutationObserver(note).observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['aria-valuetext'],
      });
    });
  }

  async recordedTimelineTexts(): Promise<string[]> {
    return this.page.evaluate(
      () => (window as unknown as { __e2eTimelineTexts?: string[] }).__e2eTimelineTexts ?? [],
    );
  }

  // ── map ────────────────────────────────────────────────────────────────────

  /** Drags the map with the mouse, as a user panning it. */
  async dragMap(): Promise<void> {
    const box = await this.mapCanvas().boundingBox();
    if (box === null) throw new Error('the map canvas has no box (hidden?)');
    const x = box.x + box.width * 0.5;
    const y = box.y + box.height * 0.5;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + 120, y + 60, { steps: 10 });
    await this.page.mouse.up();
  }

  // ── places and excerpts ───────────────────────────────────────────────────

  /** A place's button, named in the interface language. */
  placeButton(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** Opens a place as a keyboard user would: focus its button, press Enter. */
  async openPlace(englishName: string): Promise<void> {
    const place = this.data.placeByEnglishName(englishName);
    const button = this.placeButton(place.properties.name[await this.language()]).first();
    await button.focus();
    await this.page.keyboard.press('Enter');
    await this.excerpts().first().waitFor({ state: 'visible' });
  }

  /** The open place's panel: a complementary landmark named "What the articles say about …". */
  placePanel(): Locator {
    return this.page.getByRole('complementary', { name: uiName('placePanel') });
  }

  /** Where excerpts are read: the open place's panel, else the current event's card (or the tour's). */
  excerptPanel(): Locator {
    return this.placePanel()
      .or(this.page.locator('section.event-card, section.tour-card'))
      .filter({ has: this.page.locator('blockquote') })
      .last();
  }

  excerpts(): Locator {
    return this.excerptPanel().locator('blockquote');
  }

  async excerptTexts(): Promise<string[]> {
    return this.excerpts().evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''));
  }

  /** The panel's first quoted excerpt and the article it comes from (found in the story data). */
  async firstQuotedExcerpt(): Promise<{ quoted: string; article: Article }> {
    const [quoted] = await this.excerptTexts();
    const source = this.data.allExcerpts().find(({ excerpt }) => excerpt.text === quoted);
    if (quoted === undefined || source === undefined)
      throw new Error(`the panel's first excerpt is unknown: ${quoted}`);
    return { quoted, article: this.data.article(source.excerpt.article) };
  }

  /** The citation after an excerpt: the first button or link that follows it. */
  citationOf(excerpt: Locator): Locator {
    return excerpt.locator('xpath=following::*[self::button or self::a][1]');
  }

  /** Opens the article reader from the citation of the excerpt quoting this text. */
  async openReaderFromCitation(excerptText: string): Promise<void> {
    const excerpt = this.excerpts().filter({ hasText: excerptText }).first();
    await this.citationOf(excerpt).click();
    await this.reader().waitFor({ state: 'visible' });
  }

  /** The article reader: the dialog with a "Close article" button. */
  reader(): Locator {
    return this.page
      .getByRole('dialog')
      .filter({ has: this.page.getByRole('button', { name: uiName('closeReader') }) });
  }

  // ── language ──────────────────────────────────────────────────────────────

  /** The header's button naming the other language ("العربية" in English, "English" in Arabic). */
  languageToggle(): Locator {
    return this.page.getByRole('button', { name: uiName('switchLanguage') });
  }

  async switchLanguage(): Promise<void> {
    const before = await this.language();
    await this.languageToggle().click();
    await waitUntil(
      () => this.page.evaluate(() => document.documentElement.lang),
      (lang) => lang !== before,
      `<html lang> to change from ${before}`,
    );
  }
}

export { TimelineDriver } from './timeline.ts';
