/**
 * The page set-up the step and timeline benchmarks share: a fresh Arabic context at the bench's
 * viewport, the load runs' observer, and a wait until the story and the map are ready.
 */
import type { Browser, Page } from 'playwright-core';
import { MAP_STATE_KEY } from '../../store/probe.ts';
import { BENCH_VIEWPORT, LOAD_OBSERVER_SCRIPT } from './load-timing.ts';
import { collectPageDiagnostics, trackPageErrors } from './page-diagnostics.ts';

const READY_TIMEOUT_MS = 60_000;

export interface ReadyPage {
  page: Page;
  /** What the page showed, logged and requested: for error messages. */
  describe: () => Promise<string>;
  /** Page errors seen so far (a measurement with any is not to be trusted). */
  pageErrors: readonly string[];
}

/** Opens `url` as above, runs `measure` on the ready page, and closes the context whatever happens. */
export async function withReadyStoryPage<T>(
  browser: Browser,
  url: string,
  measure: (ready: ReadyPage) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({ viewport: BENCH_VIEWPORT, locale: 'ar' });
  try {
    const page = await context.newPage();
    const diagnostics = collectPageDiagnostics(page);
    const pageErrors = trackPageErrors(page);
    // The same page set-up as the load runs, so all see the app under identical conditions.
    await page.addInitScript({ content: LOAD_OBSERVER_SCRIPT });
    await page.goto(url, { waitUntil: 'commit' });
    try {
      // A function, not a string: a string predicate is eval'd in the page, which the app's CSP forbids.
      await page.waitForFunction(
        (key) =>
          window.__qanat?.store.getState().status === 'ready' &&
          document.documentElement.dataset[key] === 'idle',
        MAP_STATE_KEY,
        { timeout: READY_TIMEOUT_MS, polling: 100 },
      );
    } catch (error) {
      throw new Error(
        `${url}: story or map not ready (${error instanceof Error ? error.message.split('\n')[0] : String(error)})\n  ${await diagnostics.describe()}`,
        { cause: error },
      );
    }
    return await measure({ page, describe: () => diagnostics.describe(), pageErrors });
  } finally {
    await context.close();
  }
}
