import { getStoryStore, useStoryStore } from '../store/story-store.ts';
import { SPEEDS, type Speed } from '../store/types.ts';
import { t } from './i18n.ts';

/** Title, language toggle, tour controls and the chronology-list toggle. */
export function Header() {
  const language = useStoryStore((s) => s.language);
  const isPlaying = useStoryStore((s) => s.isPlaying);
  const speed = useStoryStore((s) => s.speed);
  const listOpen = useStoryStore((s) => s.listOpen);
  const ready = useStoryStore((s) => s.status === 'ready');
  const legendOpen = useStoryStore((s) => s.legendOpen);
  const { togglePlay, setSpeed, setLanguage, toggleList, toggleLegend, setIntroOpen } =
    getStoryStore().getState();
  const other = language === 'ar' ? 'en' : 'ar';
  return (
    <header className="app-header">
      <div className="app-header__title">
        <h1>{t(language, 'appTitle')}</h1>
        <p className="app-header__subtitle">{t(language, 'appSubtitle')}</p>
      </div>
      <div className="app-header__controls">
        <button type="button" className="button button--primary" onClick={togglePlay} disabled={!ready}>
          <span aria-hidden="true">{isPlaying ? '❚❚' : '▶'}</span>{' '}
          {t(language, isPlaying ? 'pauseTour' : 'playTour')}
        </button>
        <label className="speed">
          <span className="speed__label">{t(language, 'speed')}</span>
          <select value={speed} onChange={(e) => setSpeed(Number(e.target.value) as Speed)}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {new Intl.NumberFormat(language === 'ar' ? 'ar-u-nu-latn' : 'en').format(s)}×
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button"
          onClick={toggleLegend}
          aria-expanded={legendOpen}
          aria-controls="legend"
          disabled={!ready}
        >
          {t(language, 'legend')}
        </button>
        <button type="button" className="button" onClick={() => setIntroOpen(true)}>
          {t(language, 'about')}
        </button>
        <button
          type="button"
          className="button"
          onClick={toggleList}
          aria-expanded={listOpen}
          aria-controls="chronology"
          disabled={!ready}
        >
          <span className="wide-only">{t(language, listOpen ? 'hideList' : 'showList')}</span>
          <span className="narrow-only">{t(language, 'chronology')}</span>
        </button>
        <button
          type="button"
          className="button"
          lang={other}
          onClick={() => setLanguage(other)}
          title={t(language, 'switchLanguageLabel')}
        >
          {t(language, 'switchLanguage')}
        </button>
      </div>
    </header>
  );
}
