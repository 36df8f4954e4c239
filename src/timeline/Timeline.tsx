import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { formatDateWindow } from '../i18n/format-date.ts';
import { t, textDirection } from '../i18n/i18n.ts';
import { selectCurrentEvent, selectEventCount, selectIsFirst, selectIsLast } from '../store/selectors.ts';
import { TIMELINE_MARKS_KEY, type TimelineProbeElement } from '../store/probe.ts';
import { markStepCommitted, measureStepApplied } from '../store/step-timing.ts';
import { getStoryStore, useStoryStore } from '../store/story-store.ts';
import type { Language } from '../store/types.ts';
import type { StoryIndex } from '../data/story-index.ts';
import { TimelineController } from './timeline-controller.ts';
import { TimelineRenderer, type TimelineData } from './timeline-renderer.ts';
import { markKind } from './timeline-view.ts';
import './timeline.css';

interface Choices {
  indices: number[];
  xPx: number;
}

function timelineData(story: StoryIndex, language: Language): TimelineData {
  const labels = new Map<number, string>();
  return {
    windows: story.eventWindowsMs,
    kinds: story.events.map((e) => markKind(e.properties.date.precision)),
    dateLabel: (i) => {
      let label = labels.get(i);
      if (label === undefined) {
        const event = story.events[i];
        label = event ? formatDateWindow(event.properties.date, language) : '';
        labels.set(i, label);
      }
      return label;
    },
  };
}

