import { describe, expect, it } from 'vitest';
import { StoryMap, type Language } from './drivers/story-map.ts';
import { seriousAccessibilityViolations } from './helpers/axe.ts';
import { loadStoryData } from './helpers/story-data.ts';
import { useStorySite } from './helpers/story-site.ts';

const site = useStorySite();
const data = loadStoryData();

describe('accessibility (axe-core)', () => {
  it.each<Language>(['en', 'ar'])(
    'has no serious or critical violation in %s with a place open, then search results shown',
    async (lang) => {
      const story = new StoryMap(site.page, site.origin, data);
      await story.open({ lang });
      await story.waitForMapIdle();
      await story.openPlace('Ankara');
      const violations = await seriousAccessibilityViolations(site.page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
      await site.page.getByRole('searchbox').fill('انقره');
      await site.page.getByRole('listbox').getByRole('option').first().waitFor({ state: 'visible' });
      const inSearch = await seriousAccessibilityViolations(site.page);
      expect(inSearch, JSON.stringify(inSearch, null, 2)).toEqual([]);
    },
  );

  it.each<Language>(['en', 'ar'])(
    'has no serious or critical violation in %s with the introduction, then the tour and legend open',
    async (lang) => {
      const story = new StoryMap(site.page, site.origin, data);
      await story.open({ lang }, { intro: 'keep' });
      await story.introDialog().waitFor({ state: 'visible' });
      const inIntro = await seriousAccessibilityViolations(site.page);
      expect(inIntro, JSON.stringify(inIntro, null, 2)).toEqual([]);
      await story
        .introDialog()
        .getByRole('button', { name: /^(Play the tour|ابدأ الجولة)$/ })
        .click();
      await story.pauseTour();
      await site.page.getByRole('button', { name: /^(Legend|مفتاح الخريطة)$/ }).click();
      await story.waitForMapIdle();
      const inTour = await seriousAccessibilityViolations(site.page);
      expect(inTour, JSON.stringify(inTour, null, 2)).toEqual([]);
    },
  );
});
