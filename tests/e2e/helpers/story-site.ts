/**
 * Test-file harness: one static server and one browser per spec file, a fresh browser context and
 * page per test, and recorders for what a test must never see (console errors, page errors,
 * requests leaving the machine, alert dialogs).
 */
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../../../src/tools/chromium.ts';
import { assertBuilt, startStaticServer, type StaticServer } from '../../../src/tools/static-server.ts';

export interface PageRecorder {
  consoleErrors: string[];
  pageErrors: string[];
  requests: string[];
  dialogs: string[];
}

export interface StorySite {
  readonly origin: string;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  readonly recorder: PageRecorder;
  /** Requests that went anywhere but this site, data: or blob:. */
  outsideRequests(): string[];
}

export interface StorySiteOptions {
  extraArgs?: readonly string[];
  contextOptions?: BrowserContextOptions;
}

export const DESKTOP_VIEWPORT = { width: 1280, height: 800 } as const;

function record(page: Page): PageRecorder {
  const recorder: PageRecorder = { consoleErrors: [], pageErrors: [], requests: [], dialogs: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const { url, lineNumber } = message.location();
      recorder.consoleErrors.push(`${message.text()} (${url}:${lineNumber})`);
    }
  });
  page.on('pageerror', (error) => recorder.pageErrors.push(String(error)));
  page.on('request', (request) => recorder.requests.push(request.url()));
  page.on('dialog', (dialog) => {
    recorder.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return recorder;
}

export function useStorySite(options: StorySiteOptions = {}): StorySite {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let recorder: PageRecorder | undefined;

  beforeAll(async () => {
    assertBuilt();
    server = await startStaticServer();
    browser = await launchChromium(options.extraArgs === undefined ? {} : { extraArgs: options.extraArgs });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    if (browser === undefined) throw new Error('the browser did not start (see beforeAll)');
    context = await browser.newContext({ viewport: DESKTOP_VIEWPORT, ...options.contextOptions });
    page = await context.newPage();
    recorder = record(page);
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is only available inside a test`);
    return value;
  };
  return {
    get origin() {
      return need(server, 'the server').origin;
    },
    get browser() {
      return need(browser, 'the browser');
    },
    get context() {
      return need(context, 'the context');
    },
    get page() {
      return need(page, 'the page');
    },
    get recorder() {
      return need(recorder, 'the recorder');
    },
    outsideRequests() {
      const origin = need(server, 'the server').origin;
      return need(recorder, 'the recorder').requests.filter(
        (url) =>
          !(
            url.startsWith(`${origin}/`) ||
            url === origin ||
            url.startsWith('data:') ||
            url.startsWith('blob:')
          ),
      );
    },
  };
}
