import { describe, expect, it } from 'vitest';
import { StoryMap } from './drivers/story-map.ts';
import { loadStoryData } from './helpers/story-data.ts';
import { useStorySite } from './helpers/story-site.ts';

const site = useStorySite();
const data = loadStoryData();

describe('switching the interface language', () => {
  it('flips the page between Arabic right-to-left and English left-to-right', async () => {
    const story = new StoryMap(site.page, site.origin, data);
    await story.open({ lang: 'ar' });
    expect(await story.htmlLangAndDir()).toEqual({ lang: 'ar', dir: 'rtl' });
    const arabicEvent = await story.currentEvent();

    await story.switchLanguage();
    expect(await story.htmlLangAndDir()).toEqual({ lang: 'en', dir: 'ltr' });
    await story.waitForUrlParam('lang', 'en');
    await story.waitForCurrentEvent(arabicEvent);

    await story.switchLanguage();
    expect(await story.htmlLangAndDir()).toEqual({ lang: 'ar', dir: 'rtl' });
    await story.waitForUrlParam('lang', 'ar');
  });
});
