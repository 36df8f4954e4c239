import { describe, expect, it } from 'vitest';
import { StoryMap } from './drivers/story-map.ts';
import { loadStoryData } from './helpers/story-data.ts';
import { useStorySite } from './helpers/story-site.ts';

const PHONE = { width: 390, height: 844 } as const;
const site = useStorySite({ contextOptions: { viewport: PHONE, isMobile: true, hasTouch: true } });
const data = loadStoryData();

describe('on a phone (390×844)', () => {
  it('shows the map and the timeline, and opens places in a bottom sheet', async () => {
    const first = data.events[0];
    if (first === undefined) throw new Error('no events');
    const story = new StoryMap(site.page, site.origin, data);
    await story.open({ lang: 'ar' });
    await story.waitForMapIdle();

    const mapBox = await story.mapCanvas().boundingBox();
    expect(mapBox?.height ?? 0, 'map height').toBeGreaterThan(200);
    const sliderBox = await story.timeline().boundingBox();
    expect(sliderBox, 'the timeline is laid out').not.toBeNull();
    if (sliderBox !== null) {
      expect(sliderBox.y).toBeGreaterThanOrEqual(0);
      expect(sliderBox.y + sliderBox.height).toBeLessThanOrEqual(PHONE.height);
    }

    // Arabic runs right to left: the first event sits at the right end; several may share the last day.
    await story.tapTimelineAt(0.995);
    await story.waitForCurrentEvent(first);
    await story.tapTimelineAt(0.005);
    await story.waitForCurrentEventAmong(data.eventsOnLastDay(), 'an event on the story’s last day');

    await story.openPlace('Ankara');
    const sheet = await story.excerptPanel().boundingBox();
    if (sheet === null) throw new Error('the place panel has no box');
    expect(sheet.y, 'the sheet starts in the lower part of the screen').toBeGreaterThanOrEqual(
      PHONE.height * 0.35,
    );
    expect(sheet.y + sheet.height, 'the sheet sits on the bottom edge').toBeGreaterThanOrEqual(
      PHONE.height - 2,
    );
    expect(sheet.y + sheet.height, 'the sheet is not cut off below').toBeLessThanOrEqual(PHONE.height + 1);
    expect(sheet.width, 'the sheet spans the screen').toBeGreaterThanOrEqual(PHONE.width * 0.9);
  });
});
