import { describe, expect, it } from 'vitest';
import { StoryMap, namesDateOf } from './drivers/story-map.ts';
import { loadStoryData } from './helpers/story-data.ts';
import { useStorySite } from './helpers/story-site.ts';

const site = useStorySite();
const data = loadStoryData();
const [first, second, third] = data.events;
const last = data.events.at(-1);

describe('stepping through the story on the timeline', () => {
  it('steps with the arrow keys, names each event in the URL, and keeps history flat', async () => {
    if (first === undefined || second === undefined) throw new Error('needs ≥ 2 events');
    const story = new StoryMap(site.page, site.origin, data);
    await story.open({ lang: 'en', event: first.id });
    await story.waitForCurrentEvent(first);
    expect(namesDateOf(await story.timelineText(), first, 'en'), 'aria-valuetext names the date').toBe(true);
    const historyBefore = await story.historyLength();

    await story.stepToNextEvent();
    await story.waitForCurrentEvent(second);
    await story.waitForUrlParam('event', second.id);

    await story.stepToPreviousEvent();
    await story.waitForCurrentEvent(first);
    await story.waitForUrlParam('event', first.id);

    for (const expected of data.events.slice(1, 6)) {
      await story.stepToNextEvent();
      await story.waitForCurrentEvent(expected);
    }
    const fifth = data.events[5];
    if (fifth !== undefined) await story.waitForUrlParam('event', fifth.id);
    expect(await story.historyLength(), 'stepping must replace the URL, not push history').toBe(
      historyBefore,
    );
  });

  it('jumps to the first and last event with Home and End', async () => {
    if (first === undefined || third === undefined || last === undefined) throw new Error('needs ≥ 3 events');
    const story = new StoryMap(site.page, site.origin, data);
    await story.open({ lang: 'en', event: third.id });
    await story.waitForCurrentEvent(third);

    await story.jumpToFirstEvent();
    await story.waitForCurrentEvent(first);
    await story.waitForUrlParam('event', first.id);

    await story.jumpToLastEvent();
    await story.waitForCurrentEvent(last);
    expect(namesDateOf(await story.timelineText(), last, 'en'), 'aria-valuetext names the date').toBe(true);
    await story.waitForUrlParam('event', last.id);
  });

  it('moves to another event when the scrubber is clicked or dragged', async () => {
    if (first === undefined || last === undefined) throw new Error('needs events');
    const story = new StoryMap(site.page, site.origin, data);
    await story.open({ lang: 'en', event: first.id });
    await story.waitForCurrentEvent(first);

    // Several events may share the last day; the end of the track may pick any of them.
    await story.clickTimelineAt(0.995);
    const atEnd = await story.waitForCurrentEventAmong(
      data.eventsOnLastDay(),
      'an event on the story’s last day',
    );
    await story.waitForUrlParam('event', atEnd.id);

    await story.dragTimeline(0.995, 0.005);
    await story.waitForCurrentEvent(first);
    await story.waitForUrlParam('event', first.id);
  });
});
