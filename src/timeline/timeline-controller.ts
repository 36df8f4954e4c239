/**
 * What pointers, the wheel and the zoom keys do on the timeline, wired to the DOM directly (no
 * React render per move): a click or tap selects the mark under it (and offers the others when
 * several are there), hovering names the mark, the wheel and a pinch zoom around the pointer, a drag
 * pans (or, from the current-event marker or at the whole-story view, moves through the events).
 */
import type { View } from './timeline-layout.ts';
import type { TimelineRenderer } from './timeline-renderer.ts';

export interface TimelineControllerOptions {
  slider: HTMLElement;
  canvas: HTMLCanvasElement;
  tooltip: HTMLElement;
  renderer: TimelineRenderer;
  /** The tooltip's lines for an event: its title and date in the interface language. */
  describe: (index: number) => { title: string; date: string };
  /** "+2 more here" for a hover over several marks. */
  moreHere: (count: number) => string;
  currentIndex: () => number;
  select: (index: number) => void;
  pause: () => void;
  /** Several marks under a click or tap: offer them all (x in CSS px from the canvas' left). */
  offerChoices: (indices: number[], xPx: number) => void;
  closeChoices: () => void;
}

interface PointerInfo {
  x: number;
  y: number;
  coarse: boolean;
}

type Gesture =
  | {
      kind: 'press';
      id: number;
      startX: number;
      startY: number;
      view: View;
      onHandle: boolean;
      coarse: boolean;
    }
  | { kind: 'pan'; id: number; startX: number; view: View }
  | { kind: 'scrub'; id: number }
  | { kind: 'pinch'; distance: number; midX: number }
  | { kind: 'done' };

const MAX_CHOICES = 24;

export class TimelineController {
  private readonly o: TimelineControllerOptions;
  private readonly pointers = new Map<number, PointerInfo>();
  private gesture: Gesture | null = null;
  private tooltipMode: 'none' | 'hover' | 'focus' = 'none';
  private lastMouse: { x: number; y: number } | null = null;
  private readonly cleanups: (() => void)[] = [];

  constructor(options: TimelineControllerOptions) {
    this.o = options;
    const { slider } = options;
    const on = <K extends keyof HTMLElementEventMap>(
      type: K,
      handler: (event: HTMLElementEventMap[K]) => void,
      opts?: AddEventListenerOptions,
    ): void => {
      slider.addEventListener(type, handler, opts);
      this.cleanups.push(() => slider.removeEventListener(type, handler, opts));
    };
    on('pointerdown', (e) => this.onPointerDown(e));
    on('pointermove', (e) => this.onPointerMove(e));
    on('pointerup', (e) => this.onPointerUp(e));
    on('pointercancel', (e) => this.endPointer(e.pointerId));
    on('pointerleave', (e) => {
      if (e.pointerType === 'mouse' && this.gesture === null) this.clearHover();
    });
    on('wheel', (e) => this.onWheel(e), { passive: false });
    on('keydown', (e) => this.onKeyDown(e));
    on('focus', () => {
      if (slider.matches(':focus-visible')) this.showFocusTooltip();
    });
    on('blur', () => {
      if (this.tooltipMode === 'focus') this.hideTooltip();
    });
  }

  destroy(): void {
    for (const cleanup of this.cleanups) cleanup();
    this.cleanups.length = 0;
  }

  /** The current event changed: a focus tooltip follows it. */
  currentChanged(): void {
    if (this.tooltipMode === 'focus') this.showFocusTooltip();
  }

  /** The view changed: whatever the tooltip pointed at may have moved. */
  viewChanged(): void {
    if (this.tooltipMode === 'focus') this.showFocusTooltip();
    else if (this.tooltipMode === 'hover' && this.lastMouse) this.hoverAt(this.lastMouse.x, this.lastMouse.y);
  }

  zoomIn(): void {
    this.o.closeChoices();
    this.o.renderer.zoomAroundCurrent(2);
  }

  zoomOut(): void {
    this.o.closeChoices();
    this.o.renderer.zoomAroundCurrent(0.5);
  }

  wholeStory(): void {
    this.o.closeChoices();
    this.o.renderer.wholeStory();
  }

  private local(e: { clientX: number; clientY: number }): { x: number; y: number } {
    const box = this.o.canvas.getBoundingClientRect();
    return { x: e.clientX - box.left, y: e.clientY - box.top };
  }

  private onPointerDown(e: PointerEvent): void {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    const { x, y } = this.local(e);
    const coarse = e.pointerType !== 'mouse';
    this.o.pause();
    this.o.closeChoices();
    this.o.slider.focus({ preventScroll: true });
    try {
      this.o.slider.setPointerCapture(e.pointerId);
    } catch {
      // A synthetic event (the bench) has no active pointer to capture.
    }
    this.pointers.set(e.pointerId, { x, y, coarse });
    if (this.pointers.size >= 2) {
      const [a, b] = [...this.pointers.values()];
      if (a && b)
        this.gesture = { kind: 'pinch', distance: Math.hypot(a.x - b.x, a.y - b.y), midX: (a.x + b.x) / 2 };
      this.hideTooltip();
      return;
    }
    const handle = this.o.renderer.currentAnchorPx();
    const reach = coarse ? 18 : 8;
    this.gesture = {
      kind: 'press',
      id: e.pointerId,
      startX: x,
      startY: y,
      view: this.o.renderer.getView(),
      onHandle: handle !== null && Math.abs(handle - x) <= reach,
      coarse,
    };
  }

