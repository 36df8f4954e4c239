import { useEffect, useLayoutEffect, useRef } from 'react';
import { formatDateWindow, formatDay } from '../i18n/format-date.ts';
import { t, textDirection } from '../i18n/i18n.ts';
import { selectCurrentEvent, selectEventCount } from '../store/selectors.ts';
import { getStoryStore, useStoryStore } from '../store/story-store.ts';
import { chapterOf } from '../store/tour-cards.ts';
import { tourNext, tourPrevious } from '../store/tour-navigation.ts';
import { tourCardDurationMs, tourTimeLeftMs } from '../store/tour-player.ts';
import { SPEEDS, type Language, type Speed } from '../store/types.ts';
import { EventDetails } from './EventDetails.tsx';
import { SourcesList } from './SourcesList.tsx';

const MINUTE_MS = 60_000;

function timeLeftText(ms: number, language: Language): string {
  return ms < MINUTE_MS
    ? t(language, 'tourUnderAMinute')
    : t(language, 'tourMinutesLeft', { n: Math.round(ms / MINUTE_MS) });
}

/**
 * The told tour's card: a title card, each chapter's card as the tour enters it, each event in
 * full, and an end card; with the tour's progress, the time left and its controls. While playing,
 * a card longer than its panel scrolls itself through the time the tour gives it; scrolling it by
 * hand pauses the tour.
 */
