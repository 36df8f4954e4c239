import { useEffect, useRef } from 'react';
import { getStoryStore, useStoryStore } from '../store/story-store.ts';
import { t } from '../i18n/i18n.ts';
import { switchLanguage } from './switch-language.ts';

/**
 * The story's front door: what this is, where it comes from, and two ways in (the tour, or free
 * exploration). Opens on a visit without an event in the URL and from the header's About button.
 */
export function IntroDialog() {
  const language = useStoryStore((s) => s.language);
  const open = useStoryStore((s) => s.introOpen);
  const ready = useStoryStore((s) => s.status === 'ready');
  const dialogRef = useRef<HTMLDialogElement>(null);
  const playRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      playRef.current?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const { setIntroOpen, startTour, openSources } = getStoryStore().getState();
  const other = language === 'ar' ? 'en' : 'ar';
  return (
    <dialog
      ref={dialogRef}
      className="intro"
      aria-labelledby="intro-title"
      onClose={() => setIntroOpen(false)}
    >
      <div className="intro__top">
        <p className="intro__kicker" lang={other === 'ar' ? 'ar' : 'en'}>
          {t(language, 'appTitleOther')}
        </p>
        <button type="button" className="button" lang={other} onClick={() => switchLanguage(other)}>
          {t(language, 'switchLanguage')}
        </button>
      </div>
      <h2 id="intro-title">
        {t(language, 'appTitle')} · {t(language, 'appSubtitle')}
      </h2>
      <p className="intro__lead">{t(language, 'introLead')}</p>
      <p>{t(language, 'introSources')}</p>
      {/* The header's Sources button is for wide screens; on a phone this is the way to them. */}
      <p>
        <button
          type="button"
          className="link-button"
          disabled={!ready}
          onClick={() => {
            setIntroOpen(false);
            openSources();
          }}
        >
          {t(language, 'introSourcesLink')}
        </button>
      </p>
      <p className="muted">{t(language, 'introHow')}</p>
      <div className="intro__actions">
        <button
          ref={playRef}
          type="button"
          className="button button--primary button--large"
          disabled={!ready}
          onClick={startTour}
        >
          <span aria-hidden="true">▶</span> {t(language, 'playTheTour')}
        </button>
        <button type="button" className="button button--large" onClick={() => setIntroOpen(false)}>
          {t(language, 'exploreMap')}
        </button>
      </div>
    </dialog>
  );
}
