import { Suspense, useEffect, useState } from 'react';
import { FiltersMenu } from '../search/FiltersMenu.tsx';
import { ExportMenu } from '../share/ExportMenu.tsx';
import { ShareMenu } from '../share/ShareMenu.tsx';
import { getStoryStore, useStoryStore } from '../store/story-store.ts';
import { t } from '../i18n/i18n.ts';
import { SearchBox, useFirstViewDone } from './later-parts.tsx';
import { switchLanguage } from './switch-language.ts';

/**
 * `/` anywhere but in a field focuses the search, as on most sites with one; pressed before the
 * search is on the page (it comes with the first view drawn), it brings it at once. True once asked.
 */
function useSearchShortcut(): boolean {
  const [asked, setAsked] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const target = event.target instanceof HTMLElement ? event.target : null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
      if (event.key !== '/' || typing || event.ctrlKey || event.metaKey || event.altKey) return;
      event.preventDefault();
      const input = document.querySelector<HTMLInputElement>('.search__input');
      if (input) input.focus();
      else setAsked(true);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return asked;
}

/** Title, language toggle, tour controls and the chronology-list toggle. */
export function Header() {
  const language = useStoryStore((s) => s.language);
  const isPlaying = useStoryStore((s) => s.isPlaying);
  const listOpen = useStoryStore((s) => s.listOpen);
  const ready = useStoryStore((s) => s.status === 'ready');
  const legendOpen = useStoryStore((s) => s.legendOpen);
  const firstViewDone = useFirstViewDone();
  const searchAsked = useSearchShortcut();
  const { togglePlay, toggleList, toggleLegend, setIntroOpen, openSources } = getStoryStore().getState();
  const other = language === 'ar' ? 'en' : 'ar';
  return (
    <header className="app-header">
      <div className="app-header__title">
        <h1>{t(language, 'appTitle')}</h1>
        <p className="app-header__subtitle">{t(language, 'appSubtitle')}</p>
      </div>
      {/* The search comes once the first view is drawn (behind the introduction it cannot be used
          yet); its place is kept so nothing moves when it arrives. */}
      {ready && (firstViewDone || searchAsked) ? (
        <Suspense fallback={<div className="search" />}>
          <SearchBox focusOnMount={searchAsked} />
        </Suspense>
      ) : (
        <div className="search" />
      )}
      <div className="app-header__controls">
        <button type="button" className="button button--primary" onClick={togglePlay} disabled={!ready}>
          <span aria-hidden="true">{isPlaying ? '❚❚' : '▶'}</span>{' '}
          <span className="wide-only">{t(language, isPlaying ? 'pauseTour' : 'playTour')}</span>
          <span className="narrow-only">{t(language, isPlaying ? 'tourPause' : 'tourPlay')}</span>
        </button>
        <button
          type="button"
          className="button"
          onClick={toggleLegend}
          aria-expanded={legendOpen}
          aria-controls="legend"
          aria-label={t(language, 'legend')}
          title={t(language, 'legend')}
          disabled={!ready}
        >
          <span className="wide-only">{t(language, 'legend')}</span>
          <svg className="narrow-only" width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
            <circle cx="4.5" cy="5" r="2.5" fill="currentColor" />
            <rect x="2" y="11" width="5" height="5" fill="none" stroke="currentColor" strokeWidth="1.5" />
            <path d="M10 5h6M10 13.5h6" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
        </button>
        {ready && <FiltersMenu />}
        <button type="button" className="button wide-only" onClick={() => openSources()} disabled={!ready}>
          {t(language, 'sources')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => setIntroOpen(true)}
          aria-label={t(language, 'about')}
          title={t(language, 'about')}
        >
          <span className="wide-only">{t(language, 'about')}</span>
          <svg className="narrow-only" width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
            <circle cx="9" cy="9" r="8" fill="none" stroke="currentColor" strokeWidth="1.6" />
            <circle cx="9" cy="5" r="1.2" fill="currentColor" />
            <path d="M9 8v6" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
        </button>
        <button
          type="button"
          className="button"
          onClick={toggleList}
          aria-expanded={listOpen}
          aria-controls="chronology"
          aria-label={t(language, 'chronologyList')}
          title={t(language, 'chronologyList')}
          disabled={!ready}
        >
          <span className="wide-only">{t(language, 'chronologyList')}</span>
          <svg className="narrow-only" width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
            <path d="M3 4h12M3 9h12M3 14h12" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
        </button>
        <ShareMenu />
        <ExportMenu />
      </div>
      <button
        type="button"
        className="button app-header__language"
        lang={other}
        onClick={() => switchLanguage(other)}
        title={t(language, 'switchLanguageLabel')}
      >
        {t(language, 'switchLanguage')}
      </button>
    </header>
  );
}
