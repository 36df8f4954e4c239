import { useEffect, useLayoutEffect, useRef, type PointerEvent } from 'react';
import { formatDateWindow } from '../app/format-date.ts';
import { t } from '../app/i18n.ts';
import { selectCurrentEvent, selectEventCount, selectIsFirst, selectIsLast } from '../store/selectors.ts';
import { markStepCommitted, measureStepApplied } from '../store/step-timing.ts';
import { getStoryStore, useStoryStore } from '../store/story-store.ts';
import { nearestEventIndex } from './timeline-layout.ts';
import { TimelineRenderer } from './timeline-renderer.ts';

/**
 * The scrubber: a canvas timeline inside an element with role="slider". Keys are handled by the
 * app-wide keyboard table (which also keeps them from scrolling the page); pointer dragging picks
 * the nearest event in time.
 */
export function Timeline() {
  const language = useStoryStore((s) => s.language);
  const event = useStoryStore(selectCurrentEvent);
  const index = useStoryStore((s) => s.currentIndex);
  const total = useStoryStore(selectEventCount);
  const isFirst = useStoryStore(selectIsFirst);
  const isLast = useStoryStore(selectIsLast);
  const story = useStoryStore((s) => s.story);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const rendererRef = useRef<TimelineRenderer | null>(null);
  const draggingRef = useRef(false);

  // The timeline is always mounted and comes last in the tree, so its layout effect runs last in
  // the commit that shows a new event (after the event card's or the place panel's).
  useLayoutEffect(() => {
    markStepCommitted();
  }, [index]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !story) return;
    const store = getStoryStore();
    const renderer = new TimelineRenderer(canvas);
    rendererRef.current = renderer;
    const draw = (): void => {
      const box = canvas.getBoundingClientRect();
      renderer.setData(story.eventWindowsMs, store.getState().language, box.width, box.height);
      renderer.setCurrent(store.getState().currentIndex);
    };
    draw();
    const observer = new ResizeObserver(draw);
    observer.observe(canvas);
    // Per-step updates skip React: the canvas redraws synchronously inside the store update.
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.language !== previous.language) draw();
      else if (state.currentIndex !== previous.currentIndex) renderer.setCurrent(state.currentIndex);
      if (state.mapStatus !== 'ready') measureStepApplied();
    });
    return () => {
      unsubscribe();
      observer.disconnect();
      rendererRef.current = null;
    };
  }, [story]);

  const goToPointer = (e: PointerEvent<HTMLDivElement>): void => {
    const canvas = canvasRef.current;
    const renderer = rendererRef.current;
    if (!canvas || !renderer || !story) return;
    const ms = renderer.timeAt(e.clientX - canvas.getBoundingClientRect().left);
    if (ms === null) return;
    const nearest = nearestEventIndex(ms, story.eventWindowsMs);
    if (nearest >= 0) getStoryStore().getState().goToIndex(nearest);
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>): void => {
    getStoryStore().getState().pause();
    draggingRef.current = true;
    e.currentTarget.setPointerCapture(e.pointerId);
    e.currentTarget.focus();
    goToPointer(e);
  };

  const stopDrag = (): void => {
    draggingRef.current = false;
  };

  if (!story || !event) return null;
  const dateText = formatDateWindow(event.properties.date, language);
  const { pause, stepBackward, stepForward } = getStoryStore().getState();
  return (
    <section className="timeline" aria-label={t(language, 'timeline')}>
      <button
        type="button"
        className="icon-button timeline__step"
        onClick={() => {
          pause();
          stepBackward();
        }}
        disabled={isFirst}
        aria-label={t(language, 'previousEvent')}
      >
        <span aria-hidden="true">{language === 'ar' ? '›' : '‹'}</span>
      </button>
      <div
        className="timeline__slider"
        role="slider"
        tabIndex={0}
        aria-label={t(language, 'timelineSlider')}
        aria-valuemin={1}
        aria-valuemax={total}
        aria-valuenow={index + 1}
        aria-valuetext={`${dateText} — ${event.properties.title[language]}`}
        aria-orientation="horizontal"
        onPointerDown={onPointerDown}
        onPointerMove={(e) => draggingRef.current && goToPointer(e)}
        onPointerUp={stopDrag}
        onPointerCancel={stopDrag}
      >
        <canvas ref={canvasRef} className="timeline__canvas" aria-hidden="true" />
      </div>
      <button
        type="button"
        className="icon-button timeline__step"
        onClick={() => {
          pause();
          stepForward();
        }}
        disabled={isLast}
        aria-label={t(language, 'nextEvent')}
      >
        <span aria-hidden="true">{language === 'ar' ? '‹' : '›'}</span>
      </button>
      <p className="sr-only">{t(language, 'keysHint')}</p>
    </section>
  );
}
