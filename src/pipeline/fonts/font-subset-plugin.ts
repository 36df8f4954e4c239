/**
 * The page's webfont, subset at build time: a Vite plugin that collects the text the page can show
 * (font-text.ts), subsets Noto Sans Arabic to it (subset-fonts.ts) and gives the app
 *
 * - `virtual:qanat-fonts.css`: the @font-face rules (family 'Noto Sans Arabic', 400 and 700,
 *   woff2 only, font-display: swap, honest unicode-ranges), imported by src/main.tsx;
 * - `virtual:qanat-fonts`: the same files' URLs and ranges, for the map's `font-faces`
 *   (src/map/font-faces.ts).
 *
 * The files are written to .cache/fonts/ under a hash of their inputs (the text and the
 * source fonts), so the CSS and the imports are ordinary files for Vite: hashed into dist/assets/
 * by a build (and precached by the service worker), served by the dev server. Same inputs, same
 * bytes. The dev server computes them when it starts: restart `npm start` after changing the data.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { codePointsOf, collectFontText } from './font-text.ts';
import {
  FONT_WEIGHTS,
  fontFaceCss,
  fontsourceFile,
  fontsourceFilesDir,
  subsetFonts,
  type SubsetFace,
} from './subset-fonts.ts';

const CSS_ID = 'virtual:qanat-fonts.css';
const FACES_ID = 'virtual:qanat-fonts';
const RESOLVED_FACES_ID = `\0${FACES_ID}`;
const CSS_FILE = 'fonts.css';
const FACES_FILE = 'faces.json';
/** Bump when the way files are made changes, so a cached folder of an older way is not reused. */
const FORMAT = 'qanat-fonts 1';

/** The subsetter's versions: a new HarfBuzz may cut different bytes, so it makes a new folder. */
function toolVersions(): string {
  const require = createRequire(import.meta.url);
  const packageJson = (entry: string, up: string): string =>
    join(dirname(require.resolve(entry)), up, 'package.json');
  return [packageJson('subset-font', '.'), packageJson('harfbuzzjs', '..')]
    .map((path) => (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version)
    .join(' ');
}

interface FontFiles {
  dir: string;
  faces: { fileName: string; weight: number; unicodeRange: string[] }[];
}

function writeAtomically(path: string, content: string | Uint8Array): void {
  const temporary = `${path}.${String(process.pid)}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}

/** Makes (or finds in the cache) the subset files for the repository's current text. */
export async function fontFiles(repoRoot: string, cacheDir: string): Promise<FontFiles> {
  const codePoints = codePointsOf(collectFontText(repoRoot));
  const filesDir = fontsourceFilesDir();
  const hash = createHash('sha256')
    .update(`${FORMAT} ${toolVersions()}`)
    .update(String.fromCodePoint(...codePoints));
  for (const weight of FONT_WEIGHTS) {
    for (const subset of ['arabic', 'latin', 'latin-ext'] as const) {
      hash.update(readFileSync(fontsourceFile(subset, weight, filesDir)));
    }
  }
  const dir = join(cacheDir, 'fonts', hash.digest('hex').slice(0, 16));
  const facesPath = join(dir, FACES_FILE);
  if (existsSync(facesPath))
    return { dir, faces: JSON.parse(readFileSync(facesPath, 'utf8')) as FontFiles['faces'] };

  const { faces } = await subsetFonts(codePoints, filesDir);
  mkdirSync(dir, { recursive: true });
  for (const face of faces) writeAtomically(join(dir, face.fileName), face.woff2);
  writeAtomically(
    join(dir, CSS_FILE),
    fontFaceCss(faces, (face: SubsetFace) => `./${face.fileName}`),
  );
  const listed = faces.map(({ fileName, weight, unicodeRange }) => ({ fileName, weight, unicodeRange }));
  // Written last: its presence says the folder is complete.
  writeAtomically(facesPath, `${JSON.stringify(listed, null, 2)}\n`);
  return { dir, faces: listed };
}

/**
 * The plugin; the files go to `.cache/fonts/` of the repository (ignored by git, inside the folder
 * the dev server may serve, and outside node_modules/, which Vitest would hand to Node unbuilt).
 */
export function fontSubsetPlugin(repoRoot: string): Plugin {
  let files: Promise<FontFiles> | undefined;
  const made = (): Promise<FontFiles> => (files ??= fontFiles(repoRoot, join(repoRoot, '.cache')));
  return {
    name: 'qanat-font-subset',
    async resolveId(id) {
      if (id === CSS_ID) return join((await made()).dir, CSS_FILE);
      if (id === FACES_ID) return RESOLVED_FACES_ID;
      return undefined;
    },
    async load(id) {
      if (id !== RESOLVED_FACES_ID) return undefined;
      const { dir, faces } = await made();
      const imports = faces.map(
        (face, index) =>
          `import f${String(index)} from ${JSON.stringify(`${join(dir, face.fileName)}?url`)};`,
      );
      const list = faces.map(
        (face, index) =>
          `{ url: f${String(index)}, weight: ${String(face.weight)}, unicodeRange: ${JSON.stringify(face.unicodeRange)} }`,
      );
      return `${imports.join('\n')}\nexport const FONT_FILES = [\n  ${list.join(',\n  ')},\n];\n`;
    },
  };
}