  private onPointerMove(e: PointerEvent): void {
    const { x, y } = this.local(e);
    const pointer = this.pointers.get(e.pointerId);
    if (pointer) {
      pointer.x = x;
      pointer.y = y;
    }
    const g = this.gesture;
    if (e.pointerType === 'mouse') this.lastMouse = { x, y };
    if (g === null) {
      if (e.pointerType === 'mouse') this.hoverAt(x, y);
      return;
    }
    if (g.kind === 'pinch') {
      const [a, b] = [...this.pointers.values()];
      if (!a || !b) return;
      const distance = Math.hypot(a.x - b.x, a.y - b.y);
      const midX = (a.x + b.x) / 2;
      if (g.distance > 0 && distance > 0) this.o.renderer.zoomAt(distance / g.distance, g.midX);
      this.o.renderer.panFrom(this.o.renderer.getView(), midX - g.midX);
      this.gesture = { kind: 'pinch', distance, midX };
      return;
    }
    if (g.kind === 'press' && g.id === e.pointerId) {
      if (Math.abs(x - g.startX) < (g.coarse ? 8 : 4)) return;
      const canPan = this.o.renderer.canZoomOut();
      this.clearHover();
      if (g.onHandle || !canPan) this.gesture = { kind: 'scrub', id: g.id };
      else this.gesture = { kind: 'pan', id: g.id, startX: g.startX, view: g.view };
    }
    const active = this.gesture;
    if (active?.kind === 'scrub' && active.id === e.pointerId) {
      const index = this.o.renderer.scrubIndexAt(x);
      if (index >= 0 && index !== this.o.currentIndex()) this.o.select(index);
    } else if (active?.kind === 'pan' && active.id === e.pointerId) {
      this.o.renderer.panFrom(active.view, x - active.startX);
    }
  }

  private onPointerUp(e: PointerEvent): void {
    const g = this.gesture;
    if (g?.kind === 'press' && g.id === e.pointerId) {
      const { x, y } = this.local(e);
      this.click(x, y, g.coarse);
    }
    this.endPointer(e.pointerId);
    if (e.pointerType === 'mouse') this.hoverAt(this.local(e).x, this.local(e).y);
  }

  private endPointer(id: number): void {
    this.pointers.delete(id);
    if (this.pointers.size === 0) this.gesture = null;
    else if (this.gesture?.kind === 'pinch') this.gesture = { kind: 'done' };
  }

  /** A click or tap: the mark under it, and the choice of all of them when several are there. */
  private click(x: number, y: number, coarse: boolean): void {
    const { renderer } = this.o;
    const hits = renderer.hit(x, y, coarse);
    const best = hits[0];
    if (best === undefined) {
      // Not on a mark: the event nearest in time, as a plain scrubber would.
      const index = renderer.scrubIndexAt(x);
      if (index >= 0) this.o.select(index);
      return;
    }
    this.o.select(best);
    if (hits.length > 1) {
      const choices = hits.slice(0, MAX_CHOICES).sort((a, b) => a - b);
      this.o.offerChoices(choices, x);
    }
  }

  private onWheel(e: WheelEvent): void {
    e.preventDefault();
    this.o.closeChoices();
    const { x, y } = this.local(e);
    this.lastMouse = { x, y };
    const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
    const dx = e.deltaX * unit;
    const dy = e.deltaY * unit;
    if (Math.abs(dx) > Math.abs(dy)) {
      this.o.renderer.panFrom(this.o.renderer.getView(), -dx);
      return;
    }
    const factor = Math.exp(-Math.max(-400, Math.min(400, dy)) * (e.ctrlKey ? 0.01 : 0.005));
    this.o.renderer.zoomAt(factor, x);
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === '+' || e.key === '=') this.zoomIn();
    else if (e.key === '-' || e.key === '_') this.zoomOut();
    else if (e.key === '0') this.wholeStory();
    else return;
    e.preventDefault();
    if (this.o.slider.matches(':focus-visible')) this.showFocusTooltip();
  }

  private hoverAt(x: number, y: number): void {
    const hits = this.o.renderer.hit(x, y, false);
    const best = hits[0];
    if (best === undefined) {
      this.clearHover();
      return;
    }
    this.o.renderer.setHover(best);
    this.tooltipMode = 'hover';
    this.showTooltip(best, this.o.renderer.anchorPx(best) ?? x, hits.length - 1);
  }

  private clearHover(): void {
    this.o.renderer.setHover(-1);
    if (this.tooltipMode === 'hover') this.hideTooltip();
  }

  private showFocusTooltip(): void {
    const index = this.o.currentIndex();
    const x = this.o.renderer.currentAnchorPx();
    if (x === null) {
      this.hideTooltip();
      return;
    }
    this.tooltipMode = 'focus';
    this.showTooltip(index, x, 0);
  }

  private showTooltip(index: number, xPx: number, more: number): void {
    const { tooltip, canvas } = this.o;
    const { title, date } = this.o.describe(index);
    const [titleNode, dateNode, moreNode] = [...tooltip.children] as HTMLElement[];
    if (titleNode) titleNode.textContent = title;
    if (dateNode) dateNode.textContent = date;
    if (moreNode) {
      moreNode.textContent = more > 0 ? this.o.moreHere(more) : '';
      moreNode.hidden = more === 0;
    }
    tooltip.hidden = false;
    const width = tooltip.offsetWidth;
    const trackWidth = canvas.clientWidth;
    const left = Math.max(0, Math.min(trackWidth - width, xPx - width / 2));
    tooltip.style.left = `${left}px`;
    tooltip.dataset['index'] = String(index);
  }

  private hideTooltip(): void {
    this.tooltipMode = 'none';
    this.o.tooltip.hidden = true;
  }
}
