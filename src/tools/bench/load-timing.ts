/**
 * Cold-load timing in headless Chromium: each run gets a fresh browser context (empty cache) and
 * records, in page time (ms since navigation start), when the map first reports `idle` and when
 * the timeline slider is present and focusable; and, when asked (`firstViewDist`), what the page
 * downloaded until that idle (src/tools/bench/first-view-bytes.ts). By default the page loads from
 * the local server at full speed, so the figure is the machine's CPU and renderer; with `network`
 * it loads over a throttled network, so the bytes count as they do for a reader on a phone.
 */
import type { Browser } from 'playwright-core';
import { MAP_STATE_KEY } from '../../store/probe.ts';
import { firstViewBytes, pageEpochMs, recordRequests, type FirstViewBytes } from './first-view-bytes.ts';
import { collectPageDiagnostics } from './page-diagnostics.ts';

export const BENCH_VIEWPORT = { width: 1280, height: 800 } as const;
const LOAD_TIMEOUT_MS = 60_000;

export interface LoadSample {
  mapIdleMs: number;
  /** Undefined for a page without a timeline (the baseline). */
  timelineInteractiveMs?: number;
  /** The files requested until the map's first idle, at their gzip sizes (with `firstViewDist`). */
  firstView?: FirstViewBytes;
}

/** A network as Chromium's DevTools emulates it (CDP Network.emulateNetworkConditions). */
export interface NetworkConditions {
  name: string;
  latencyMs: number;
  downloadBytesPerS: number;
  uploadBytesPerS: number;
}

/**
 * A reader's phone network: Lighthouse's mobile throttling ("slow 4G": 150 ms round trip,
 * 1.6 Mbit/s down, 750 kbit/s up), applied by Chromium to the page and its workers' requests.
 */
export const PHONE_NETWORK: NetworkConditions = {
  name: 'slow 4G (Lighthouse mobile): 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up',
  latencyMs: 150,
  downloadBytesPerS: (1.6 * 1024 * 1024) / 8,
  uploadBytesPerS: (750 * 1024) / 8,
};

export interface ColdLoadOptions {
  /** The served site's directory: count the first view's bytes from its files. */
  firstViewDist?: string;
  /** Throttle the page's network (default: none, the local server at full speed). */
  network?: NetworkConditions;
}

declare global {
  interface Window {
    __benchLoad?: { mapIdleMs?: number; timelineInteractiveMs?: number };
  }
}

/**
 * Runs before any page script: observes the document and stamps the first moment each signal holds.
 * `<html data-map-state="idle">` is the readiness signal the app and the baseline both publish
 * (src/store/probe.ts). A string, not a function, so no transpiler helper leaks in.
 */
export const LOAD_OBSERVER_SCRIPT = `(() => {
  const marks = {};
  window.__benchLoad = marks;
  const observer = new MutationObserver(() => {
    const now = performance.now();
    if (marks.mapIdleMs === undefined && document.documentElement && document.documentElement.dataset[${JSON.stringify(MAP_STATE_KEY)}] === 'idle') {
      marks.mapIdleMs = now;
    }
    if (marks.timelineInteractiveMs === undefined) {
      const slider = document.querySelector('[role="slider"]');
      if (slider && slider.tabIndex >= 0 && slider.getAttribute('aria-disabled') !== 'true') {
        marks.timelineInteractiveMs = now;
      }
    }
    if (marks.mapIdleMs !== undefined && marks.timelineInteractiveMs !== undefined) observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
})();`;

/** One cold load of `url`; waits for the map's idle and, when `withTimeline`, the slider. */
export async function measureColdLoad(
  browser: Browser,
  url: string,
  withTimeline: boolean,
  options: ColdLoadOptions = {},
): Promise<LoadSample> {
  const context = await browser.newContext({ viewport: BENCH_VIEWPORT, locale: 'ar' });
  try {
    const page = await context.newPage();
    const diagnostics = collectPageDiagnostics(page);
    const requests = recordRequests(page);
    if (options.network) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: options.network.latencyMs,
        downloadThroughput: options.network.downloadBytesPerS,
        uploadThroughput: options.network.uploadBytesPerS,
      });
    }
    await page.addInitScript({ content: LOAD_OBSERVER_SCRIPT });
    await page.goto(url, { waitUntil: 'commit' });
    try {
      await page.waitForFunction(
        (needTimeline) =>
          window.__benchLoad?.mapIdleMs !== undefined &&
          (!needTimeline || window.__benchLoad.timelineInteractiveMs !== undefined),
        withTimeline,
        { timeout: LOAD_TIMEOUT_MS, polling: 100 },
      );
    } catch (error) {
      const marks = await page.evaluate(() => window.__benchLoad).catch(() => undefined);
      throw new Error(
        `${url}: not ready within ${LOAD_TIMEOUT_MS} ms (load marks ${JSON.stringify(marks)})\n  ${await diagnostics.describe()}`,
        { cause: error },
      );
    }
    const marks = await page.evaluate(() => window.__benchLoad ?? {});
    const sample: LoadSample = { mapIdleMs: marks.mapIdleMs ?? Number.NaN };
    if (withTimeline && marks.timelineInteractiveMs !== undefined) {
      sample.timelineInteractiveMs = marks.timelineInteractiveMs;
    }
    if (options.firstViewDist !== undefined && marks.mapIdleMs !== undefined) {
      const idleEpochMs = await pageEpochMs(page, marks.mapIdleMs);
      sample.firstView = firstViewBytes(
        requests.urlsUntil(idleEpochMs),
        options.firstViewDist,
        new URL(url).origin,
      );
    }
    return sample;
  } finally {
    await context.close();
  }
}
