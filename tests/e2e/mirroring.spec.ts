import { describe, expect, it } from 'vitest';
import { StoryMap } from './drivers/story-map.ts';
import { uiName } from './drivers/ui-names.ts';
import { chevronPointsTo } from './helpers/page-probes.ts';
import { loadStoryData } from './helpers/story-data.ts';
import { useStorySite } from './helpers/story-site.ts';

const site = useStorySite();
const data = loadStoryData();

/** The way the chevron inside the button named `name` (its first match) points, as drawn. */
async function drawnChevron(name: RegExp): Promise<'left' | 'right'> {
  const glyph = site.page.getByRole('button', { name }).first().locator('span[aria-hidden]');
  return chevronPointsTo(site.browser, await glyph.screenshot());
}

describe('step arrows point the way the story goes', () => {
  for (const viewport of [
    { name: 'desktop', width: 1280, height: 800 },
    { name: 'phone', width: 390, height: 844 },
  ])
    it.each([
      ['ar', 'left', 'right'],
      ['en', 'right', 'left'],
    ] as const)(
      `on the timeline and the tour card, in %s (${viewport.name})`,
      async (lang, later, earlier) => {
        await site.page.setViewportSize(viewport);
        const story = new StoryMap(site.page, site.origin, data);
        const middle = data.events[10];
        if (!middle) throw new Error('needs ≥ 11 events');
        await story.open({ lang, event: middle.id });
        await story.waitForCurrentEvent(middle);
        expect(await drawnChevron(uiName('nextEvent')), 'the timeline’s next').toBe(later);
        expect(await drawnChevron(uiName('previousEvent')), 'the timeline’s previous').toBe(earlier);
        await story.playTour();
        await story.pauseTour();
        expect(await drawnChevron(uiName('tourNext')), 'the tour card’s next').toBe(later);
        expect(await drawnChevron(uiName('tourPrevious')), 'the tour card’s previous').toBe(earlier);
      },
    );
});
