import { describe, expect, it } from 'vitest';
import { StoryMap, TimelineDriver, namesDateOf } from './drivers/story-map.ts';
import { rangeDigitsOnScreen } from './drivers/timeline.ts';
import { loadStoryData } from './helpers/story-data.ts';
import { useStorySite } from './helpers/story-site.ts';

const site = useStorySite();
const data = loadStoryData();
const [first, second, third] = data.events;
const last = data.events.at(-1);
/** The climax: every event from 4 February 2026 on (4–5 February). */
const cluster = data.events.filter((e) => e.properties.date.start >= '2026-02-04');
const stripMarks = (text: string): string => text.replace(/[\u200e\u200f\u2066-\u2069]/g, '');

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

  it('moves to another event when the whole-story scrubber is clicked or dragged', async () => {
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

  it('never steps back while dragging steadily forward', async () => {
    if (first === undefined) throw new Error('needs events');
    const story = new StoryMap(site.page, site.origin, data);
    const timeline = new TimelineDriver(story);
    await story.open({ lang: 'en', event: first.id });
    await story.waitForCurrentEvent(first);
    await story.recordTimelineTexts();
    await story.dragTimeline(0.005, 0.995);
    await story.waitForCurrentEventAmong(data.eventsOnLastDay(), 'an event on the last day');
    const seen = (await story.recordedTimelineTexts()).map((text) => story.eventNamedIn(text, 'en')?.id);
    const indices = seen.map((id) => data.events.findIndex((e) => e.id === id));
    expect(indices.length, 'the drag visits events').toBeGreaterThan(5);
    for (let i = 1; i < indices.length; i += 1)
      expect(indices[i], `step ${i} of the drag: ${seen.join(' → ')}`).toBeGreaterThan(indices[i - 1] ?? -1);
    expect(await timeline.isWholeStory()).toBe(true);
  });
});

describe('zooming into the timeline', () => {
  it('zooms into the February 2026 cluster with the wheel; then every event there is one click', async () => {
    const anchor = data.event('new-start-expires-2026');
    const start = data.event('trilateral-talks-abu-dhabi-2-2026');
    expect(cluster.length).toBeGreaterThanOrEqual(9);
    const story = new StoryMap(site.page, site.origin, data);
    const timeline = new TimelineDriver(story);
    await story.open({ lang: 'en', event: start.id });
    await story.waitForCurrentEvent(start);
    const valueText = await story.timelineText();

    // At the whole story the cluster is a few pixels: its marks overlap.
    expect(await clusterOverlaps(timeline), 'the cluster overlaps at the whole story').toBe(true);
    let notches = 0;
    while ((await clusterOverlaps(timeline)) && notches < 20) {
      await timeline.zoomInOn(anchor.id, 'mouse');
      notches += 1;
    }
    expect(await clusterOverlaps(timeline), `the cluster still overlaps after ${notches} notches`).toBe(
      false,
    );
    console.info(`timeline: the Feb 2026 cluster separates after ${notches} wheel notches on it`);
    expect(await story.timelineText(), 'zooming does not change the slider’s value').toBe(valueText);

    for (const event of cluster) {
      const mark = await timeline.markOf(event.id);
      if (mark === undefined) throw new Error(`${event.id}: no mark in the zoomed view`);
      await timeline.press(await timeline.pointOn(mark), 'mouse');
      await story.waitForCurrentEvent(event);
      expect(await timeline.choicesShown(), `${event.id}: one click, no list`).toBe(false);
      expect(namesDateOf(await story.timelineText(), event, 'en')).toBe(true);
    }
  });

  it('names the mark under the pointer in a tooltip, and the current event when the slider has focus', async () => {
    const riyadh = data.event('riyadh-talks-2025');
    const story = new StoryMap(site.page, site.origin, data);
    const timeline = new TimelineDriver(story);
    await story.open({ lang: 'en', event: riyadh.id });
    await story.waitForCurrentEvent(riyadh);
    for (let i = 0; i < 8; i += 1) await timeline.zoomInOn(riyadh.id, 'mouse');
    const trump = data.event('trump-putin-call-2025');
    await timeline.hover(trump.id);
    await expect.poll(() => timeline.tooltip().isVisible()).toBe(true);
    const text = (await timeline.tooltip().textContent()) ?? '';
    expect(text).toContain(trump.properties.title.en);
    expect(text).toContain('12 February 2025');
    expect(await story.timelineText(), 'hovering does not select').toContain(riyadh.properties.title.en);

    await site.page.mouse.move(0, 0);
    await expect.poll(() => timeline.tooltip().isVisible()).toBe(false);
    await story.timeline().focus();
    await site.page.keyboard.press('ArrowRight');
    const next = data.events[data.events.indexOf(riyadh) + 1];
    if (next === undefined) throw new Error('needs an event after Riyadh');
    await story.waitForCurrentEvent(next);
    await expect
      .poll(async () => (await timeline.tooltip().textContent()) ?? '')
      .toContain(next.properties.title.en);
  });

  it('zooms with + and − on the focused slider and the buttons, keeps the current event in view, 0 shows the whole story', async () => {
    const event = data.event('full-scale-invasion-2022');
    const story = new StoryMap(site.page, site.origin, data);
    const timeline = new TimelineDriver(story);
    await story.open({ lang: 'en', event: event.id });
    await story.waitForCurrentEvent(event);
    expect(await timeline.isWholeStory()).toBe(true);
    const before = await timeline.markOf(event.id);
    await story.timeline().focus();
    for (let i = 0; i < 6; i += 1) await site.page.keyboard.press('+');
    await timeline.settled();
    expect(await timeline.isWholeStory()).toBe(false);
    const after = await timeline.markOf(event.id);
    expect(after, 'the current event stays in view').toBeDefined();
    const visible = await timeline.marks();
    const beforeCount = visible.length;
    expect(beforeCount, 'zoomed in: fewer marks in view').toBeLessThan(data.events.length);
    expect(before).toBeDefined();

    await site.page.keyboard.press('-');
    await timeline.settled();
    expect((await timeline.marks()).length).toBeGreaterThanOrEqual(beforeCount);
    await timeline.pressZoomButton('in', 'mouse');
    expect(await timeline.markOf(event.id)).toBeDefined();
    await story.timeline().focus();
    await site.page.keyboard.press('0');
    await timeline.settled();
    expect(await timeline.isWholeStory()).toBe(true);
    expect((await timeline.marks()).length).toBe(data.events.length);
    expect(await story.timelineText()).toContain(event.properties.title.en);
  });

  it('pans by dragging when zoomed in, and stepping to an event out of view brings it back', async () => {
    if (first === undefined) throw new Error('needs events');
    const story = new StoryMap(site.page, site.origin, data);
    const timeline = new TimelineDriver(story);
    await story.open({ lang: 'en', event: first.id });
    await story.waitForCurrentEvent(first);
    await story.timeline().focus();
    for (let i = 0; i < 4; i += 1) await site.page.keyboard.press('+');
    await timeline.settled();
    const valueText = await story.timelineText();
    const markBefore = await timeline.markOf(first.id);
    if (markBefore === undefined) throw new Error('the first event left the view on zooming');
    // Drag from a spot away from the current marker: the view pans, the selection stays.
    await story.dragTimeline(0.8, 0.2);
    await timeline.settled();
    expect(await story.timelineText(), 'panning does not select').toBe(valueText);
    const markAfter = await timeline.markOf(first.id);
    expect(markAfter === undefined || markAfter.x < markBefore.x, 'the view moved later in time').toBe(true);

    await story.jumpToLastEvent();
    if (last === undefined) throw new Error('needs events');
    await story.waitForCurrentEvent(last);
    await timeline.settled();
    expect(await timeline.markOf(last.id), 'the view follows the current event').toBeDefined();
  });

  it('reaches every event with the mouse alone, in English', async () => {
    await reachAll('en');
  });

  it('reaches every event with the mouse alone, in Arabic', async () => {
    await reachAll('ar');
  });
});

