import { useEffect, useRef, useState } from 'react';
import { articleTextUrl } from '../data/article-urls.ts';
import { formatDay } from '../i18n/format-date.ts';
import { t } from '../i18n/i18n.ts';
import { getStoryStore, useStoryStore } from '../store/story-store.ts';
import { splitAroundExcerpt } from './highlight-segments.ts';
import { publisherName } from './SourcesList.tsx';

type Loaded = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; text: string };

const textCache = new Map<string, Promise<string>>();

function fetchArticleText(url: string): Promise<string> {
  let promise = textCache.get(url);
  if (!promise) {
    promise = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.text();
    });
    promise.catch(() => textCache.delete(url));
    textCache.set(url, promise);
  }
  return promise;
}

/**
 * The whole article as text in a modal dialog, the cited excerpt in <mark> and scrolled into view.
 * Loaded lazily: first paint does not need it.
 */
export default function ArticleReader() {
  const language = useStoryStore((s) => s.language);
  const target = useStoryStore((s) => s.reader);
  const article = useStoryStore((s) => (s.reader ? s.story?.articleById.get(s.reader.articleId) : undefined));
  const dialogRef = useRef<HTMLDialogElement>(null);
  const markRef = useRef<HTMLElement>(null);
  const [loaded, setLoaded] = useState<{ file: string; state: Loaded } | null>(null);
  const file = article?.file;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (target && dialog && !dialog.open) dialog.showModal();
    if (!target && dialog?.open) dialog.close();
  }, [target]);

  useEffect(() => {
    const url = file === undefined ? undefined : articleTextUrl(file);
    if (file === undefined || url === undefined) return;
    let cancelled = false;
    fetchArticleText(url).then(
      (text) => !cancelled && setLoaded({ file, state: { status: 'ready', text } }),
      () => !cancelled && setLoaded({ file, state: { status: 'failed' } }),
    );
    return () => {
      cancelled = true;
    };
  }, [file]);

  const state: Loaded =
    file === undefined || articleTextUrl(file) === undefined
      ? { status: 'failed' }
      : loaded && loaded.file === file
        ? loaded.state
        : { status: 'loading' };
  const parts = state.status === 'ready' && target ? splitAroundExcerpt(state.text, target) : null;

  useEffect(() => {
    markRef.current?.scrollIntoView({ block: 'center' });
  }, [parts?.excerpt, target]);

  const close = (): void => getStoryStore().getState().closeReader();
  const publisher = article ? publisherName(article, language) : t(language, 'unknownPublisher');
  return (
    <dialog ref={dialogRef} className="reader" aria-labelledby="reader-title" onClose={close}>
      <header className="reader__header">
        <div>
          <h2 id="reader-title" lang="ar" dir="rtl">
            {article?.title.ar ?? t(language, 'reader')}
          </h2>
          {article && (
            <p className="muted">
              {language === 'en' && (
                <>
                  <bdi lang="en">{article.title.en}</bdi> ·{' '}
                </>
              )}
              <bdi>{publisher}</bdi>
              {t(language, 'listSeparator')}
              <time dateTime={article.published.date}>
                {t(language, 'publishedOn', { date: formatDay(article.published.date, language) })}
              </time>
            </p>
          )}
        </div>
        <button type="button" className="icon-button" onClick={close} aria-label={t(language, 'closeReader')}>
          ×
        </button>
      </header>
      {state.status === 'loading' && <p role="status">{t(language, 'readerLoading')}</p>}
      {(state.status === 'failed' || (state.status === 'ready' && !parts)) && (
        <p role="alert">{t(language, 'readerFailed')}</p>
      )}
      {parts && !parts.exact && <p role="note">{t(language, 'readerMismatch')}</p>}
      {parts && (
        <div className="reader__text" lang="ar" dir="rtl" tabIndex={0}>
          {parts.before}
          <mark ref={markRef}>{parts.excerpt}</mark>
          {parts.after}
        </div>
      )}
    </dialog>
  );
}
