/**
 * The zoomable timeline as a user meets it: marks to point at, click and tap, a wheel and a pinch to
 * zoom, buttons for + − and the whole story, a tooltip, and a list of the events at a dense spot.
 * Where a mark is drawn is read from the canvas' own layout (the slider element's test probe);
 * what happens when it is clicked is only ever read from what the page shows.
 */
import type { CDPSession, Locator, Page } from 'playwright-core';
import type { EventFeature } from '../../../src/data/schema.ts';
import {
  TIMELINE_MARKS_KEY,
  type TimelineMarkProbe,
  type TimelineProbeElement,
} from '../../../src/store/probe.ts';
import type { Language, StoryMap } from './story-map.ts';
import { uiName } from './ui-names.ts';

export type Modality = 'mouse' | 'touch';

/** A mark as the canvas draws it: CSS px from the slider's top left corner. */
export type TimelineMark = TimelineMarkProbe;

interface Point {
  x: number;
  y: number;
}

/** How an event was reached: the gestures it took and whether its mark or the list picked it. */
export interface Reach {
  gestures: number;
  via: 'mark' | 'list';
}

const MAX_ZOOM_STEPS = 16;

export class TimelineDriver {
  private cdp: CDPSession | null = null;

  constructor(readonly story: StoryMap) {}

  get page(): Page {
    return this.story.page;
  }

  slider(): Locator {
    return this.story.timeline();
  }

  /** Lets the page handle input and paint: two animation frames (a condition, not a delay). */
  async settled(): Promise<void> {
    await this.page.evaluate(
      () =>
        new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
    );
  }

  async marks(): Promise<TimelineMark[]> {
    return this.slider().evaluate((element, key: typeof TIMELINE_MARKS_KEY) => {
      const probe = (element as TimelineProbeElement)[key];
      if (probe === undefined) throw new Error('the timeline has no marks probe (not drawn yet?)');
      return probe();
    }, TIMELINE_MARKS_KEY);
  }

  async markOf(eventId: string): Promise<TimelineMark | undefined> {
    return (await this.marks()).find((mark) => mark.id === eventId);
  }

  /** A point on the mark in page coordinates, inside the visible part of the slider. */
  async pointOn(mark: TimelineMark): Promise<Point> {
    const box = await this.slider().boundingBox();
    if (box === null) throw new Error('the timeline slider has no box (hidden?)');
    const left = Math.max(mark.x, 1);
    const right = Math.min(mark.x + mark.width, box.width - 1);
    return { x: box.x + (left + right) / 2, y: box.y + mark.y + mark.height / 2 };
  }

  async currentId(): Promise<string | undefined> {
    const language = await this.story.language();
    return this.story.eventNamedIn(await this.story.timelineText(), language)?.id;
  }

  // ── gestures ────────────────────────────────────────────────────────────────

  async press(point: Point, modality: Modality): Promise<void> {
    if (modality === 'mouse') await this.page.mouse.click(point.x, point.y);
    else await this.page.touchscreen.tap(point.x, point.y);
    await this.settled();
  }

  /** One notch of the mouse wheel (zooming in) with the pointer at a point. */
  async wheelIn(point: Point): Promise<void> {
    await this.page.mouse.move(point.x, point.y);
    await this.page.mouse.wheel(0, -100);
    await this.settled();
  }

