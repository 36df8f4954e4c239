/**
 * The subset webfont files, made by the build (src/pipeline/fonts/font-subset-plugin.ts): each
 * file's URL, weight and the characters it holds as CSS unicode-range parts.
 */
declare module 'virtual:qanat-fonts' {
  export const FONT_FILES: readonly { url: string; weight: number; unicodeRange: readonly string[] }[];
}