/**
 * The scrubber: a zoomable canvas timeline inside an element with role="slider". Stepping keys
 * are handled by the app-wide keyboard table; + − 0 zoom while the slider has focus; pointers,
 * the wheel and pinches are handled by TimelineController without a React render per move.
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
  const sliderRef = useRef<HTMLDivElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const zoomInRef = useRef<HTMLButtonElement>(null);
  const zoomOutRef = useRef<HTMLButtonElement>(null);
  const wholeRef = useRef<HTMLButtonElement>(null);
  const controllerRef = useRef<TimelineController | null>(null);
  const choicesRef = useRef<HTMLDivElement>(null);
  const [choices, setChoices] = useState<Choices | null>(null);
  const data = useMemo(() => (story ? timelineData(story, language) : null), [story, language]);

  // The timeline is always mounted and comes last in the tree, so its layout effect runs last in
  // the commit that shows a new event (after the event card's or the place panel's).
  useLayoutEffect(() => {
    markStepCommitted();
  }, [index]);

  useEffect(() => {
    const canvas = canvasRef.current;
    const slider = sliderRef.current;
    const tooltip = tooltipRef.current;
    if (!canvas || !slider || !tooltip || !story || !data) return;
    const store = getStoryStore();
    const renderer = new TimelineRenderer(canvas);
    const updateZoomButtons = (): void => {
      if (zoomInRef.current) zoomInRef.current.disabled = !renderer.canZoomIn();
      if (zoomOutRef.current) zoomOutRef.current.disabled = !renderer.canZoomOut();
      if (wholeRef.current) wholeRef.current.disabled = !renderer.canZoomOut();
    };
    const controller = new TimelineController({
      slider,
      canvas,
      tooltip,
      renderer,
      describe: (i) => {
        const e = story.events[i];
        return { title: e?.properties.title[language] ?? '', date: data.dateLabel(i) };
      },
      moreHere: (n) => t(language, 'timelineMoreHere', { n }),
      currentIndex: () => store.getState().currentIndex,
      select: (i) => store.getState().goToIndex(i),
      pause: () => store.getState().pause(),
      offerChoices: (indices, xPx) => setChoices({ indices, xPx }),
      closeChoices: () => setChoices(null),
    });
    controllerRef.current = controller;
    renderer.onViewChange(() => {
      updateZoomButtons();
      controller.viewChanged();
    });
    const draw = (): void => {
      const box = canvas.getBoundingClientRect();
      renderer.setData(data, language, box.width, box.height);
      renderer.setCurrent(store.getState().currentIndex);
      updateZoomButtons();
    };
    draw();
    const observer = new ResizeObserver(draw);
    observer.observe(canvas);
    // Per-step updates skip React: the canvas redraws synchronously inside the store update.
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.currentIndex !== previous.currentIndex) {
        renderer.setCurrent(state.currentIndex);
        controller.currentChanged();
      }
      if (state.mapStatus !== 'ready') measureStepApplied();
    });
    // What tests (and only tests) read from the slider element: the marks as drawn.
    (slider as TimelineProbeElement)[TIMELINE_MARKS_KEY] = () =>
      renderer.visibleMarks().map((mark) => ({ ...mark, id: story.events[mark.index]?.id ?? '' }));
    return () => {
      unsubscribe();
      observer.disconnect();
      controller.destroy();
      renderer.onViewChange(null);
      controllerRef.current = null;
      delete (slider as TimelineProbeElement)[TIMELINE_MARKS_KEY];
    };
  }, [story, data, language]);

  // An open list of choices closes on a press anywhere else.
  useEffect(() => {
    if (!choices) return;
    const close = (e: PointerEvent): void => {
      const list = choicesRef.current;
      if (list && e.target instanceof Node && list.contains(e.target)) return;
      if (sliderRef.current && e.target instanceof Node && sliderRef.current.contains(e.target)) return;
      setChoices(null);
    };
    document.addEventListener('pointerdown', close, true);
    return () => document.removeEventListener('pointerdown', close, true);
  }, [choices]);

  // The list stays on screen: centred on the press where there is room.
  useLayoutEffect(() => {
    const list = choicesRef.current;
    const track = list?.parentElement;
    if (!choices || !list || !track) return;
    const width = list.offsetWidth;
    const trackLeft = track.getBoundingClientRect().left;
    const wanted = trackLeft + choices.xPx - width / 2;
    const inViewport = Math.max(8, Math.min(document.documentElement.clientWidth - width - 8, wanted));
    list.style.left = `${inViewport - trackLeft}px`;
  }, [choices]);

  if (!story || !event || !data) return null;
  const dateText = formatDateWindow(event.properties.date, language);
  const { pause, stepBackward, stepForward, goToIndex } = getStoryStore().getState();
  const closeChoicesOnEscape = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    e.preventDefault();
    setChoices(null);
    sliderRef.current?.focus();
  };
  return (
    <section className="timeline" id="timeline" aria-label={t(language, 'timeline')}>
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
        {/* ‹ and › are mirrored characters: dir="ltr" draws them as written, the same everywhere. */}
        <span aria-hidden="true" dir="ltr">
          {textDirection(language) === 'rtl' ? '›' : '‹'}
        </span>
      </button>
      <div className="timeline__track">
        <div
          ref={sliderRef}
          className="timeline__slider"
          role="slider"
          tabIndex={0}
          aria-label={t(language, 'timelineSlider')}
          aria-valuemin={1}
          aria-valuemax={total}
          aria-valuenow={index + 1}
          aria-valuetext={`${dateText} — ${event.properties.title[language]}`}
          aria-orientation="horizontal"
          aria-keyshortcuts="+ - 0"
        >
          <canvas ref={canvasRef} className="timeline__canvas" aria-hidden="true" />
        </div>
        <div ref={tooltipRef} className="timeline__tooltip" aria-hidden="true" hidden>
          <strong className="timeline__tooltip-title" />
          <span className="timeline__tooltip-date" />
          <span className="timeline__tooltip-more" hidden />
        </div>
        {choices && (
          <div
            ref={choicesRef}
            className="timeline__choices"
            role="dialog"
            aria-label={t(language, 'timelineEventsHere')}
            onKeyDown={closeChoicesOnEscape}
          >
            <div className="timeline__choices-head">
              <span>{t(language, 'timelineEventsHere')}</span>
              <button
                type="button"
                className="timeline__choices-close"
                aria-label={t(language, 'timelineCloseChoices')}
                onClick={() => {
                  setChoices(null);
                  sliderRef.current?.focus();
                }}
              >
                <span aria-hidden="true">×</span>
              </button>
            </div>
            <ul>
              {choices.indices.map((i) => {
                const e = story.events[i];
                if (!e) return null;
                return (
                  <li key={e.id}>
                    <button
                      type="button"
                      className="timeline__choice"
                      aria-current={i === index ? 'true' : undefined}
                      onClick={() => {
                        pause();
                        goToIndex(i);
                        setChoices(null);
                        sliderRef.current?.focus();
                      }}
                    >
                      <span className="timeline__choice-title">{e.properties.title[language]}</span>
                      <span className="timeline__choice-date">{data.dateLabel(i)}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        )}
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
        <span aria-hidden="true" dir="ltr">
          {textDirection(language) === 'rtl' ? '‹' : '›'}
        </span>
      </button>
      <div className="timeline__zoom" role="group" aria-label={t(language, 'timelineZoom')}>
        <button
          ref={zoomInRef}
          type="button"
          className="timeline__zoom-button"
          aria-label={t(language, 'timelineZoomIn')}
          title={t(language, 'timelineZoomIn')}
          onClick={() => controllerRef.current?.zoomIn()}
        >
          <span aria-hidden="true">+</span>
        </button>
        <button
          ref={zoomOutRef}
          type="button"
          className="timeline__zoom-button"
          aria-label={t(language, 'timelineZoomOut')}
          title={t(language, 'timelineZoomOut')}
          onClick={() => controllerRef.current?.zoomOut()}
        >
          <span aria-hidden="true">−</span>
        </button>
        <button
          ref={wholeRef}
          type="button"
          className="timeline__zoom-button"
          aria-label={t(language, 'timelineWholeStory')}
          title={t(language, 'timelineWholeStory')}
          onClick={() => controllerRef.current?.wholeStory()}
        >
          <span aria-hidden="true">⤢</span>
        </button>
      </div>
      <p className="keys-hint">{t(language, 'timelineKeysHint')}</p>
    </section>
  );
}
