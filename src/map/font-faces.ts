import type { FontFacesSpecification } from 'maplibre-gl';
import { FONT_FILES } from 'virtual:qanat-fonts';

/** The font name the map's label layers ask for; `font-faces` maps it to our shipped webfont. */
export const MAP_FONT = 'Noto Sans Arabic Regular';

/**
 * The style's `font-faces`: the regular weight's subset files of Noto Sans Arabic (Arabic, Latin),
 * the same files and unicode-ranges as the page's CSS, so map labels never depend on what fonts the
 * reader's system has. The files hold the characters the page and its data use (made at build time).
 */
export function mapFontFaces(baseUrl: string): FontFacesSpecification {
  return {
    [MAP_FONT]: FONT_FILES.filter((file) => file.weight === 400).map((file) => ({
      url: new URL(file.url, baseUrl).href,
      'unicode-range': [...file.unicodeRange],
    })),
  };
}
