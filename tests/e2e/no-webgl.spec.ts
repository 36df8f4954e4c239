import { describe, expect, it } from 'vitest';
import { NO_WEBGL_ARGS } from '../../src/tools/chromium.ts';
import { StoryMap } from './drivers/story-map.ts';
import { isInViewport, waitUntil } from './helpers/page-probes.ts';
import { loadStoryData } from './helpers/story-data.ts';
import { useStorySite } from './helpers/story-site.ts';

const site = useStorySite({ extraArgs: NO_WEBGL_ARGS });
const data = loadStoryData();

describe('a browser without WebGL', () => {
  it('says the map is unavailable and keeps the chronology, timeline, panel and reader working', async () => {
    const [first, second] = data.events;
    if (first === undefined || second === undefined) throw new Error('needs ≥ 2 events');
    const story = new StoryMap(site.page, site.origin, data);
    await story.open({ lang: 'en', event: first.id });

    await site.page.getByText(/webgl/i).first().waitFor({ state: 'visible' });
    expect(await story.mapCanvas().count(), 'no map canvas without WebGL').toBe(0);
    expect(site.recorder.pageErrors, 'uncaught exceptions').toEqual([]);

    const chronology = site.page.getByRole('list').filter({ hasText: first.properties.title.en }).first();
    await chronology.waitFor({ state: 'visible' });
    expect(await chronology.textContent()).toContain(second.properties.title.en);

    await story.waitForCurrentEvent(first);
    await story.stepToNextEvent();
    await story.waitForCurrentEvent(second);

    await story.openPlace('Ankara');
    const [quoted] = await story.excerptTexts();
    if (quoted === undefined) throw new Error('no excerpt in the panel');
    await story.openReaderFromCitation(quoted);
    const mark = story.reader().locator('mark').first();
    await waitUntil(
      () => isInViewport(mark),
      (inView) => inView,
      'the highlight to be scrolled into view',
    );
  });
});
