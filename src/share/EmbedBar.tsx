import { t, textDirection } from '../i18n/i18n.ts';
import { selectCurrentEvent } from '../store/selectors.ts';
import { useStoryStore } from '../store/story-store.ts';
import { filtersToUrl } from '../store/url-state.ts';
import { viewLink } from './share-links.ts';
import './share.css';

/**
 * What an embed shows instead of the page header: one slim line with the story's name and a link
 * that opens the full map at the same event in a new tab (an embed never navigates its host page).
 */
export function EmbedBar() {
  const language = useStoryStore((s) => s.language);
  const event = useStoryStore(selectCurrentEvent);
  const dataset = useStoryStore((s) => s.dataset);
  const filters = useStoryStore((s) => s.filters);
  const link = viewLink(window.location.href, {
    event: event?.id ?? null,
    lang: language,
    dataset: dataset === 'story' ? null : dataset,
    ...filtersToUrl(filters),
  });
  return (
    <div className="embed-bar">
      <span className="embed-bar__title">{t(language, 'appTitle')}</span>
      <a className="embed-bar__link" href={link} target="_blank" rel="noopener">
        {t(language, 'openFullMap')}{' '}
        <span aria-hidden="true">{textDirection(language) === 'rtl' ? '↖' : '↗'}</span>
      </a>
    </div>
  );
}
