/**
 * Writing several files so that readers never see a half-written one: every file is first written
 * in full to a temporary file beside its target (same directory, hence same file system), and only
 * when all of them are written are they renamed into place, in the order given; rename is atomic on
 * POSIX. A set of renames is not atomic as a whole: a writer that must be read as one generation
 * puts a manifest last (see src/data/build-generation.ts), so a reader can tell a mixed set.
 *
 * Temporary files are named `.<name>.<pid>.tmp`. Those of a process that died (a kill between
 * write and rename) are removed by {@link removeStaleTemporaries}; those of a running process are
 * left alone, so two concurrent writers do not break each other.
 */
import { readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface FileToWrite {
  path: string;
  content: string;
}

/** The file-system calls used, replaceable in tests to simulate a failure at any step. */
export interface WriteOps {
  writeFile(path: string, content: string): void;
  rename(from: string, to: string): void;
  remove(path: string): void;
}

const NODE_OPS: WriteOps = {
  writeFile: (path, content) => writeFileSync(path, content, 'utf8'),
  rename: (from, to) => renameSync(from, to),
  remove: (path) => rmSync(path, { force: true }),
};

const TEMPORARY_NAME = /^\.(.+)\.(\d+)\.tmp$/;

/** @example temporaryPathFor('geo/places.geojson', 42) // 'geo/.places.geojson.42.tmp' */
export function temporaryPathFor(path: string, pid: number = process.pid): string {
  return join(dirname(path), `.${basename(path)}.${pid}.tmp`);
}

/**
 * @example writeFilesAtomically([{ path: 'geo/places.geojson', content: '{…}\n' }])
 */
export function writeFilesAtomically(files: readonly FileToWrite[], ops: WriteOps = NODE_OPS): void {
  const staged: { temporary: string; target: string }[] = [];
  let renamed = 0;
  try {
    for (const file of files) {
      const temporary = temporaryPathFor(file.path);
      staged.push({ temporary, target: file.path });
      ops.writeFile(temporary, file.content);
    }
    for (const { temporary, target } of staged) {
      ops.rename(temporary, target);
      renamed += 1;
    }
  } finally {
    // On any failure, no temporary file of ours stays behind (the targets renamed so far stay).
    for (const { temporary } of staged.slice(renamed)) ops.remove(temporary);
  }
}

/**
 * Removes `.<name>.<pid>.tmp` files in `dir` left by processes that no longer run, for the given
 * target names; returns the names removed.
 * @example removeStaleTemporaries('geo', ['places.geojson']) // ['.places.geojson.4242.tmp']
 */
export function removeStaleTemporaries(
  dir: string,
  targetNames: readonly string[],
  isRunning: (pid: number) => boolean = processIsRunning,
): string[] {
  const removed: string[] = [];
  for (const name of readdirSync(dir)) {
    const match = TEMPORARY_NAME.exec(name);
    if (match === null || !targetNames.includes(match[1]!)) continue;
    const pid = Number(match[2]);
    if (pid === process.pid || isRunning(pid)) continue;
    rmSync(join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}

function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One file written atomically: a failed write (disk full, a size limit, a kill) leaves the old file
 * as it was, never truncated.
 * @example writeFileAtomically('out.json', '{}\n')
 */
export function writeFileAtomically(path: string, content: string): void {
  writeFilesAtomically([{ path, content }]);
}
