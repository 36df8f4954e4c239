import { UNKNOWN_PUBLISHER } from '../data/publisher.ts';
import { formatDay } from '../i18n/format-date.ts';
import { t, textDirection } from '../i18n/i18n.ts';
import type { Article } from '../data/schema.ts';
import type { StoryIndex } from '../data/story-index.ts';
import { useEffect } from 'react';
import { getStoryStore, useStoryStore } from '../store/story-store.ts';
import type { Language } from '../store/types.ts';

/** An article's publisher as a reader should see it: the name, or that the text does not name one. */
export function publisherName(article: Article, language: Language): string {
  return article.publisher === UNKNOWN_PUBLISHER ? t(language, 'unknownPublisher') : article.publisher;
}

/** How many events and excerpts each article supports. */
function support(story: StoryIndex, articleId: string): { events: number; excerpts: number } {
  let events = 0;
  let excerpts = 0;
  for (const event of story.events) {
    const cited = event.properties.sources.filter((source) => source === articleId).length;
    excerpts += cited;
    if (cited > 0) events += 1;
  }
  return { events, excerpts };
}

/**
 * The sources: each article's title in both languages, publisher, publication date and how it is
 * known (printed, or inferred, with the evidence on demand), what it supports, and a way to read it.
 */
export function SourcesList({
  story,
  language,
  highlight = null,
  onRead,
}: {
  story: StoryIndex;
  language: Language;
  highlight?: string | null;
  onRead?: () => void;
}) {
  const other: Language = language === 'ar' ? 'en' : 'ar';
  // "Read the article" opens it at its first excerpt, which is in the events' details.
  const details = useStoryStore((s) => s.details);
  useEffect(() => getStoryStore().getState().wantAllDetails(), []);
  return (
    <ol className="sources">
      {story.articles.map((article) => {
        const counts = support(story, article.id);
        const first = story.events
          .filter((e) => e.properties.sources.includes(article.id))
          .flatMap((e) => details.get(e.id)?.excerpts ?? [])
          .find((x) => x.article === article.id);
        return (
          <li key={article.id} className={article.id === highlight ? 'sources__item--current' : undefined}>
            <p className="sources__title">
              <bdi>{article.title[language]}</bdi>
            </p>
            <p className="sources__other-title" lang={other} dir={textDirection(other)}>
              {article.title[other]}
            </p>
            <p className="muted">
              <bdi>{publisherName(article, language)}</bdi>
              {t(language, 'listSeparator')}
              <time dateTime={article.published.date}>{formatDay(article.published.date, language)}</time> (
              {t(language, article.published.basis === 'dateline' ? 'basisDateline' : 'basisInferred')})
              {t(language, 'listSeparator')}
              {t(language, 'sourceSupports', { n: counts.events, m: counts.excerpts })}
            </p>
            <details>
              <summary>{t(language, 'dateEvidence')}</summary>
              <p lang="en" dir="ltr" className="sources__evidence">
                {article.published.evidence}
              </p>
            </details>
            {first && (
              <button
                type="button"
                className="button"
                onClick={() => {
                  onRead?.();
                  getStoryStore()
                    .getState()
                    .openReader({ articleId: article.id, ...first });
                }}
              >
                {t(language, 'readArticle')}
              </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}