export function TourCard() {
  const language = useStoryStore((s) => s.language);
  const story = useStoryStore((s) => s.story);
  const stage = useStoryStore((s) => s.tourStage);
  const index = useStoryStore((s) => s.currentIndex);
  const isPlaying = useStoryStore((s) => s.isPlaying);
  const speed = useStoryStore((s) => s.speed);
  const total = useStoryStore(selectEventCount);
  const event = useStoryStore(selectCurrentEvent);
  const bodyRef = useRef<HTMLDivElement>(null);

  // Every card opens at its top.
  useLayoutEffect(() => {
    bodyRef.current?.scrollTo({ top: 0 });
  }, [stage, index]);

  // Reading along: after a first look at the top, the card scrolls evenly to its end.
  useEffect(() => {
    const body = bodyRef.current;
    if (!isPlaying || !body || !story) return;
    const durationMs = tourCardDurationMs(story, stage, index, language, speed);
    const startedAt = performance.now();
    const timer = setInterval(() => {
      const hidden = body.scrollHeight - body.clientHeight;
      if (hidden <= 0) return;
      // The first 30% of the time on the top (title, date, summary), then evenly to the end by 90%.
      const fraction = ((performance.now() - startedAt) / durationMs - 0.3) / 0.6;
      body.scrollTo({ top: Math.max(0, Math.min(1, fraction)) * hidden });
    }, 400);
    return () => clearInterval(timer);
  }, [isPlaying, story, stage, index, language, speed]);

  if (!story || stage === 'off') return null;
  const store = getStoryStore();
  const { togglePlay, exitTour, startTour, setSpeed, pause } = store.getState();
  const chapter = chapterOf(story.chapters, index);
  const chapterNumber = chapter ? story.chapters.indexOf(chapter) + 1 : 0;
  const position = stage === 'title' ? 0 : stage === 'end' ? total : index + 1;
  const first = story.events[0];
  const last = story.events[story.events.length - 1];
  const lastArticleDate = story.articles
    .map((a) => a.published.date)
    .sort()
    .at(-1);
  const timeLeft = timeLeftText(tourTimeLeftMs(story, stage, index, language, speed), language);
  const meta = [
    ...(stage === 'event' ? [t(language, 'eventOf', { n: position, total })] : []),
    ...(stage === 'end' ? [] : [timeLeft]),
    // Said, not only shown by ▶: scrolling the card, touching the map or opening a source pauses it.
    ...(stage === 'end' || isPlaying ? [] : [t(language, 'tourPaused')]),
  ];

  return (
    <section className="tour-card" aria-labelledby="tour-card-title">
      <div className="tour-card__progress">
        <div
          className="progress"
          role="progressbar"
          aria-label={t(language, 'tourProgress')}
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={position}
          aria-valuetext={[
            t(language, 'eventOf', { n: position, total }),
            ...(stage === 'end' ? [] : [timeLeft]),
          ].join(', ')}
        >
          <div
            className="progress__bar"
            style={{ inlineSize: `${(100 * position) / Math.max(1, total)}%` }}
          />
        </div>
        <p className="muted tour-card__meta">{meta.join(' · ')}</p>
      </div>
      {/* A reader who scrolls the card by hand reads at their own pace: the tour pauses (and with it
          the card's own scrolling, which would pull the text away). */}
      <div ref={bodyRef} className="tour-card__body" onWheel={pause} onTouchMove={pause}>
        {stage === 'title' && (
          <>
            <p className="tour-card__kicker">{t(language, 'appTitle')}</p>
            <h2 id="tour-card-title">{t(language, 'appSubtitle')}</h2>
            <p className="tour-card__lead">{t(language, 'introLead')}</p>
            {first && last && (
              <p className="muted">
                {t(language, 'tourTitleFacts', {
                  n: total,
                  c: story.chapters.length,
                  from: formatDateWindow(first.properties.date, language),
                  to: formatDateWindow(last.properties.date, language),
                })}
              </p>
            )}
          </>
        )}
        {stage === 'chapter' && chapter && (
          <>
            <p className="tour-card__kicker">
              {t(language, 'chapterOf', { n: chapterNumber, total: story.chapters.length })}
            </p>
            <h2 id="tour-card-title">{chapter.title[language]}</h2>
            <p className="tour-card__lead">{chapter.framing[language]}</p>
          </>
        )}
        {stage === 'event' && event && (
          <article className="event-card">
            {chapter && <p className="tour-card__kicker">{chapter.title[language]}</p>}
            <h2 id="tour-card-title">{event.properties.title[language]}</h2>
            <EventDetails event={event} />
          </article>
        )}
        {stage === 'end' && (
          <>
            <h2 id="tour-card-title">{t(language, 'tourEndTitle')}</h2>
            <p className="tour-card__lead">
              {t(language, 'tourEndText', {
                date: lastArticleDate ? formatDay(lastArticleDate, language) : '',
              })}
            </p>
            <h3>{t(language, 'sources')}</h3>
            <SourcesList story={story} language={language} />
          </>
        )}
      </div>
      <div className="tour-card__controls">
        {stage === 'end' ? (
          <button type="button" className="button button--primary" onClick={startTour}>
            <span aria-hidden="true">↺</span> {t(language, 'playAgain')}
          </button>
        ) : (
          <>
            <button
              type="button"
              className="icon-button"
              onClick={() => tourPrevious(store)}
              disabled={stage === 'title'}
              aria-label={t(language, 'tourPrevious')}
              title={t(language, 'tourPrevious')}
            >
              {/* ‹ and › are mirrored characters: dir="ltr" draws them as written, the same everywhere. */}
              <span aria-hidden="true" dir="ltr">
                {textDirection(language) === 'rtl' ? '›' : '‹'}
              </span>
            </button>
            <button
              type="button"
              className="button button--primary tour-card__play"
              onClick={togglePlay}
              aria-label={t(language, isPlaying ? 'tourPause' : 'tourPlay')}
            >
              <span aria-hidden="true">{isPlaying ? '❚❚' : '▶'}</span>
              <span className="wide-only"> {t(language, isPlaying ? 'tourPause' : 'tourPlay')}</span>
            </button>
            <button
              type="button"
              className="icon-button"
              onClick={() => tourNext(store)}
              aria-label={t(language, 'tourNext')}
              title={t(language, 'tourNext')}
            >
              <span aria-hidden="true" dir="ltr">
                {textDirection(language) === 'rtl' ? '‹' : '›'}
              </span>
            </button>
          </>
        )}
        <label className="speed">
          <span className="speed__label">{t(language, 'speed')}</span>
          <select value={speed} onChange={(e) => setSpeed(Number(e.target.value) as Speed)}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {t(language, 'speedTimes', { n: s })}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button tour-card__exit" onClick={exitTour}>
          {t(language, 'exploreMap')}
        </button>
      </div>
    </section>
  );
}
