/**
 * `npm run screenshots`: the README's pictures, taken from the built site in a real browser.
 * Builds first when dist/ is missing, then writes .github/screenshots/{ar-desktop,en-desktop,phone}.png
 * showing a mid-story event with Ankara's excerpts open.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContextOptions } from 'playwright-core';
import { eventsCollectionSchema } from '../data/schema.ts';
import { launchChromium } from './chromium.ts';
import { storyUrl, type StoryView } from '../store/probe.ts';
import { waitForAppReady, waitForMapIdle } from './page-readiness.ts';
import { DIST_DIR, REPO_ROOT, startStaticServer } from './static-server.ts';

const OUTPUT_DIR = join(REPO_ROOT, '.github', 'screenshots');
const PLACE_ID = 'ankara';

interface Shot {
  name: string;
  params: StoryView;
  context: BrowserContextOptions;
}

/** The event the pictures show: the first one at the place they open, else the middle one. */
function pictureEventId(): string {
  const path = join(REPO_ROOT, 'geo', 'events.geojson');
  const events = eventsCollectionSchema.parse(JSON.parse(readFileSync(path, 'utf8'))).features;
  const chosen =
    events.find((e) => e.properties.places[0] === PLACE_ID) ??
    events.find((e) => e.properties.places.includes(PLACE_ID)) ??
    events[Math.floor(events.length / 2)];
  if (chosen === undefined) throw new Error(`${path} has no events to show`);
  return chosen.id;
}

function buildIfMissing(): void {
  if (existsSync(join(DIST_DIR, 'index.html'))) return;
  console.log(`${DIST_DIR} has no index.html: building the site`);
  const result = spawnSync('npm', ['run', 'build', '--', '--outDir', DIST_DIR], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${String(result.status)})`);
}

async function main(): Promise<void> {
  buildIfMissing();
  const event = pictureEventId();
  const desktop: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
  const phone: BrowserContextOptions = {
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  };
  const shots: Shot[] = [
    { name: 'ar-desktop', params: { event, place: PLACE_ID, lang: 'ar' }, context: desktop },
    { name: 'en-desktop', params: { event, place: PLACE_ID, lang: 'en' }, context: desktop },
    { name: 'phone', params: { event, place: PLACE_ID, lang: 'ar' }, context: phone },
  ];

  mkdirSync(OUTPUT_DIR, { recursive: true });
  const server = await startStaticServer();
  const browser = await launchChromium();
  try {
    for (const shot of shots) {
      const context = await browser.newContext(shot.context);
      const page = await context.newPage();
      await page.goto(storyUrl(server.origin, shot.params));
      await waitForAppReady(page);
      await waitForMapIdle(page);
      // Opening a place from the URL focuses its heading; a reader arriving by link sees no focus ring.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const path = join(OUTPUT_DIR, `${shot.name}.png`);
      await page.screenshot({ path });
      console.log(`wrote ${path}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
