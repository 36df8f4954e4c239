import type { Language } from '../store/types.ts';
import { t, type MessageKey } from '../i18n/i18n.ts';

/** Previous / "page n of total" / next, for the paged lists; renders nothing for a single page. */
export function Pager({
  language,
  page,
  pageCount,
  onPage,
  previousLabel,
  nextLabel,
}: {
  language: Language;
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
  previousLabel: MessageKey;
  nextLabel: MessageKey;
}) {
  if (pageCount <= 1) return null;
  return (
    <div className="pager">
      <button type="button" className="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {t(language, previousLabel)}
      </button>
      <span>{t(language, 'page', { n: page + 1, total: pageCount })}</span>
      <button
        type="button"
        className="button"
        disabled={page >= pageCount - 1}
        onClick={() => onPage(page + 1)}
      >
        {t(language, nextLabel)}
      </button>
    </div>
  );
}
