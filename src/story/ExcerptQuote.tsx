import { UNKNOWN_PUBLISHER } from '../data/publisher.ts';
import type { Excerpt } from '../data/schema.ts';
import { formatDay } from '../i18n/format-date.ts';
import { t } from '../i18n/i18n.ts';
import { getStoryStore, useStoryStore } from '../store/story-store.ts';
import { HighlightedText } from './HighlightedText.tsx';

/**
 * One excerpt, verbatim, as Arabic text whatever the interface language (the English interface adds
 * its translation underneath, marked as such), with its citation: a button that opens the whole
 * article at that excerpt.
 */
export function ExcerptQuote({ excerpt, terms }: { excerpt: Excerpt; terms: readonly string[] }) {
  const language = useStoryStore((s) => s.language);
  const article = useStoryStore((s) => s.story?.articleById.get(excerpt.article));
  // A citation names the publisher; when the text names none, the article's title says which one it is.
  const source = !article
    ? t(language, 'unknownPublisher')
    : article.publisher === UNKNOWN_PUBLISHER
      ? article.title[language]
      : article.publisher;
  const date = article ? formatDay(article.published.date, language) : '';
  return (
    <figure className="excerpt">
      <blockquote lang="ar" dir="rtl">
        <HighlightedText text={excerpt.text} terms={terms} />
      </blockquote>
      {language === 'en' && (
        <p className="excerpt__translation" lang="en">
          <span className="excerpt__translation-label">{t(language, 'translation')}: </span>
          {excerpt.translation.en}
        </p>
      )}
      <figcaption>
        <button
          type="button"
          className="citation"
          onClick={() =>
            getStoryStore().getState().openReader({
              articleId: excerpt.article,
              start: excerpt.start,
              end: excerpt.end,
              text: excerpt.text,
            })
          }
        >
          <cite>
            <bdi>{source}</bdi>
          </cite>
          {t(language, 'listSeparator')}
          <time dateTime={article?.published.date}>{date}</time>
        </button>{' '}
        <button
          type="button"
          className="link-button excerpt__source"
          onClick={() => getStoryStore().getState().openSources(excerpt.article)}
        >
          {t(language, 'aboutSource')}
        </button>
      </figcaption>
    </figure>
  );
}
