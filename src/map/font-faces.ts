import arabicFontUrl from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';
import latinFontUrl from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-latin-400-normal.woff2?url';
import type { FontFacesSpecification } from 'maplibre-gl';

/** The font name the map's label layers ask for; `font-faces` maps it to our shipped webfont. */
export const MAP_FONT = 'Noto Sans Arabic Regular';

/**
 * The style's `font-faces`: the Arabic and Latin subsets of Noto Sans Arabic, the same files the
 * page's CSS uses, so map labels never depend on what fonts the reader's system has.
 */
export function mapFontFaces(baseUrl: string): FontFacesSpecification {
  return {
    [MAP_FONT]: [
      {
        url: new URL(arabicFontUrl, baseUrl).href,
        'unicode-range': [
          'U+0600-06FF',
          'U+0750-077F',
          'U+0870-08FF',
          'U+200C-200E',
          'U+FB50-FDFF',
          'U+FE70-FEFC',
        ],
      },
      {
        url: new URL(latinFontUrl, baseUrl).href,
        'unicode-range': ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+2000-206F', 'U+20AC'],
      },
    ],
  };
}
