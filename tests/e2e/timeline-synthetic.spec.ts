/**
 * The timeline on a large synthetic story: with marks culled to the view and hit-tested only near
 * the pointer, a click on any mark drawn still opens that event. The story (3,000 events, seeded,
 * the same generator as the bench's) is written into a copy of the built site under the
 * synthetic-10k name, so the shared dist/ is never changed.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storyUrl, TIMELINE_MARKS_KEY, type TimelineProbeElement } from '../../src/store/probe.ts';
import { launchChromium } from '../../src/tools/chromium.ts';
import {
  assertBuilt,
  DIST_DIR,
  startStaticServer,
  type StaticServer,
} from '../../src/tools/static-server.ts';
import { SYNTHETIC_100K, writeSyntheticStory } from '../../src/tools/bench/write-synthetic.ts';
import { DESKTOP_VIEWPORT } from './helpers/story-site.ts';

let site: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  assertBuilt();
  site = mkdtempSync(join(tmpdir(), 'qanat-synthetic-site-'));
  cpSync(DIST_DIR, site, { recursive: true, filter: (path) => !/synthetic-\d+k/.test(path) });
  // The newsroom options (bursts, several excerpts, uneven places) at a size a test can afford.
  await writeSyntheticStory({
    ...SYNTHETIC_100K,
    outDir: join(site, 'synthetic-10k'),
    eventCount: 3_000,
    placeCount: 300,
  });
  server = await startStaticServer(site);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

interface Mark {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

async function marks(page: Page): Promise<Mark[]> {
  return page.locator('.timeline [role="slider"]').evaluate((element, key: typeof TIMELINE_MARKS_KEY) => {
    const probe = (element as TimelineProbeElement)[key];
    if (probe === undefined) throw new Error('the timeline has no marks probe');
    return probe();
  }, TIMELINE_MARKS_KEY);
}

const currentId = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const state = window.__qanat?.store.getState();
    return state?.story?.events[state.currentIndex]?.id ?? '';
  });

describe('the timeline on 3,000 synthetic events', () => {
  it('opens the event under a click on marks across a zoomed-in view', async () => {
    const context = await browser.newContext({ viewport: DESKTOP_VIEWPORT, locale: 'en' });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      // With an event in the address the introduction stays closed.
      await page.goto(
        storyUrl(server.origin, { lang: 'en', dataset: 'synthetic-10k', event: 'synthetic-event-1500' }),
      );
      await page.waitForFunction(() => window.__qanat?.store.getState().status === 'ready', undefined, {
        timeout: 60_000,
      });
      const slider = page.locator('.timeline [role="slider"]');
      await expect.poll(async () => (await marks(page)).length).toBeGreaterThan(100);
      const box = await slider.boundingBox();
      if (box === null) throw new Error('no slider box');
      // Zoom in on the middle until marks stand apart, then click a spread of them.
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
      for (let notch = 0; notch < 10; notch += 1) await page.mouse.wheel(0, -100);
      await expect.poll(async () => (await marks(page)).length).toBeLessThan(600);
      const inView = (await marks(page)).filter((m) => m.x > 20 && m.x + m.width < box.width - 20);
      expect(inView.length).toBeGreaterThan(3);
      const picked = [0.1, 0.35, 0.6, 0.9].map((f) => inView[Math.floor(f * (inView.length - 1))]!);
      for (const mark of picked) {
        // The mark as drawn now (a click may have panned the view to follow the event).
        const now = (await marks(page)).find((m) => m.id === mark.id) ?? mark;
        const point = { x: box.x + now.x + now.width / 2, y: box.y + now.y + now.height / 2 };
        await page.mouse.click(point.x, point.y);
        const choice = page.locator('.timeline__choices');
        if (await choice.isVisible()) {
          // Several marks under the pointer: the list offers them all; choose this one.
          await choice
            .locator('button.timeline__choice')
            .filter({ hasText: `#${Number(mark.id.slice(-4))})` })
            .first()
            .click();
        }
        await expect.poll(() => currentId(page)).toBe(mark.id);
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);
});
