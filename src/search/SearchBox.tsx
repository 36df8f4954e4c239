import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { formatDateWindow } from '../i18n/format-date.ts';
import { t } from '../i18n/i18n.ts';
import { selectAllDetailsLoaded } from '../store/selectors.ts';
import { getStoryStore, useStoryStore } from '../store/story-store.ts';
import type * as SearchIndexModule from './search-index.ts';
import type { SearchHit } from './search-index.ts';
import type { EventDetails } from '../data/schema.ts';
import { wholeDetailsFit } from '../data/story-split.ts';

/** The search engine (index, query, marking) loads when the box is first focused, not with the page. */
type SearchEngine = typeof SearchIndexModule;
import './search.css';

const SNIPPET_CONTEXT = 60;

/** Text with the given spans in <mark>, as React text nodes (never HTML). */
function Marked({ text, spans }: { text: string; spans: readonly [number, number][] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  spans.forEach(([start, end], i) => {
    if (start < at) return;
    parts.push(text.slice(at, start), <mark key={i}>{text.slice(start, end)}</mark>);
    at = end;
  });
  parts.push(text.slice(at));
  return <>{parts}</>;
}

/** A window of the snippet around its first match, so a long quote shows where it matched. */
function around(
  text: string,
  spans: readonly [number, number][],
): { text: string; spans: [number, number][] } {
  const first = spans[0];
  if (!first || text.length <= 2 * SNIPPET_CONTEXT) return { text, spans: [...spans] };
  const from = Math.max(0, first[0] - SNIPPET_CONTEXT);
  const to = Math.min(text.length, first[1] + SNIPPET_CONTEXT);
  const prefix = from > 0 ? '…' : '';
  const shift = prefix.length - from;
  return {
    text: `${prefix}${text.slice(from, to)}${to < text.length ? '…' : ''}`,
    spans: spans.filter(([s, e]) => s >= from && e <= to).map(([s, e]) => [s + shift, e + shift]),
  };
}

const NO_DETAILS: ReadonlyMap<string, EventDetails> = new Map();

/**
 * The header's search: a searchbox (`/` focuses it: src/app/Header.tsx) whose results, a listbox, name each event
 * (title, date, the words that matched) or place; choosing one goes there. The index is built on
 * the first search, not at load.
 */
export function SearchBox({ focusOnMount = false }: { focusOnMount?: boolean }) {
  const language = useStoryStore((s) => s.language);
  const story = useStoryStore((s) => s.story);
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const wanted = query.trim() !== '';
  // The index covers the whole story, so changing the filters does not rebuild it; they only
  // decide which events may be found.
  const fullStory = useStoryStore((s) => s.fullStory);
  // Summaries, notes and quotes come with the events' details, fetched when the box is focused;
  // a story too large for that is searched by its titles and places (docs/SCALE.md).
  const fullText = wholeDetailsFit(fullStory?.detailChunks ?? []);
  const loadedDetails = useStoryStore((s) => s.details);
  const searchedDetails = fullText ? loadedDetails : NO_DETAILS;
  const complete = useStoryStore(selectAllDetailsLoaded);
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  const index = useMemo(
    () =>
      engine && fullStory && wanted && (complete || !fullText)
        ? engine.buildSearchIndex(fullStory, searchedDetails)
        : null,
    [engine, fullStory, wanted, complete, fullText, searchedDetails],
  );
  const hits = useMemo(
    () =>
      engine && index && story
        ? engine.search(
            index,
            query,
            language,
            undefined,
            (entry) => entry.type === 'place' || story.eventIndexById.has(entry.id),
          )
        : [],
    [engine, index, story, query, language],
  );

  // Shown because the reader pressed `/` before the search was on the page: take the focus.
  useEffect(() => {
    if (focusOnMount) inputRef.current?.focus();
  }, [focusOnMount]);

  const choose = (hit: SearchHit): void => {
    const state = getStoryStore().getState();
    if (hit.type === 'place') state.openPlace(hit.id);
    else {
      state.pause();
      if (state.openPlaceId !== null) state.closePlace();
      if (state.listOpen) state.toggleList();
      state.goToEvent(hit.id);
    }
    // The query has done its job: an empty box says nothing is narrowing the story.
    setQuery('');
    setOpen(false);
  };

  const showList = open && wanted;
  const activeHit = showList ? hits[Math.min(active, hits.length - 1)] : undefined;
  return (
    <div className="search" role="search">
      <input
        ref={inputRef}
        type="search"
        role="searchbox"
        className="search__input"
        aria-label={t(language, 'search')}
        placeholder={t(language, 'searchPlaceholder')}
        value={query}
        aria-controls={showList && hits.length > 0 ? 'search-results' : undefined}
        aria-activedescendant={activeHit ? `search-hit-${activeHit.type}-${activeHit.id}` : undefined}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => {
          setOpen(true);
          if (fullText) getStoryStore().getState().wantAllDetails();
          if (!engine) void import('./search-index.ts').then(setEngine);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            const step = e.key === 'ArrowDown' ? 1 : -1;
            setActive((i) => (hits.length === 0 ? 0 : (i + step + hits.length) % hits.length));
          } else if (e.key === 'Enter' && activeHit) {
            e.preventDefault();
            choose(activeHit);
          } else if (e.key === 'Escape') {
            e.stopPropagation();
            setOpen(false);
          }
        }}
      />
      {showList && (
        <div className="search__results">
          {!fullText && <p className="search__empty">{t(language, 'searchTitlesOnly')}</p>}
          {index === null || engine === null ? (
            <p className="search__empty" role="status">
              {t(language, 'detailsLoading')}
            </p>
          ) : hits.length === 0 ? (
            <p className="search__empty" role="status">
              {t(language, 'searchNoMatch')}
            </p>
          ) : (
            <ul id="search-results" role="listbox" aria-label={t(language, 'searchResults')}>
              {hits.map((hit) => (
                <SearchResult
                  engine={engine}
                  key={`${hit.type}:${hit.id}`}
                  hit={hit}
                  query={query}
                  selected={hit === activeHit}
                  onChoose={() => choose(hit)}
                />
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

function SearchResult({
  engine,
  hit,
  query,
  selected,
  onChoose,
}: {
  engine: SearchEngine;
  hit: SearchHit;
  query: string;
  selected: boolean;
  onChoose: () => void;
}) {
  const language = useStoryStore((s) => s.language);
  const story = useStoryStore((s) => s.story);
  const event = hit.type === 'event' ? story?.events[story.eventIndexById.get(hit.id) ?? -1] : undefined;
  const place = hit.type === 'place' ? story?.placeById.get(hit.id) : undefined;
  const title = event?.properties.title[language] ?? place?.properties.name[language] ?? hit.id;
  const snippet = hit.snippet.kind === 'title' ? null : around(hit.snippet.text, hit.snippet.spans);
  return (
    <li
      id={`search-hit-${hit.type}-${hit.id}`}
      role="option"
      aria-selected={selected}
      className="search__hit"
      // Before the input's blur closes the list.
      onMouseDown={(e) => {
        e.preventDefault();
        onChoose();
      }}
    >
      <bdi className="search__title">
        <Marked text={title} spans={engine.queryMatchSpans(title, query)} />
      </bdi>{' '}
      <span className="search__meta">
        {event ? formatDateWindow(event.properties.date, language) : t(language, 'searchPlace')}
      </span>
      {snippet && (
        <bdi className="search__snippet">
          <Marked text={snippet.text} spans={snippet.spans} />
        </bdi>
      )}
    </li>
  );
}
