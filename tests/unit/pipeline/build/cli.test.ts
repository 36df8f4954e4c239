/** The real command, as `npm run geo:build` runs it: a child process, its exit code and stderr. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChronologyEntry } from '../../../../src/data/schema.ts';
import { copyFixtureGeoDir, PREVIOUS_OUTPUT, REPO_ROOT, type TempGeoDir } from './fixture-geo-dir.ts';

const CLI = join(REPO_ROOT, 'src/pipeline/build/cli.ts');
const TSX_LOADER = pathToFileURL(join(REPO_ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
// Each run loads TypeScript and Turf in a fresh process: seconds on a busy two-core machine.
const SPAWN_TIMEOUT_MS = 60_000;

let dir: TempGeoDir;
beforeEach(() => {
  dir = copyFixtureGeoDir();
});
afterEach(() => dir.dispose());

function runCli(...args: string[]) {
  // `node --import tsx` is what the tsx binary does, minus its extra watcher process.
  const child = spawnSync(process.execPath, ['--import', TSX_LOADER, CLI, '--geo-dir', 'geo', ...args], {
    cwd: dir.root,
    encoding: 'utf8',
  });
  return { exitCode: child.status, stdout: child.stdout, stderr: child.stderr };
}

describe('src/pipeline/build/cli.ts', { timeout: SPAWN_TIMEOUT_MS }, () => {
  it('exits 1 on a bad date, names file, entry and field, and keeps the old outputs', () => {
    dir.seedOutputs();
    dir.editJson<ChronologyEntry[]>('chronology.json', (entries) => {
      const event = entries.find((entry) => entry.id === 'treaty-expired');
      if (event) event.date.start = '2025-02-30';
    });
    const result = runCli();
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(
      'geo/chronology.json: entry "treaty-expired" field date.start: must be a real calendar date written YYYY-MM-DD (got "2025-02-30")',
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
    for (const content of Object.values(dir.outputs())) expect(content).toBe(PREVIOUS_OUTPUT);
  });

  it('builds, then --check agrees, with a one-line summary each', () => {
    const built = runCli();
    expect(built.exitCode).toBe(0);
    expect(built.stdout).toMatch(/^geo:build: wrote 9 places, 4 events, 4 excerpts; .*\n$/);
    const checked = runCli('--check');
    expect(checked.exitCode).toBe(0);
    expect(checked.stdout).toMatch(/^geo:check: up to date/);
  });

  it('exits 1 with the usage on an unknown option', () => {
    const result = runCli('--chekc');
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('usage: tsx src/pipeline/build/cli.ts [--check] [--geo-dir DIR]');
  });
});

describe(
  'src/pipeline/build/cli.ts on files that are not regular files',
  { timeout: SPAWN_TIMEOUT_MS },
  () => {
    it('refuses a named pipe called like an article at once instead of hanging on it', () => {
      const fifo = join(dir.geoDir, 'articles', 'zzz.txt');
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      dir.seedOutputs();
      // A hang shows up as a spawn timeout (status null), not as a hung test run.
      const child = spawnSync(process.execPath, ['--import', TSX_LOADER, CLI, '--geo-dir', 'geo'], {
        cwd: dir.root,
        encoding: 'utf8',
        timeout: SPAWN_TIMEOUT_MS / 2,
      });
      expect(child.status).toBe(1);
      expect(child.stderr).toContain('geo/articles/zzz.txt: is a named pipe (FIFO), not a regular file');
      expect(child.stderr).not.toMatch(/\n\s+at /);
      for (const content of Object.values(dir.outputs())) expect(content).toBe(PREVIOUS_OUTPUT);
    });
  },
);
