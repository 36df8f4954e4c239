/**
 * How Node tools (e2e tests, screenshots, benchmark) know the story map is ready. This is the one
 * place that knows the app's readiness signal, so changing the signal is a one-file change.
 *
 * The signal: the app writes the map's state on the root element,
 * `document.documentElement.dataset.mapState` = 'loading' | 'moving' | 'idle' | 'unavailable'
 * ('unavailable' when WebGL is missing and the app runs without a map).
 */
import type { Page } from 'playwright-core';

export type MapState = 'loading' | 'moving' | 'idle' | 'unavailable';

export interface StoryUrlParams {
  event?: string;
  place?: string;
  lang?: 'ar' | 'en';
  dataset?: string;
}

/** The app's URL for a view, e.g. storyUrl(origin, { event: 'x', lang: 'en' }). */
export function storyUrl(origin: string, params: StoryUrlParams = {}): string {
  const search = new URLSearchParams();
  for (const key of ['event', 'place', 'lang', 'dataset'] as const) {
    const value = params[key];
    if (value !== undefined) search.set(key, value);
  }
  const query = search.toString();
  return `${origin}/${query === '' ? '' : `?${query}`}`;
}

/** Reads the map state the app publishes, or undefined when it publishes none. */
export async function readMapState(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.documentElement.dataset['mapState']);
}

/**
 * Waits until the map has drawn everything it was asked to (MapLibre's `idle`) and the page's
 * fonts are loaded, so a screenshot or a pixel check sees the finished map.
 */
export async function waitForMapIdle(page: Page, timeoutMs = 45_000): Promise<void> {
  try {
    await page.waitForFunction(
      () => ['idle', 'unavailable'].includes(document.documentElement.dataset['mapState'] ?? ''),
      undefined,
      { timeout: timeoutMs },
    );
  } catch (error) {
    const state = await readMapState(page);
    throw new Error(
      `the map did not report idle within ${timeoutMs} ms: <html data-map-state> is ${JSON.stringify(state)} ` +
        '(expected "idle")',
      { cause: error },
    );
  }
  if ((await readMapState(page)) === 'unavailable') {
    throw new Error(
      'the map is unavailable (<html data-map-state="unavailable">): does this browser have WebGL?',
    );
  }
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Waits until the app has rendered its interface (the timeline slider exists). */
export async function waitForAppReady(page: Page, timeoutMs = 30_000): Promise<void> {
  try {
    await page.getByRole('slider').first().waitFor({ state: 'visible', timeout: timeoutMs });
  } catch (error) {
    const shown = await page.evaluate(() => document.body.innerText.replace(/\s+/g, ' ').slice(0, 400));
    throw new Error(`no timeline slider within ${timeoutMs} ms at ${page.url()}; the page shows: ${shown}`, {
      cause: error,
    });
  }
}
