/** `geo:build` and `geo:check` as a function: exit code and messages out, no process globals. */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { writeFilesAtomically } from '../fs/atomic-write.ts';
import { formatBuildError } from './build-error.ts';
import { buildOutputs } from './build-outputs.ts';
import { displayPath, OUTPUT_FILES } from './inputs.ts';
import { loadGeoDir } from './load-geo-dir.ts';

export interface RunBuildOptions {
  geoDir: string;
  /** Compare with the files on disk instead of writing. */
  check: boolean;
  /** Paths in messages are shown relative to this directory. */
  cwd: string;
}

export interface RunBuildResult {
  exitCode: 0 | 1;
  stdout: string;
  stderr: string;
}

/**
 * @example runBuild({ geoDir: 'geo', check: true, cwd: process.cwd() })
 * // { exitCode: 1, stdout: '', stderr: 'geo/places.geojson is stale …' }
 */
export function runBuild(options: RunBuildOptions): RunBuildResult {
  const geoDir = resolve(options.cwd, options.geoDir);
  const label = labelFor(geoDir, options.cwd);
  const result = buildOutputs(loadGeoDir(geoDir, label));
  const messages = result.problems.map(formatBuildError);
  if (!result.ok) {
    const count = result.problems.filter((problem) => problem.severity === 'error').length;
    messages.push(`geo:build: ${count} error${count === 1 ? '' : 's'}; nothing was written.`);
    return { exitCode: 1, stdout: '', stderr: lines(messages) };
  }

  const sizes = OUTPUT_FILES.map(
    (file) => `${file} ${Buffer.byteLength(result.outputs[file], 'utf8')} B`,
  ).join(', ');
  const { places, events, excerpts } = result.counts;
  const counts = `${places} places, ${events} events, ${excerpts} excerpts`;

  if (options.check) {
    const stale = OUTPUT_FILES.filter((file) => {
      const path = join(geoDir, file);
      return !existsSync(path) || !readFileSync(path).equals(Buffer.from(result.outputs[file], 'utf8'));
    });
    if (stale.length > 0) {
      const names = stale.map((file) => displayPath(label, file)).join(', ');
      messages.push(
        `geo:check: ${names} ${stale.length === 1 ? 'is' : 'are'} stale or missing; run \`npm run geo:build\` and commit the result.`,
      );
      return { exitCode: 1, stdout: '', stderr: lines(messages) };
    }
    return { exitCode: 0, stdout: `geo:check: up to date (${counts}; ${sizes})\n`, stderr: lines(messages) };
  }

  writeFilesAtomically(
    OUTPUT_FILES.map((file) => ({ path: join(geoDir, file), content: result.outputs[file] })),
  );
  return { exitCode: 0, stdout: `geo:build: wrote ${counts}; ${sizes}\n`, stderr: lines(messages) };
}

function labelFor(geoDir: string, cwd: string): string {
  const relativePath = relative(cwd, geoDir);
  if (relativePath === '') return '.';
  return relativePath.startsWith('..') || isAbsolute(relativePath) ? geoDir : relativePath;
}

function lines(messages: readonly string[]): string {
  return messages.length === 0 ? '' : `${messages.join('\n')}\n`;
}
