import { useRef, useState } from 'react';
import { t, type MessageKey } from '../i18n/i18n.ts';
import { selectCurrentEvent } from '../store/selectors.ts';
import { useStoryStore } from '../store/story-store.ts';
import { copyText } from './download.ts';
import { HeaderPopover } from './HeaderPopover.tsx';
import { filtersToUrl } from '../store/url-state.ts';
import { embedSnippet, viewLink } from './share-links.ts';
import './share.css';

function ShareIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
      <circle cx="13.5" cy="3.8" r="2.2" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <circle cx="4.5" cy="9" r="2.2" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <circle cx="13.5" cy="14.2" r="2.2" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <path d="m6.5 7.9 5-3M6.5 10.1l5 3" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}

/**
 * The Share menu: a link to the current event in the interface language, and the <iframe> snippet
 * that embeds the same view on another site (`embed=1`: no header, no introduction).
 */
export function ShareMenu() {
  const language = useStoryStore((s) => s.language);
  const event = useStoryStore(selectCurrentEvent);
  const dataset = useStoryStore((s) => s.dataset);
  const filters = useStoryStore((s) => s.filters);
  const linkRef = useRef<HTMLInputElement>(null);
  const snippetRef = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState<MessageKey | null>(null);
  const view = {
    event: event?.id ?? null,
    lang: language,
    dataset: dataset === 'story' ? null : dataset,
    ...filtersToUrl(filters),
  };
  const page = window.location.href;
  const link = viewLink(page, view);
  const title = event
    ? t(language, 'embedFrameTitle', { title: event.properties.title[language] })
    : t(language, 'appTitle');
  const snippet = embedSnippet(viewLink(page, view, { embed: true }), title, language);
  const copy = (text: string, field: HTMLInputElement | HTMLTextAreaElement | null): void => {
    setStatus(null);
    void copyText(text, field).then((result) => setStatus(result === 'copied' ? 'copied' : 'copyByHand'));
  };
  return (
    <HeaderPopover
      label={t(language, 'shareLabel')}
      wideText={t(language, 'share')}
      icon={<ShareIcon />}
      disabled={!event}
      onOpen={() => setStatus(null)}
    >
      <label className="share-popover__field">
        <span>{t(language, 'shareLink')}</span>
        <input
          ref={linkRef}
          type="url"
          readOnly
          dir="ltr"
          value={link}
          onFocus={(e) => e.currentTarget.select()}
        />
      </label>
      <button type="button" className="button" onClick={() => copy(link, linkRef.current)}>
        {t(language, 'copyLink')}
      </button>
      <label className="share-popover__field">
        <span>{t(language, 'embedCode')}</span>
        <textarea
          ref={snippetRef}
          readOnly
          dir="ltr"
          rows={4}
          value={snippet}
          spellCheck={false}
          onFocus={(e) => e.currentTarget.select()}
        />
      </label>
      <button type="button" className="button" onClick={() => copy(snippet, snippetRef.current)}>
        {t(language, 'copyEmbed')}
      </button>
      <p className="share-popover__status" role="status">
        {status ? t(language, status) : ''}
      </p>
    </HeaderPopover>
  );
}
