import { describe, expect, it } from 'vitest';
import { StoryMap } from './drivers/story-map.ts';
import { loadStoryData } from './helpers/story-data.ts';
import { useStorySite } from './helpers/story-site.ts';

const site = useStorySite();
const data = loadStoryData();
const ankara = data.placeByEnglishName('Ankara');

describe('sharing a link to a view', () => {
  it('restores the event, the open place and the language, also after a reload', async () => {
    const midStory = data.events[Math.floor(data.events.length / 2)];
    if (midStory === undefined) throw new Error('no events');
    const story = new StoryMap(site.page, site.origin, data);
    await story.open({ event: midStory.id, place: ankara.id, lang: 'en' });

    const expectRestored = async (): Promise<void> => {
      await story.waitForCurrentEvent(midStory);
      expect(await story.htmlLangAndDir()).toEqual({ lang: 'en', dir: 'ltr' });
      await story.excerpts().first().waitFor({ state: 'visible' });
      const panelText = (await story.excerptPanel().textContent()) ?? '';
      expect(panelText, 'the open panel is Ankara’s').toContain(ankara.properties.name.en);
      await story.waitForUrlParam('event', midStory.id);
      await story.waitForUrlParam('place', ankara.id);
      await story.waitForUrlParam('lang', 'en');
    };
    await expectRestored();
    await story.reload();
    await expectRestored();
  });
});
