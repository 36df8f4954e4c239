/** `geo:build` and `geo:check` as a function: exit code and messages out, no process globals. */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import {
  BUILD_MANIFEST_FILE,
  buildManifest,
  filesNotInGeneration,
  parseManifest,
  serialiseManifest,
} from '../../data/build-generation.ts';
import { removeStaleTemporaries, writeFilesAtomically, type WriteOps } from '../fs/atomic-write.ts';
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
  /** Only for tests: the file-system calls of the final write, to simulate a failure or a kill. */
  writeOps?: WriteOps;
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
  try {
    return runBuildIn(geoDir, label, options);
  } catch (error) {
    // Every known problem is a message naming its file; reaching this is a bug. Still one line,
    // never a stack trace, and nothing was written (writes happen only at the very end).
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return {
      exitCode: 1,
      stdout: '',
      stderr: `${label}: geo:build failed unexpectedly (${reason.split('\n')[0]}); this is a bug in geo:build, please report it with the input that caused it.\n`,
    };
  }
}

function runBuildIn(geoDir: string, label: string, options: RunBuildOptions): RunBuildResult {
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

  // The manifest is written last: until it is renamed into place, the set on disk is the old one
  // or visibly mixed (a file whose hash is not the manifest's).
  const files = [
    ...OUTPUT_FILES.map((file) => ({ name: file, content: result.outputs[file] })),
    { name: BUILD_MANIFEST_FILE, content: serialiseManifest(buildManifest(result.outputs)) },
  ];

  if (options.check) {
    const stale = files.filter(({ name, content }) => {
      const path = join(geoDir, name);
      return !existsSync(path) || !readFileSync(path).equals(Buffer.from(content, 'utf8'));
    });
    if (stale.length > 0) {
      const names = stale.map(({ name }) => displayPath(label, name)).join(', ');
      const mixed = mixedGenerationOnDisk(geoDir, label);
      messages.push(
        `geo:check: ${names} ${stale.length === 1 ? 'is' : 'are'} stale or missing; run \`npm run geo:build\` and commit the result.${mixed}`,
      );
      return { exitCode: 1, stdout: '', stderr: lines(messages) };
    }
    return { exitCode: 0, stdout: `geo:check: up to date (${counts}; ${sizes})\n`, stderr: lines(messages) };
  }

  const removed = removeStaleTemporaries(
    geoDir,
    files.map(({ name }) => name),
  );
  if (removed.length > 0) {
    messages.push(`geo:build: removed ${removed.length} temporary file(s) left by an interrupted build`);
  }
  writeFilesAtomically(
    files.map(({ name, content }) => ({ path: join(geoDir, name), content })),
    options.writeOps,
  );
  return { exitCode: 0, stdout: `geo:build: wrote ${counts}; ${sizes}\n`, stderr: lines(messages) };
}

/** ` (… are not of one build: …)` when the files on disk disagree with the manifest on disk. */
function mixedGenerationOnDisk(geoDir: string, label: string): string {
  const manifestPath = join(geoDir, BUILD_MANIFEST_FILE);
  if (!existsSync(manifestPath)) return '';
  let manifest;
  try {
    manifest = parseManifest(JSON.parse(readFileSync(manifestPath, 'utf8')));
  } catch {
    return '';
  }
  if (manifest === undefined) return '';
  const texts: Record<string, string> = {};
  for (const file of OUTPUT_FILES) {
    const path = join(geoDir, file);
    if (existsSync(path)) texts[file] = readFileSync(path, 'utf8');
  }
  const foreign = filesNotInGeneration(manifest, texts);
  if (foreign.length === 0) return '';
  const names = foreign.map((file) => displayPath(label, file)).join(', ');
  return ` The outputs of two builds are mixed (an interrupted build?): ${names} ${foreign.length === 1 ? 'is' : 'are'} not of the build recorded in ${displayPath(label, BUILD_MANIFEST_FILE)}.`;
}

function labelFor(geoDir: string, cwd: string): string {
  const relativePath = relative(cwd, geoDir);
  if (relativePath === '') return '.';
  return relativePath.startsWith('..') || isAbsolute(relativePath) ? geoDir : relativePath;
}

function lines(messages: readonly string[]): string {
  return messages.length === 0 ? '' : `${messages.join('\n')}\n`;
}
