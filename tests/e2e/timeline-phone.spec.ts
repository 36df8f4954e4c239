import { describe, expect, it } from 'vitest';
import { StoryMap, TimelineDriver } from './drivers/story-map.ts';
import { loadStoryData } from './helpers/story-data.ts';
import { useStorySite } from './helpers/story-site.ts';

const site = useStorySite({
  contextOptions: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
});
const data = loadStoryData();
const cluster = data.events.filter((e) => e.properties.date.start >= '2026-02-04');

describe('the timeline on a phone (390×844, touch)', () => {
  it('offers the events of a dense spot when it is tapped, and a tap on one selects it', async () => {
    const [first] = data.events;
    if (first === undefined) throw new Error('needs events');
    const story = new StoryMap(site.page, site.origin, data);
    const timeline = new TimelineDriver(story);
    await story.open({ lang: 'ar', event: first.id });
    await story.waitForCurrentEvent(first);
    expect(await timeline.isWholeStory()).toBe(true);
    const target = data.event('prisoner-exchange-2026');
    const mark = await timeline.markOf(target.id);
    if (mark === undefined) throw new Error('no mark for the prisoner exchange');
    await timeline.press(await timeline.pointOn(mark), 'touch');
    await expect.poll(() => timeline.choicesShown()).toBe(true);
    const offered = await timeline.choices().getByRole('button').allTextContents();
    const named = cluster.filter((e) => offered.some((text) => text.includes(e.properties.title.ar)));
    expect(
      named.length,
      `the list offers the 4–5 February events: ${offered.join(' | ')}`,
    ).toBeGreaterThanOrEqual(cluster.length - 1);
    expect(await timeline.choose(target, 'ar', 'touch')).toBe(true);
    await story.waitForCurrentEvent(target);
    await expect.poll(() => timeline.choicesShown()).toBe(false);
  });

  it('zooms with a pinch on the cluster; the aria-valuetext stays the current event', async () => {
    const start = data.event('kyiv-heating-2026');
    const story = new StoryMap(site.page, site.origin, data);
    const timeline = new TimelineDriver(story);
    await story.open({ lang: 'en', event: start.id });
    await story.waitForCurrentEvent(start);
    const valueText = await story.timelineText();
    for (let i = 0; i < 4; i += 1) await timeline.zoomInOn(start.id, 'touch');
    expect(await timeline.isWholeStory(), 'a pinch zooms in').toBe(false);
    expect(await story.timelineText()).toBe(valueText);
    expect(await timeline.markOf(start.id), 'the pinched-on event stays in view').toBeDefined();
  });

  it('reaches every event by touch alone, in Arabic', async () => {
    await reachAll('ar');
  });

  it('reaches every event by touch alone, in English', async () => {
    await reachAll('en');
  });
});

async function reachAll(language: 'ar' | 'en'): Promise<void> {
  const [first] = data.events;
  if (first === undefined) throw new Error('needs events');
  const story = new StoryMap(site.page, site.origin, data);
  const timeline = new TimelineDriver(story);
  await story.open({ lang: language, event: first.id });
  await story.waitForCurrentEvent(first);
  const report: string[] = [];
  for (const event of [...data.events].reverse()) {
    const reach = await timeline.reach(event, language, 'touch');
    await story.waitForCurrentEvent(event);
    report.push(`${event.id}:${reach.gestures}${reach.via === 'list' ? 'L' : ''}`);
  }
  console.info(`timeline: touch, ${language}: ${report.join(' ')}`);
}
