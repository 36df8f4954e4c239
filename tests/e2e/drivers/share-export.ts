/**
 * Export, share, embed and print as a reader meets them: the header's Export and Share buttons,
 * their panels, the files they download, the embed page and the printed chronology. Specs speak in
 * these actions; only this file knows the roles, names and selectors involved.
 */
import { readFile } from 'node:fs/promises';
import type { Frame, Locator, Page } from 'playwright-core';
import { waitUntil } from '../helpers/page-probes.ts';

const NAMES = {
  exportButton: /^(Export the events|تصدير الأحداث)$/,
  geoJson: /^GeoJSON/,
  csv: /^CSV/,
  print: /^(Print the chronology|طباعة التسلسل الزمني)$/,
  shareButton: /^(Share this event|مشاركة هذا الحدث)$/,
  link: /^(Link to this event|رابط هذا الحدث)$/,
  snippet: /^(Embed on a website|التضمين في موقع)$/,
  copyLink: /^(Copy link|نسخ الرابط)$/,
  copyEmbed: /^(Copy embed code|نسخ رمز التضمين)$/,
  openFullMap: /^(Open the full map|افتح الخريطة كاملة)/,
} as const;

export interface DownloadedFile {
  name: string;
  bytes: Buffer;
}

export class ShareExport {
  constructor(readonly page: Page) {}

  // ── export ────────────────────────────────────────────────────────────────

  exportButton(): Locator {
    return this.page.getByRole('button', { name: NAMES.exportButton });
  }

  /** The open Export panel (a group named like its button). */
  exportPanel(): Locator {
    return this.page.getByRole('group', { name: NAMES.exportButton });
  }

  /** Opens the Export panel (a second click on its button would close it, so only when closed). */
  async openExportMenu(): Promise<void> {
    if (await this.exportPanel().isVisible()) return;
    await this.exportButton().click();
    // The panel's content is its own chunk, loaded when the menu first opens.
    await this.exportPanel().getByRole('button', { name: NAMES.print }).waitFor({ state: 'visible' });
  }

  private async download(name: RegExp): Promise<DownloadedFile> {
    await this.openExportMenu();
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.exportPanel().getByRole('button', { name }).click(),
    ]);
    const failure = await download.failure();
    if (failure !== null) throw new Error(`the download failed: ${failure}`);
    const path = await download.path();
    return { name: download.suggestedFilename(), bytes: await readFile(path) };
  }

  downloadGeoJson(): Promise<DownloadedFile> {
    return this.download(NAMES.geoJson);
  }

  downloadCsv(): Promise<DownloadedFile> {
    return this.download(NAMES.csv);
  }

  /** The Export panel's status line (what was downloaded). */
  exportStatus(): Locator {
    return this.exportPanel().getByRole('status');
  }

  /** Clicks "Print the chronology" with window.print replaced by a recorder; returns whether it was called. */
  async printFromMenu(): Promise<boolean> {
    await this.page.evaluate(() => {
      const w = window as unknown as { __printCalls: number; print: () => void };
      w.__printCalls = 0;
      w.print = () => {
        w.__printCalls += 1;
      };
    });
    await this.openExportMenu();
    await this.exportPanel().getByRole('button', { name: NAMES.print }).click();
    // Print waits for every event's details (the printed chronology carries them all).
    await this.page
      .waitForFunction(() => (window as unknown as { __printCalls: number }).__printCalls > 0, null, {
        timeout: 10_000,
      })
      .catch(() => undefined);
    return this.page.evaluate(() => (window as unknown as { __printCalls: number }).__printCalls === 1);
  }

  // ── share ─────────────────────────────────────────────────────────────────

  shareButton(): Locator {
    return this.page.getByRole('button', { name: NAMES.shareButton });
  }

  sharePanel(): Locator {
    return this.page.getByRole('group', { name: NAMES.shareButton });
  }

  async openShareMenu(): Promise<void> {
    if (await this.sharePanel().isVisible()) return;
    await this.shareButton().click();
    // The panel's content is its own chunk, loaded when the menu first opens.
    await this.sharePanel().getByRole('textbox').first().waitFor({ state: 'visible' });
  }

  async closeMenuWithEscape(panel: Locator): Promise<void> {
    await this.page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
  }

  linkField(): Locator {
    return this.sharePanel().getByRole('textbox', { name: NAMES.link });
  }

  snippetField(): Locator {
    return this.sharePanel().getByRole('textbox', { name: NAMES.snippet });
  }

  async shareLink(): Promise<string> {
    return this.linkField().inputValue();
  }

  async embedSnippet(): Promise<string> {
    return this.snippetField().inputValue();
  }

  async copyLink(): Promise<void> {
    await this.sharePanel().getByRole('button', { name: NAMES.copyLink }).click();
  }

  async copyEmbed(): Promise<void> {
    await this.sharePanel().getByRole('button', { name: NAMES.copyEmbed }).click();
  }

  shareStatus(): Locator {
    return this.sharePanel().getByRole('status');
  }

  async clipboardText(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  // ── embed ─────────────────────────────────────────────────────────────────

  /** The page header (the banner landmark with the title and the controls). */
  static header(scope: Page | Frame): Locator {
    return scope.locator('header.app-header, [role="banner"]');
  }

  static openFullMapLink(scope: Page | Frame): Locator {
    return scope.getByRole('link', { name: NAMES.openFullMap });
  }

  /** The frame that a host page's <iframe> loads from this origin, once it has started loading it. */
  async embeddedFrame(origin: string): Promise<Frame> {
    const frames = await waitUntil(
      async () => this.page.frames().filter((f) => f.url().startsWith(origin)),
      (found) => found.length > 0,
      `a frame from ${origin} in ${this.page.url()}`,
    );
    const [frame] = frames;
    if (frame === undefined) throw new Error(`no frame from ${origin}`);
    return frame;
  }

  // ── print ─────────────────────────────────────────────────────────────────

  async emulatePrint(on: boolean): Promise<void> {
    await this.page.emulateMedia({ media: on ? 'print' : 'screen' });
  }

  /** The printed chronology (only there while printing). */
  printedDocument(): Locator {
    return this.page.locator('.print-chronology');
  }

  /** The events of the printed chronology: title, date line, how many quotes, translations, notes. */
  async printedEvents(): Promise<
    { title: string; meta: string; quotes: string[]; translations: number; citations: number; note: string }[]
  > {
    await this.printedDocument().waitFor({ state: 'visible' });
    return this.printedDocument()
      .locator('article.print-event')
      .evaluateAll((events) =>
        events.map((event) => ({
          title: event.querySelector('h3')?.textContent ?? '',
          meta: event.querySelector('.print-event__meta')?.textContent ?? '',
          quotes: [...event.querySelectorAll('blockquote[lang="ar"][dir="rtl"]')].map(
            (q) => q.textContent ?? '',
          ),
          translations: event.querySelectorAll('.print-excerpt__translation').length,
          citations: event.querySelectorAll('figcaption cite').length,
          note: event.querySelector('.print-event__note')?.textContent ?? '',
        })),
      );
  }
}
