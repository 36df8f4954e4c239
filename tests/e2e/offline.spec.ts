import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  assertBuilt,
  DIST_DIR,
  startStaticServer,
  type StaticServer,
} from '../../src/tools/static-server.ts';
import { StoryMap } from './drivers/story-map.ts';
import { pixelStats } from './helpers/page-probes.ts';
import { loadStoryData } from './helpers/story-data.ts';
import { useStorySite } from './helpers/story-site.ts';

const site = useStorySite();
const data = loadStoryData();
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;

/** The URLs (dist-relative) and revisions in the service worker's precache manifest. */
function precacheManifest(distDir: string): Map<string, string | null> {
  const sw = readFileSync(join(distDir, 'sw.js'), 'utf8');
  const entries = [...sw.matchAll(/\{url:"([^"]+)",revision:(?:"([^"]*)"|null)\}/g)];
  return new Map(entries.map((m) => [m[1] ?? '', m[2] ?? null]));
}

/**
 * Waits until the page's service worker is activated: its install step has then precached every
 * file, so the first visit is cached. (It does not claim the page it was installed from: the next
 * load is the first one it serves.)
 */
async function waitForServiceWorkerActive(page: Page): Promise<void> {
  const activated = page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active;
    if (worker === null) return 'no active worker';
    if (worker.state !== 'activated')
      await new Promise<void>((resolve) => {
        worker.addEventListener('statechange', () => {
          if (worker.state === 'activated') resolve();
        });
      });
    return worker.scriptURL;
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no service worker activated for ${page.url()} within 30 s`)),
      30_000,
    );
  });
  try {
    const result = await Promise.race([activated, timeout]);
    expect(result, 'the active worker').toMatch(/\/sw\.js$/);
  } finally {
    clearTimeout(timer);
  }
}

/** A private copy of the built site, so a test may stop its server or rebuild it. */
function copyOfDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'qanat-offline-'));
  cpSync(DIST_DIR, dir, { recursive: true, filter: (path) => !path.includes('synthetic-10k') });
  return dir;
}

describe('the built site’s service worker and manifest', () => {
  it('precaches the app, data, fonts and basemap, and links a manifest whose icons exist', () => {
    assertBuilt();
    expect(existsSync(join(DIST_DIR, 'sw.js')), 'dist/sw.js').toBe(true);
    const manifest = precacheManifest(DIST_DIR);
    const assets = readdirSync(join(DIST_DIR, 'assets')).filter((f) =>
      /\.(m?js|css|geojson|json|txt|woff2)$/.test(f),
    );
    expect(assets.some((f) => /^basemap-.*\.geojson$/.test(f))).toBe(true);
    expect(assets.some((f) => /^maplibre-gl-worker-.*\.m?js$/.test(f))).toBe(true);
    for (const file of assets)
      expect(manifest.has(`assets/${file}`), `assets/${file} is precached`).toBe(true);
    expect(manifest.get('index.html'), 'index.html is precached with a revision').toMatch(/^[0-9a-f]{8,}$/);
    expect(manifest.has('manifest.webmanifest')).toBe(true);

    const html = readFileSync(join(DIST_DIR, 'index.html'), 'utf8');
    expect(html).toMatch(/<link rel="manifest" href="\.\/manifest\.webmanifest">/);
    const webManifest = JSON.parse(readFileSync(join(DIST_DIR, 'manifest.webmanifest'), 'utf8')) as {
      name: string;
      start_url: string;
      display: string;
      icons: { src: string; sizes: string; purpose?: string }[];
    };
    expect(webManifest.name).toContain('قناة');
    expect(webManifest.display).toBe('standalone');
    expect(webManifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(webManifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    for (const icon of webManifest.icons) {
      expect(existsSync(join(DIST_DIR, icon.src)), `${icon.src} is in dist/`).toBe(true);
      expect(manifest.has(icon.src), `${icon.src} is precached`).toBe(true);
    }
  });
});

describe('offline after a first visit', () => {
  let server: StaticServer | undefined;
  let copy: string | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
    if (copy !== undefined) rmSync(copy, { recursive: true, force: true });
    copy = undefined;
  });

  it('reloads to an idle map with the network gone, and opens an article (English, desktop)', async () => {
    server = await startStaticServer(DIST_DIR);
    const { origin } = server;
    const ankara = data.placeByEnglishName('Ankara');
    const event = data.eventsAt(ankara.id)[0];
    if (event === undefined) throw new Error('no event at Ankara');
    const story = new StoryMap(site.page, origin, data);
    await story.open({ event: event.id, lang: 'en' });
    await story.waitForMapIdle();
    await waitForServiceWorkerActive(site.page);

    // No network at all: the browser is offline and the server is gone.
    await site.context.setOffline(true);
    await server.close();
    server = undefined;
    await story.reload();
    await story.waitForMapIdle();
    await story.waitForCurrentEvent(event);
    const pixels = await pixelStats(site.browser, await story.mapCanvas().screenshot());
    expect(pixels.luminanceStdDev, 'the offline map is not blank').toBeGreaterThan(8);

    // Lazy parts come from the cache too: the place panel and the article reader with its text.
    await story.openPlace('Ankara');
    const { quoted } = await story.firstQuotedExcerpt();
    await story.openReaderFromCitation(quoted);
    await story.reader().locator('mark').first().waitFor({ state: 'visible' });
    expect(site.recorder.pageErrors).toEqual([]);
  });

  it('opens offline on a phone in Arabic, at the introduction', async () => {
    server = await startStaticServer(DIST_DIR);
    const context = await site.browser.newContext(PHONE);
    try {
      const page = await context.newPage();
      const story = new StoryMap(page, server.origin, data);
      await story.open({ lang: 'ar' });
      await story.waitForMapIdle();
      await waitForServiceWorkerActive(page);
      await context.setOffline(true);
      await server.close();
      server = undefined;
      // The bare address again (the front door, which the first visit never fetched as such).
      await story.open({ lang: 'ar' });
      await story.waitForMapIdle();
      expect(await story.htmlLangAndDir()).toEqual({ lang: 'ar', dir: 'rtl' });
    } finally {
      await context.close();
    }
  });

  it('replaces the cache when a new build is deployed', async () => {
    copy = copyOfDist();
    server = await startStaticServer(copy);
    const story = new StoryMap(site.page, server.origin, data);
    await story.open({ event: data.events[0]?.id ?? '', lang: 'en' });
    await waitForServiceWorkerActive(site.page);
    // The next load is served by the worker, which then controls the page.
    await story.reload();
    const firstWorker = await site.page.evaluate(
      () => navigator.serviceWorker.controller?.scriptURL ?? 'none',
    );

    // A "new build": index.html changes, and so do its revision in the worker's precache manifest.
    const indexPath = join(copy, 'index.html');
    writeFileSync(
      indexPath,
      readFileSync(indexPath, 'utf8').replace('<head>', '<head>\n    <meta name="qanat-build" content="2">'),
    );
    const swPath = join(copy, 'sw.js');
    const sw = readFileSync(swPath, 'utf8');
    const oldRevision = precacheManifest(copy).get('index.html');
    if (oldRevision === null || oldRevision === undefined) throw new Error('index.html has no revision');
    writeFileSync(
      swPath,
      sw.replace(`url:"index.html",revision:"${oldRevision}"`, 'url:"index.html",revision:"new-build-2"'),
    );

    await site.page.evaluate(() => {
      (window as unknown as { __controllerChanged: boolean }).__controllerChanged = false;
      navigator.serviceWorker.addEventListener('controllerchange', () => {
        (window as unknown as { __controllerChanged: boolean }).__controllerChanged = true;
      });
    });
    await site.page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await site.page.waitForFunction(
      () => (window as unknown as { __controllerChanged: boolean }).__controllerChanged,
      undefined,
      {
        timeout: 60_000,
      },
    );
    expect(firstWorker).toMatch(/\/sw\.js$/);

    await site.context.setOffline(true);
    await server.close();
    server = undefined;
    await story.reload();
    expect(
      await site.page.locator('meta[name="qanat-build"]').getAttribute('content'),
      'the offline page is the new build’s',
    ).toBe('2');
    await story.waitForMapIdle();
  });
});
