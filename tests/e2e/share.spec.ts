import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { waitForAppReady } from '../../src/tools/page-readiness.ts';
import { ShareExport } from './drivers/share-export.ts';
import { StoryMap } from './drivers/story-map.ts';
import { waitUntil } from './helpers/page-probes.ts';
import { loadStoryData } from './helpers/story-data.ts';
import { useStorySite } from './helpers/story-site.ts';

const site = useStorySite();
const data = loadStoryData();
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;

const event = (i: number) => {
  const found = data.events[i];
  if (found === undefined) throw new Error(`no event ${i}`);
  return found;
};
const midStory = event(Math.floor(data.events.length / 2));

/** The attributes of the one <iframe> in a snippet, unescaped as a browser would read them. */
function iframeAttributes(snippet: string): Record<string, string> {
  expect(snippet).toMatch(/^<iframe\s[^<>]*><\/iframe>$/);
  const unescape = (v: string) =>
    v.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
  return Object.fromEntries(
    [...snippet.matchAll(/\s([a-z-]+)(?:="([^"]*)")?/g)].map((m) => [m[1] ?? '', unescape(m[2] ?? '')]),
  );
}

async function waitForFrameMapIdle(frame: Frame): Promise<void> {
  await frame.getByRole('slider').first().waitFor({ state: 'visible', timeout: 30_000 });
  await frame.waitForFunction(() => document.documentElement.dataset['mapState'] === 'idle', undefined, {
    timeout: 45_000,
  });
}

async function timelineTextIn(scope: Page | Frame): Promise<string> {
  return (
    (await scope
      .getByRole('slider')
      .and(scope.locator('[aria-valuetext]'))
      .first()
      .getAttribute('aria-valuetext')) ?? ''
  );
}

describe('sharing the current event', () => {
  it('copies a link to the event and an embed snippet, which follow the reader (English, desktop)', async () => {
    await site.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const story = new StoryMap(site.page, site.origin, data);
    const share = new ShareExport(site.page);
    await story.open({ event: midStory.id, lang: 'en' });

    await share.openShareMenu();
    const link = await share.shareLink();
    expect(link).toBe(`${site.origin}/?event=${midStory.id}&lang=en`);
    await share.copyLink();
    await share.shareStatus().filter({ hasText: 'Copied' }).waitFor();
    expect(await share.clipboardText()).toBe(link);

    const snippet = await share.embedSnippet();
    const attributes = iframeAttributes(snippet);
    expect(attributes['src']).toBe(`${site.origin}/?event=${midStory.id}&lang=en&embed=1`);
    expect(attributes['title']).toBe(`Qanat: ${midStory.properties.title.en}`);
    expect(attributes['lang']).toBe('en');
    expect(attributes).toHaveProperty('allowfullscreen');
    await share.copyEmbed();
    await waitUntil(
      () => share.clipboardText(),
      (text) => text === snippet,
      'the snippet on the clipboard',
    );

    // Esc closes the panel; a step moves the link on to the next event.
    await share.closeMenuWithEscape(share.sharePanel());
    await story.stepToNextEvent();
    const next = event(data.events.indexOf(midStory) + 1);
    await story.waitForCurrentEvent(next);
    await share.openShareMenu();
    expect(await share.shareLink()).toBe(`${site.origin}/?event=${next.id}&lang=en`);

    // With a place's panel open, the link shares that panel, and opens on it.
    await share.closeMenuWithEscape(share.sharePanel());
    await story.openPlace('Kursk Oblast');
    const kursk = data.placeByEnglishName('Kursk Oblast');
    await share.openShareMenu();
    const placeLink = await share.shareLink();
    expect(new URL(placeLink).searchParams.get('place')).toBe(kursk.id);
    await site.page.goto(placeLink);
    await story.placePanel().waitFor({ state: 'visible' });
    expect(await story.placePanel().getAttribute('aria-label')).toContain('Kursk Oblast');
    expect(site.recorder.pageErrors).toEqual([]);
    expect(site.recorder.consoleErrors).toEqual([]);
  });

  it('gives Arabic links and an Arabic-titled snippet from the phone’s icon button', async () => {
    const context = await site.browser.newContext(PHONE);
    try {
      const page = await context.newPage();
      const story = new StoryMap(page, site.origin, data);
      const share = new ShareExport(page);
      await story.open({ event: midStory.id, lang: 'ar' });
      await share.openShareMenu();
      const box = await share.sharePanel().boundingBox();
      if (box === null) throw new Error('the share panel has no box');
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.viewport.width);
      expect(await share.shareLink()).toBe(`${site.origin}/?event=${midStory.id}&lang=ar`);
      const attributes = iframeAttributes(await share.embedSnippet());
      expect(attributes['src']).toBe(`${site.origin}/?event=${midStory.id}&lang=ar&embed=1`);
      expect(attributes['title']).toBe(`قناة: ${midStory.properties.title.ar}`);
      expect(attributes['lang']).toBe('ar');
    } finally {
      await context.close();
    }
  });
});

