import { useEffect, useRef } from 'react';
import { t } from '../i18n/i18n.ts';
import { getStoryStore, useStoryStore } from '../store/story-store.ts';
import { SourcesList } from './SourcesList.tsx';

/** The Sources view: a dialog listing every article the story is told from (header button, citations). */
export function SourcesDialog() {
  const language = useStoryStore((s) => s.language);
  const story = useStoryStore((s) => s.story);
  const open = useStoryStore((s) => s.sources !== null);
  const highlight = useStoryStore((s) => s.sources);
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const close = (): void => getStoryStore().getState().closeSources();
  return (
    <dialog ref={dialogRef} className="reader sources-dialog" aria-labelledby="sources-title" onClose={close}>
      <header className="reader__header">
        <h2 id="sources-title">{t(language, 'sources')}</h2>
        <button
          type="button"
          className="icon-button"
          onClick={close}
          aria-label={t(language, 'closeSources')}
        >
          ×
        </button>
      </header>
      {story && open && (
        <div className="sources-dialog__body">
          <p className="muted">{t(language, 'sourcesLead', { n: story.articles.length })}</p>
          <SourcesList story={story} language={language} highlight={highlight || null} onRead={close} />
        </div>
      )}
    </dialog>
  );
}
