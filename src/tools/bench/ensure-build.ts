/**
 * Builds the site when the build is missing or older than its inputs (app sources, story data,
 * package.json), so `npm run bench` works on a fresh clone and measures what the sources say.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoPath } from './repo-path.ts';

const INPUTS = ['src', 'geo/articles', 'public', 'package.json', 'vite.config.ts'];
const INPUT_FILES_IN_GEO = /^(?:places|events|basemap)\.geojson$|^articles\.json$/;
// Node-only code never reaches the site, so editing it does not make the build stale.
const IGNORED = new Set([repoPath('src/tools'), repoPath('src/pipeline'), repoPath('src/node_modules')]);

function newestMtimeMs(path: string): number {
  if (!existsSync(path) || IGNORED.has(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtimeMs(join(path, name))), 0);
}

/** The newest modification time among the site's inputs. */
export function newestInputMtimeMs(): number {
  const geoFiles = readdirSync(repoPath('geo'))
    .filter((name) => INPUT_FILES_IN_GEO.test(name))
    .map((name) => newestMtimeMs(repoPath(`geo/${name}`)));
  return Math.max(...INPUTS.map((input) => newestMtimeMs(repoPath(input))), ...geoFiles);
}

/** Runs `vite build` into `distDir` unless an up-to-date build is there; says which on stderr. */
export function ensureBuilt(distDir: string, log: (line: string) => void): void {
  const index = join(distDir, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newestInputMtimeMs()) {
    log(`build: ${distDir} is up to date`);
    return;
  }
  log(`build: vite build → ${distDir}`);
  const result = spawnSync(
    process.execPath,
    [repoPath('node_modules/vite/bin/vite.js'), 'build', '--outDir', distDir, '--emptyOutDir'],
    { cwd: repoPath(''), encoding: 'utf8' },
  );
  if (result.status !== 0)
    throw new Error(`vite build failed (exit ${result.status}):\n${result.stderr || result.stdout}`);
}