describe('the embed (?embed=1)', () => {
  it('shows the map, timeline and card without the header or the introduction, and keeps embed=1', async () => {
    const story = new StoryMap(site.page, site.origin, data);
    await site.page.goto(`${site.origin}/?lang=ar&embed=1`);
    await waitForAppReady(site.page);
    await story.waitForMapIdle();
    expect(await ShareExport.header(site.page).count(), 'no page header').toBe(0);
    expect(await site.page.getByRole('dialog').count(), 'no introduction').toBe(0);
    expect(await site.page.locator('#event-title').textContent()).toBe(event(0).properties.title.ar);
    const out = ShareExport.openFullMapLink(site.page);
    expect(await out.getAttribute('target')).toBe('_blank');
    expect(await out.getAttribute('href')).toBe(`${site.origin}/?event=${event(0).id}&lang=ar`);

    await story.stepToNextEvent();
    await story.waitForCurrentEvent(event(1));
    await story.waitForUrlParam('event', event(1).id);
    expect(story.urlParam('embed'), 'the URL sync keeps embed=1').toBe('1');
    await story.reload();
    expect(await ShareExport.header(site.page).count(), 'still no header after a reload').toBe(0);
    expect(site.recorder.pageErrors).toEqual([]);
    expect(site.recorder.consoleErrors).toEqual([]);
  });

  it('works inside a real <iframe> on another page, from the snippet, without navigating its host', async () => {
    const story = new StoryMap(site.page, site.origin, data);
    const share = new ShareExport(site.page);
    await story.open({ event: midStory.id, lang: 'en' });
    await share.openShareMenu();
    const snippet = await share.embedSnippet();

    const host = await site.context.newPage();
    const errors: string[] = [];
    host.on('pageerror', (error) => errors.push(String(error)));
    host.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await host.setContent(`<!doctype html><html><body><h1>A host page</h1>${snippet}</body></html>`);
    const frame = await new ShareExport(host).embeddedFrame(site.origin);
    await waitForFrameMapIdle(frame);

    const iframeBox = await host.locator('iframe').boundingBox();
    expect(iframeBox?.height).toBe(640);
    const canvas = await frame.locator('canvas.maplibregl-canvas').first().boundingBox();
    expect(canvas?.height ?? 0, 'the map has room in the frame').toBeGreaterThan(200);
    expect(await ShareExport.header(frame).count(), 'no page header in the frame').toBe(0);
    expect(await frame.getByRole('dialog').count(), 'no introduction in the frame').toBe(0);
    expect(await timelineTextIn(frame)).toContain(midStory.properties.title.en);
    expect(await frame.locator('#event-title').textContent()).toBe(midStory.properties.title.en);

    const next = event(data.events.indexOf(midStory) + 1);
    await frame.getByRole('button', { name: 'Next event' }).click();
    await waitUntil(
      () => timelineTextIn(frame),
      (text) => text.includes(next.properties.title.en),
      'the framed timeline to step',
    );
    expect(host.url(), 'the host page was not navigated').toBe('about:blank');
    await waitUntil(
      async () => new URL(frame.url()).searchParams.get('event'),
      (id) => id === next.id,
      'the frame’s own address to follow',
    );
    expect(new URL(frame.url()).searchParams.get('embed')).toBe('1');
    expect(errors).toEqual([]);
  });
});
