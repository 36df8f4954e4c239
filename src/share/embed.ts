import { parseEmbed } from '../store/url-state.ts';

/**
 * Whether this page was opened as an embed (`?embed=1`): read once, as the page starts; it holds for
 * the page's life (the store never writes it and the URL sync leaves it in place).
 */
export const IS_EMBED: boolean = typeof window !== 'undefined' && parseEmbed(window.location.search);
