import { FiltersMenu } from '../search/FiltersMenu.tsx';
import { SearchBox } from '../search/SearchBox.tsx';
import { ExportMenu } from '../share/ExportMenu.tsx';
import { ShareMenu } from '../share/ShareMenu.tsx';
import { getStoryStore, useStoryStore } from '../store/story-store.ts';
import { t } from '../i18n/i18n.ts';

/** Title, language toggle, tour controls and the chronology-list toggle. */
export function Header() {
  const language = useStoryStore((s) => s.language);
  const isPlaying = useStoryStore((s) => s.isPlaying);
  const listOpen = useStoryStore((s) => s.listOpen);
  const ready = useStoryStore((s) => s.status === 'ready');
  const legendOpen = useStoryStore((s) => s.legendOpen);
  const { togglePlay, setLanguage, toggleList, toggleLegend, setIntroOpen, openSources } =
    getStoryStore().getState();
  const other = language === 'ar' ? 'en' : 'ar';
  return (
    <header className="app-header">
      <div className="app-header__title">
        <h1>{t(language, 'appTitle')}</h1>
        <p className="app-header__subtitle">{t(language, 'appSubtitle')}</p>
      </div>
      {ready && <SearchBox />}
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
        onClick={() => setLanguage(other)}
        title={t(language, 'switchLanguageLabel')}
      >
        {t(language, 'switchLanguage')}
      </button>
    </header>
  );
}
