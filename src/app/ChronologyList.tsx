import { useEffect, useRef, useState } from 'react';
import { getStoryStore, useStoryStore } from '../store/story-store.ts';
import { chronologyPage } from './chronology-page.ts';
import { formatDateWindow } from '../i18n/format-date.ts';
import { t } from '../i18n/i18n.ts';
import { Pager } from './Pager.tsx';

export const CHRONOLOGY_PAGE_SIZE = 50;

/**
 * The chronology as a plain ordered list of links to events, paged: it follows the current event
 * unless the reader pages away. As the side panel's Event list (`closeOnChoose`), choosing an event
 * closes the list so the event's card shows, with focus on its title.
 */
export function ChronologyList({
  id = 'chronology',
  closeOnChoose = false,
}: {
  id?: string;
  closeOnChoose?: boolean;
}) {
  const language = useStoryStore((s) => s.language);
  const events = useStoryStore((s) => s.story?.events);
  const currentIndex = useStoryStore((s) => s.currentIndex);
  const total = events?.length ?? 0;
  const currentPage = chronologyPage(currentIndex, total, CHRONOLOGY_PAGE_SIZE).page;
  const [browse, setBrowse] = useState<{ from: number; page: number } | null>(null);
  const choseRef = useRef(false);
  useEffect(() => {
    const chose = choseRef;
    return () => {
      if (chose.current) document.getElementById('event-title')?.focus({ preventScroll: true });
    };
  }, []);
  // Paging away holds until the current event moves to another page.
  const page = browse && browse.from === currentPage ? browse.page : currentPage;
  const { start, end, pageCount } = chronologyPage(page * CHRONOLOGY_PAGE_SIZE, total, CHRONOLOGY_PAGE_SIZE);
  if (!events) return null;
  const { goToIndex, pause, toggleList } = getStoryStore().getState();
  return (
    <section id={id} className="chronology" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t(language, 'chronologyList')}</h2>
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
                  if (!closeOnChoose) return;
                  choseRef.current = true;
                  toggleList();
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