describe('Arabic date ranges', () => {
  it('reads a day range in order on the card, in the tooltip and in aria-valuetext', async () => {
    const event = data.event('arms-control-china-2026');
    expect(event.properties.date.precision).toBe('days');
    const story = new StoryMap(site.page, site.origin, data);
    const timeline = new TimelineDriver(story);
    await story.open({ lang: 'ar', event: event.id });
    await story.waitForCurrentEvent(event);
    expect(stripMarks(await story.timelineText())).toContain('4-5 فبراير 2026');
    expect(await story.timelineText()).toContain(event.properties.title.ar);

    const card = site.page.locator(`time[datetime="${event.properties.date.start}"]`).first();
    const onCard = await rangeDigitsOnScreen(card);
    if (onCard === null) throw new Error('the card shows no numeric range');
    expect(onCard.fromX, `«${onCard.text}»: 4 is left of 5`).toBeLessThan(onCard.toX);

    for (let i = 0; i < 8; i += 1) await timeline.zoomInOn(event.id, 'mouse');
    await timeline.hover(event.id);
    await expect.poll(() => timeline.tooltip().isVisible()).toBe(true);
    const inTooltip = await rangeDigitsOnScreen(timeline.tooltip());
    if (inTooltip === null) throw new Error('the tooltip shows no numeric range');
    expect(inTooltip.fromX, `«${inTooltip.text}»: 4 is left of 5`).toBeLessThan(inTooltip.toX);
  });

  it('reads a season’s years in order (2025 left of 2026)', async () => {
    const event = data.event('energy-strikes-2025');
    const story = new StoryMap(site.page, site.origin, data);
    await story.open({ lang: 'ar', event: event.id });
    await story.waitForCurrentEvent(event);
    const card = site.page.locator(`time[datetime="${event.properties.date.start}"]`).first();
    const onCard = await rangeDigitsOnScreen(card);
    if (onCard === null) throw new Error('the card shows no numeric range');
    expect(onCard.fromX, `«${onCard.text}»: 2025 is left of 2026`).toBeLessThan(onCard.toX);
  });
});

/** Whether any two marks of the Feb 2026 cluster overlap on screen (or any is out of view). */
async function clusterOverlaps(timeline: TimelineDriver): Promise<boolean> {
  const marks = await timeline.marks();
  const boxes = cluster.map((e) => marks.find((m) => m.id === e.id));
  if (boxes.some((b) => b === undefined)) return true;
  const defined = boxes.filter((b) => b !== undefined);
  return defined.some((a, i) =>
    defined.some((b, j) => j > i && a.y === b.y && a.x < b.x + b.width + 2 && b.x < a.x + a.width + 2),
  );
}

async function reachAll(language: 'ar' | 'en'): Promise<void> {
  if (first === undefined) throw new Error('needs events');
  const story = new StoryMap(site.page, site.origin, data);
  const timeline = new TimelineDriver(story);
  await story.open({ lang: language, event: first.id });
  await story.waitForCurrentEvent(first);
  const report: string[] = [];
  // Backwards, so each event is a change from the one before (the first is already current).
  for (const event of [...data.events].reverse()) {
    const reach = await timeline.reach(event, language, 'mouse');
    await story.waitForCurrentEvent(event);
    report.push(`${event.id}:${reach.gestures}${reach.via === 'list' ? 'L' : ''}`);
  }
  console.info(`timeline: mouse, ${language}: ${report.join(' ')}`);
}