  /** Two fingers spreading apart around a point (a real multi-touch sequence). */
  async pinchOut(point: Point, spreadPx = 60): Promise<void> {
    this.cdp ??= await this.page.context().newCDPSession(this.page);
    const at = (d: number) => [
      { x: point.x - d, y: point.y, id: 1 },
      { x: point.x + d, y: point.y, id: 2 },
    ];
    await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(10) });
    for (let step = 1; step <= 5; step += 1) {
      await this.cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: at(10 + (spreadPx * step) / 5),
      });
    }
    await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await this.settled();
  }

  /** Zooms in on an event's mark: a wheel notch (mouse) or a pinch (touch) right on it. */
  async zoomInOn(eventId: string, modality: Modality): Promise<void> {
    const mark = await this.markOf(eventId);
    if (mark === undefined) throw new Error(`no mark for ${eventId} in view`);
    const point = await this.pointOn(mark);
    if (modality === 'mouse') await this.wheelIn(point);
    else await this.pinchOut(point);
  }

  zoomButton(which: 'in' | 'out' | 'whole'): Locator {
    const group = this.page.getByRole('group', { name: uiName('timelineZoom') });
    const name = {
      in: /zoom in|كبّر/i,
      out: /zoom out|صغّر/i,
      whole: /whole story|القصة كاملة/i,
    }[which];
    return group.getByRole('button', { name });
  }

  async pressZoomButton(which: 'in' | 'out' | 'whole', modality: Modality): Promise<void> {
    const button = this.zoomButton(which);
    if (modality === 'mouse') await button.click();
    else await button.tap();
    await this.settled();
  }

  async isWholeStory(): Promise<boolean> {
    return this.zoomButton('whole').isDisabled();
  }

  // ── what the page says ─────────────────────────────────────────────────────

  tooltip(): Locator {
    return this.page.locator('.timeline__tooltip');
  }

  async hover(eventId: string): Promise<void> {
    const mark = await this.markOf(eventId);
    if (mark === undefined) throw new Error(`no mark for ${eventId} in view`);
    const point = await this.pointOn(mark);
    await this.page.mouse.move(point.x, point.y);
    await this.settled();
  }

  /** The list of events offered at a dense spot. */
  choices(): Locator {
    return this.page.getByRole('dialog', { name: uiName('timelineEventsHere') });
  }

  async choicesShown(): Promise<boolean> {
    return this.choices().isVisible();
  }

  async choose(event: EventFeature, language: Language, modality: Modality): Promise<boolean> {
    const option = this.choices().getByRole('button', { name: event.properties.title[language] }).first();
    if ((await option.count()) === 0) return false;
    if (modality === 'mouse') await option.click();
    else await option.tap();
    await this.settled();
    return true;
  }

  async closeChoices(modality: Modality = 'mouse'): Promise<void> {
    if (!(await this.choicesShown())) return;
    const close = this.choices().getByRole('button', { name: uiName('timelineCloseChoices') });
    if (modality === 'mouse') await close.click();
    else await close.tap();
    await this.settled();
  }

  // ── a user's way to any event ─────────────────────────────────────────────

  /**
   * Selects an event with the pointer alone: press its mark; if another event is picked, choose it
   * from the list of events there when one is offered, else zoom in on the mark and press again.
   * Starts from the current view (the whole story when the mark is out of view).
   */
  async reach(event: EventFeature, language: Language, modality: Modality): Promise<Reach> {
    let gestures = 0;
    for (let attempt = 0; attempt <= MAX_ZOOM_STEPS; attempt += 1) {
      let mark = await this.markOf(event.id);
      if (mark === undefined) {
        await this.pressZoomButton('whole', modality);
        gestures += 1;
        mark = await this.markOf(event.id);
        if (mark === undefined) throw new Error(`${event.id} has no mark even on the whole story`);
      }
      await this.press(await this.pointOn(mark), modality);
      gestures += 1;
      if ((await this.currentId()) === event.id) {
        await this.closeChoices(modality);
        return { gestures, via: 'mark' };
      }
      if (await this.choicesShown()) {
        if (await this.choose(event, language, modality)) {
          gestures += 1;
          if ((await this.currentId()) === event.id) return { gestures, via: 'list' };
        }
        await this.closeChoices(modality);
      }
      await this.zoomInOn(event.id, modality);
      gestures += 1;
    }
    throw new Error(
      `${event.id} could not be selected by ${modality} after ${MAX_ZOOM_STEPS} zoom steps (current: ${await this.currentId()})`,
    );
  }
}

/**
 * Where the two numbers of the first numeric range inside an element are drawn: x of the first
 * digit of each, as laid out by the browser (so bidi reordering is taken into account).
 */
export async function rangeDigitsOnScreen(
  element: Locator,
): Promise<{ text: string; fromX: number; toX: number } | null> {
  return element.evaluate((root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const match = /([0-9]+)\s*[-–]\s*([0-9]+)/.exec(text);
      if (match === null) continue;
      const textNode = node;
      const xOf = (index: number): number => {
        const range = document.createRange();
        range.setStart(textNode, index);
        range.setEnd(textNode, index + 1);
        return range.getBoundingClientRect().left;
      };
      const toIndex = match.index + match[0].length - (match[2] ?? '').length;
      return { text, fromX: xOf(match.index), toX: xOf(toIndex) };
    }
    return null;
  });
}
