/**
 * Links to a view of the story and the <iframe> snippet that embeds it: pure functions of the page's
 * address and the view, so they are tested without a browser.
 */
import { serialiseUrlState, type UrlState } from '../store/url-state.ts';

/**
 * The view a link points at: an event in a language, with the reader's filters and the place whose
 * panel is open, if any.
 */
export type SharedView = Partial<UrlState>;

/** The query parameter and value that show the page without its header, for other sites' iframes. */
export const EMBED_PARAM = 'embed';

/**
 * The address of a view, on the page's own origin and path; other parameters of the current
 * address are dropped, so a link carries only the view.
 * @example viewLink('https://x.org/qanat/?event=a', { event: 'b', lang: 'ar', dataset: null }) // 'https://x.org/qanat/?event=b&lang=ar'
 */
export function viewLink(pageUrl: string, view: SharedView, options: { embed?: boolean } = {}): string {
  const url = new URL(pageUrl);
  const search = serialiseUrlState(view);
  const params = new URLSearchParams(search);
  if (options.embed) params.set(EMBED_PARAM, '1');
  const query = params.toString();
  return `${url.origin}${url.pathname}${query === '' ? '' : `?${query}`}`;
}

/** Escapes text for an HTML attribute value in double quotes. */
export function escapeHtmlAttribute(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/**
 * The HTML another site pastes to embed the view: an <iframe> of the embed page (no header), titled
 * for screen readers, full width, allowed to go full screen. Every value is escaped.
 * @example embedSnippet('https://x.org/?event=a&lang=en&embed=1', 'Qanat: A', 'en')
 * // '<iframe src="https://x.org/?event=a&amp;lang=en&amp;embed=1" title="Qanat: A" lang="en" …></iframe>'
 */
export function embedSnippet(embedUrl: string, title: string, language: 'ar' | 'en'): string {
  return (
    `<iframe src="${escapeHtmlAttribute(embedUrl)}" title="${escapeHtmlAttribute(title)}" ` +
    `lang="${language}" width="100%" height="640" style="border:0" loading="lazy" ` +
    `allow="fullscreen" allowfullscreen></iframe>`
  );
}
