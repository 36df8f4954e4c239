/**
 * How Node tools (e2e tests, screenshots, benchmark) know the story map is ready, with the signal
 * the app defines in src/store/probe.ts: `<html data-map-state>` ('unavailable' when WebGL is
 * missing and the app runs without a map).
 */
import type { Page } from 'playwright-core';
import { MAP_STATE_KEY, type MapState } from '../store/probe.ts';

/** Reads the map state the app publishes, or undefined when it publishes none. */
async function readMapState(page: Page): Promise<MapState | undefined> {
  return page.evaluate((key) => document.documentElement.dataset[key] as MapState | undefined, MAP_STATE_KEY);
}

/**
 * Waits until the map has drawn everything it was asked to (MapLibre's `idle`) and the page's
 * fonts are loaded, so a screenshot or a pixel check sees the finished map.
 */
export async function waitForMapIdle(page: Page, timeoutMs = 45_000): Promise<void> {
  try {
    await page.waitForFunction(
      (key) => ['idle', 'unavailable'].includes(document.documentElement.dataset[key] ?? ''),
      MAP_STATE_KEY,
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
