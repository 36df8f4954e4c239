/**
 * The gzip size of maplibre-gl's main chunk as this repository's bundler emits it when nothing else
 * shares the chunk, importing the same names src/map/ imports (maplibre-gl tree-shakes a little).
 * The size budgets subtract it from a chunk that mixes maplibre-gl with app code, so the app's own
 * bytes are counted whichever way the app imports the library. Cached in .cache/ by maplibre-gl and
 * vite versions and the imported names (a build takes a few seconds).
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { gzipBytes, isMaplibreCode } from './bundle-sizes.ts';
import { repoPath } from './repo-path.ts';

const CACHE_DIR = repoPath('.cache/bench');

async function packageVersion(name: string): Promise<string> {
  const manifest = JSON.parse(await readFile(repoPath(`node_modules/${name}/package.json`), 'utf8')) as {
    version?: string;
  };
  return manifest.version ?? 'unknown';
}

/** `'*'` when some file imports the namespace, otherwise the sorted value names imported. */
export function maplibreImports(sources: readonly string[]): '*' | string[] {
  const names = new Set<string>();
  for (const source of sources) {
    for (const match of source.matchAll(/import\s+(type\s+)?([^;]*?)\s+from\s+['"]maplibre-gl['"]/g)) {
      if (match[1] !== undefined) continue;
      const clause = match[2] ?? '';
      if (clause.includes('*')) return '*';
      const named = /\{([^}]*)\}/.exec(clause)?.[1] ?? '';
      for (const part of named.split(',')) {
        const name = part.trim();
        if (name === '' || name.startsWith('type ')) continue;
        names.add(name.split(/\s+as\s+/)[0] ?? name);
      }
    }
  }
  return [...names].sort();
}

async function mapSources(): Promise<string[]> {
  const dir = repoPath('src/map');
  let entries: string[];
  try {
    entries = await readdir(dir, { recursive: true });
  } catch {
    return [];
  }
  const files = entries.filter((entry) => /\.tsx?$/.test(entry)).sort();
  return Promise.all(files.map((file) => readFile(join(dir, file), 'utf8')));
}

async function buildReference(workDir: string, imports: '*' | string[]): Promise<number> {
  await mkdir(workDir, { recursive: true });
  await writeFile(
    join(workDir, 'index.html'),
    '<!doctype html><html><body><script type="module" src="./main.js"></script></body></html>\n',
  );
  // Keep alive what the app imports (everything for a namespace import), so tree-shaking matches.
  const kept =
    imports === '*' || imports.length === 0
      ? 'library'
      : `[${imports.map((name) => `library.${name}`).join(', ')}]`;
  await writeFile(
    join(workDir, 'main.js'),
    `import('maplibre-gl').then((library) => { window.maplibre = ${kept}; });\n`,
  );
  const output = (await build({
    root: workDir,
    configFile: false,
    logLevel: 'silent',
    build: { write: false, target: 'es2022', modulePreload: false },
  })) as Rolldown.RolldownOutput;
  const chunk = output.output.find((item) => item.type === 'chunk' && isMaplibreCode(item.code));
  if (chunk === undefined || chunk.type !== 'chunk') {
    throw new Error('maplibre-reference: the reference build produced no chunk containing maplibre-gl');
  }
  return gzipBytes(chunk.code);
}

/** The reference size in gzip bytes, from the cache when the versions match. */
export async function maplibreReferenceGzipBytes(): Promise<number> {
  const imports = maplibreImports(await mapSources());
  const names = imports === '*' ? '*' : imports.join(',');
  const key = `maplibre-gl@${await packageVersion('maplibre-gl')}+vite@${await packageVersion('vite')}:${names}`;
  const cacheFile = join(CACHE_DIR, 'maplibre-reference.json');
  try {
    const cached = JSON.parse(await readFile(cacheFile, 'utf8')) as { key?: string; gzipBytes?: number };
    if (cached.key === key && typeof cached.gzipBytes === 'number') return cached.gzipBytes;
  } catch {
    // No cache yet: build it below.
  }
  const size = await buildReference(join(CACHE_DIR, 'maplibre-reference'), imports);
  await writeFile(cacheFile, `${JSON.stringify({ key, gzipBytes: size })}\n`);
  return size;
}
