import { describe, expect, it } from 'vitest';
import { StoryMap, type Language } from './drivers/story-map.ts';
import { seriousAccessibilityViolations } from './helpers/axe.ts';
import { loadStoryData } from './helpers/story-data.ts';
import { useStorySite } from './helpers/story-site.ts';

const site = useStorySite();
const data = loadStoryData();

describe('accessibility (axe-core)', () => {
  it.each<Language>(['en', 'ar'])(
    'has no serious or critical violation in %s with a place open',
    async (lang) => {
      const story = new StoryMap(site.page, site.origin, data);
      await story.open({ lang });
      await story.waitForMapIdle();
      await story.openPlace('Ankara');
      const violations = await seriousAccessibilityViolations(site.page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    },
  );
});
