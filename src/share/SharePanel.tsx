import { useRef, useState } from 'react';
import { t, type MessageKey } from '../i18n/i18n.ts';
import { selectCurrentEvent } from '../store/selectors.ts';
import { useStoryStore } from '../store/story-store.ts';
import { copyText } from './download.ts';
import { filtersToUrl } from '../store/url-state.ts';
import { embedSnippet, viewLink } from './share-links.ts';

/**
 * The Share menu's panel: a link to the current event (and the open place's panel) in the interface
 * language, and the <iframe> snippet that embeds the same view on another site (`embed=1`: no
 * header, no introduction).
 */
export function SharePanel() {
  const language = useStoryStore((s) => s.language);
  const event = useStoryStore(selectCurrentEvent);
  const dataset = useStoryStore((s) => s.dataset);
  const filters = useStoryStore((s) => s.filters);
  const openPlaceId = useStoryStore((s) => s.openPlaceId);
  const linkRef = useRef<HTMLInputElement>(null);
  const snippetRef = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState<MessageKey | null>(null);
  // What the reader is looking at: the event, and the place's panel when one is open.
  const view = {
    event: event?.id ?? null,
    place: openPlaceId,
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
    <>
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
    </>
  );
}
