/**
 * Wall time of `npm run geo:build` as a person waits for it: a fresh Node process running the build
 * CLI through tsx (startup included; npm's own start-up excluded). The build is deterministic, so
 * running it rewrites geo/*.geojson byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { repoPath } from './repo-path.ts';

/** One `geo:build` run; throws with the command's output when it fails. */
export function measureGeoBuild(): { geoBuildMs: number } {
  const startMs = performance.now();
  const result = spawnSync(
    process.execPath,
    [repoPath('node_modules/tsx/dist/cli.mjs'), 'src/pipeline/build/cli.ts'],
    {
      cwd: repoPath(''),
      encoding: 'utf8',
    },
  );
  const geoBuildMs = performance.now() - startMs;
  if (result.status !== 0) {
    throw new Error(`geo:build failed (exit ${result.status}):\n${result.stderr || result.stdout}`);
  }
  return { geoBuildMs };
}
