import { useEffect, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import { formatDateWindow, formatDay } from '../i18n/format-date.ts';
import { t, textDirection } from '../i18n/i18n.ts';
import type { StoryIndex, StoryEvent } from '../data/story-index.ts';
import { selectAllDetailsLoaded } from '../store/selectors.ts';
import { getStoryStore, useStoryStore } from '../store/story-store.ts';
import type { Language } from '../store/types.ts';
import { publisherName } from '../story/SourcesList.tsx';
import { groupByChapter } from './print-groups.ts';
import { viewLink } from './share-links.ts';

function PrintEvent({
  event,
  story,
  language,
}: {
  event: StoryEvent;
  story: StoryIndex;
  language: Language;
}) {
  const p = event.properties;
  const details = useStoryStore((s) => s.details.get(event.id));
  const places = p.places.flatMap((id) => {
    const place = story.placeById.get(id);
    return place ? [place.properties.name[language]] : [];
  });
  return (
    <article className="print-event">
      <h3>{p.title[language]}</h3>
      <p className="print-event__meta">
        <time dateTime={p.date.start}>{formatDateWindow(p.date, language)}</time>
        {places.length > 0 && (
          <>
            {' · '}
            {t(language, 'printPlaces')}: {places.join(t(language, 'listSeparator'))}
          </>
        )}
      </p>
      {details && <p className="print-event__summary">{details.summary[language]}</p>}
      {details?.note && (
        <p className="print-event__note">
          <strong>{t(language, 'editorsNote')}: </strong>
          {details.note[language]}
        </p>
      )}
      {details?.excerpts.map((excerpt, i) => {
        const article = story.articleById.get(excerpt.article);
        return (
          <figure key={`${excerpt.article}:${excerpt.start}:${i}`} className="print-excerpt">
            <blockquote lang="ar" dir="rtl">
              {excerpt.text}
            </blockquote>
            {language === 'en' && (
              <p className="print-excerpt__translation" lang="en">
                <span className="print-excerpt__label">{t(language, 'translation')}: </span>
                {excerpt.translation.en}
              </p>
            )}
            {article && (
              <figcaption>
                <cite>
                  <bdi>{publisherName(article, language)}</bdi>
                </cite>
                {t(language, 'listSeparator')}
                <time dateTime={article.published.date}>{formatDay(article.published.date, language)}</time>
                {t(language, 'listSeparator')}
                <bdi>{article.title[language]}</bdi>
              </figcaption>
            )}
          </figure>
        );
      })}
    </article>
  );
}

function PrintDocument({
  story,
  events,
  language,
}: {
  story: StoryIndex;
  events: readonly StoryEvent[];
  language: Language;
}) {
  const first = events[0];
  const last = events.at(-1);
  const dataset = useStoryStore((s) => s.dataset);
  const link = viewLink(window.location.href, {
    event: null,
    lang: language,
    dataset: dataset === 'story' ? null : dataset,
  });
  return (
    <article className="print-chronology" lang={language} dir={textDirection(language)}>
      <header className="print-chronology__header">
        <h1>
          {t(language, 'appTitle')}: {t(language, 'appSubtitle')}
        </h1>
        {first && last && (
          <p>
            {t(language, 'printFacts', {
              n: events.length,
              from: formatDateWindow(first.properties.date, language),
              to: formatDateWindow(last.properties.date, language),
            })}
          </p>
        )}
        <p className="print-chronology__url">
          {t(language, 'printOnline')}: <bdi dir="ltr">{link}</bdi>
        </p>
      </header>
      {groupByChapter(events, story).map((group, i) => (
        <section key={group.chapter?.id ?? `group-${i}`} className="print-chapter">
          {group.chapter && (
            <>
              <h2>{group.chapter.title[language]}</h2>
              <p className="print-chapter__framing">{group.chapter.framing[language]}</p>
            </>
          )}
          {group.events.map((event) => (
            <PrintEvent key={event.id} event={event} story={story} language={language} />
          ))}
        </section>
      ))}
      <section className="print-chapter print-sources">
        <h2>{t(language, 'sources')}</h2>
        <ol>
          {story.articles.map((article) => (
            <li key={article.id}>
              <bdi>{article.title[language]}</bdi>
              {t(language, 'listSeparator')}
              <bdi>{publisherName(article, language)}</bdi>
              {t(language, 'listSeparator')}
              <time dateTime={article.published.date}>{formatDay(article.published.date, language)}</time>
              {article.url && (
                <>
                  {t(language, 'listSeparator')}
                  <bdi dir="ltr">{article.url}</bdi>
                </>
              )}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}

/** Set between `beforeprint` and `afterprint`: printing, even where print media does not match yet. */
let printRequested = false;

function subscribePrinting(onChange: () => void): () => void {
  const media = window.matchMedia('print');
  // Synchronous renders: the browser lays out the printed page right after these events.
  const onBefore = (): void => {
    printRequested = true;
    flushSync(onChange);
  };
  const onAfter = (): void => {
    printRequested = false;
    flushSync(onChange);
  };
  const onMedia = (): void => flushSync(onChange);
  window.addEventListener('beforeprint', onBefore);
  window.addEventListener('afterprint', onAfter);
  media.addEventListener('change', onMedia);
  return () => {
    window.removeEventListener('beforeprint', onBefore);
    window.removeEventListener('afterprint', onAfter);
    media.removeEventListener('change', onMedia);
  };
}

/**
 * Whether the page is being printed (or shown as print media). An external store: the component
 * mounts once the first view is drawn, and a print begun before it listened is still seen.
 */
function usePrinting(): boolean {
  return useSyncExternalStore(subscribePrinting, () => printRequested || window.matchMedia('print').matches);
}

/**
 * The printed page: the whole chronology (every event, or the filtered ones once filters exist) as a
 * document in the interface language and direction, grouped by chapter: title, date, places,
 * summary, editor's note, and every quotation with its translation and citation, then the sources.
 * It is rendered only while printing (beforeprint, or print media), so the screen page never
 * carries it; print.css hides the interactive page (map, timeline, panels) on paper.
 */
export function PrintChronology() {
  const printing = usePrinting();
  const language = useStoryStore((s) => s.language);
  const story = useStoryStore((s) => s.story);
  // The printed chronology carries every event's details: fetch them all once printing starts
  // (Print in the Export menu waits for them; a print started otherwise shows what has arrived).
  useEffect(() => {
    if (printing) getStoryStore().getState().wantAllDetails();
  }, [printing]);
  const complete = useStoryStore(selectAllDetailsLoaded);
  if (!printing || !story) return null;
  if (!complete) {
    return (
      <p className="print-pending" role="status">
        {t(language, 'printPending')}
      </p>
    );
  }
  return <PrintDocument story={story} events={story.events} language={language} />;
}
