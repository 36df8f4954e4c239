/**
 * Writing several files so that readers never see a half-written one: every file is first written
 * in full to a temporary file beside its target (same directory, hence same file system), and only
 * when all of them are written are they renamed into place; rename is atomic on POSIX.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface FileToWrite {
  path: string;
  content: string;
}

/**
 * @example writeFilesAtomically([{ path: 'geo/places.geojson', content: '{…}\n' }])
 */
export function writeFilesAtomically(files: readonly FileToWrite[]): void {
  const staged: { temporary: string; target: string }[] = [];
  try {
    for (const file of files) {
      const temporary = join(dirname(file.path), `.${basename(file.path)}.${process.pid}.tmp`);
      staged.push({ temporary, target: file.path });
      writeFileSync(temporary, file.content, 'utf8');
    }
  } catch (error) {
    for (const { temporary } of staged) rmSync(temporary, { force: true });
    throw error;
  }
  for (const { temporary, target } of staged) renameSync(temporary, target);
}
