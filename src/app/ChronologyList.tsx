import { useState } from 'react';
import { getStoryStore, useStoryStore } from '../store/story-store.ts';
import { chronologyPage } from './chronology-page.ts';
import { formatDateWindow } from '../i18n/format-date.ts';
import { t } from '../i18n/i18n.ts';
import { Pager } from './Pager.tsx';

export const CHRONOLOGY_PAGE_SIZE = 50;

/**
 * The chronology as a plain ordered list of links to events, paged: it follows the current event
 * unless the reader pages away.
 */
export function ChronologyList({ id = 'chronology' }: { id?: string }) {
  const language = useStoryStore((s) => s.language);
  const events = useStoryStore((s) => s.story?.events);
  const currentIndex = useStoryStore((s) => s.currentIndex);
  const total = events?.length ?? 0;
  const currentPage = chronologyPage(currentIndex, total, CHRONOLOGY_PAGE_SIZE).page;
  const [browse, setBrowse] = useState<{ from: number; page: number } | null>(null);
  // Paging away holds until the current event moves to another page.
  const page = browse && browse.from === currentPage ? browse.page : currentPage;
  const { start, end, pageCount } = chronologyPage(page * CHRONOLOGY_PAGE_SIZE, total, CHRONOLOGY_PAGE_SIZE);
  if (!events) return null;
  const { goToIndex, pause } = getStoryStore().getState();
  return (
    <section id={id} className="chronology" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t(language, 'chronology')}</h2>
      <Pager
        language={language}
        page={page}
        pageCount={pageCount}
        onPage={(next) => setBrowse({ from: currentPage, page: next })}
        previousLabel="earlier"
        nextLabel="later"
      />
      <ol start={start + 1}>
        {events.slice(start, end).map((event, i) => {
          const index = start + i;
          return (
            <li key={event.id}>
              <button
                type="button"
                className="chronology__item"
                aria-current={index === currentIndex ? 'step' : undefined}
                onClick={() => {
                  pause();
                  goToIndex(index);
                }}
              >
                <time dateTime={event.properties.date.start}>
                  {formatDateWindow(event.properties.date, language)}
                </time>
                <span>{event.properties.title[language]}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
