import { describe, expect, it } from 'vitest';
import { StoryMap } from './drivers/story-map.ts';
import { pixelStats } from './helpers/page-probes.ts';
import { loadStoryData } from './helpers/story-data.ts';
import { useStorySite } from './helpers/story-site.ts';

const site = useStorySite();
const data = loadStoryData();

describe('opening the story map', () => {
  it('draws a map from local files only, without errors', async () => {
    const story = new StoryMap(site.page, site.origin, data);
    await story.open({ lang: 'ar' });
    await story.waitForMapIdle();

    expect(site.outsideRequests(), 'requests that left 127.0.0.1 (the app must work offline)').toEqual([]);
    expect(site.recorder.pageErrors, 'uncaught exceptions').toEqual([]);
    expect(site.recorder.consoleErrors, 'console errors').toEqual([]);

    const pixels = await pixelStats(site.browser, await story.mapCanvas().screenshot());
    expect(pixels.luminanceStdDev, 'the map looks blank (one flat colour)').toBeGreaterThan(8);
    expect(pixels.distinctColours, 'the map looks blank (almost no colours)').toBeGreaterThan(4);
  });
});
