/** The process shell around runIngest: real files, real streams, an exit code, never a stack trace. */
import { closeSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { temporaryPathFor, writeFileAtomically } from '../fs/atomic-write.ts';
import { runIngest } from './ingest-command.ts';
import { worldProposer } from './proposals.ts';
import { StoryFileError, loadPlaceIndex, readArticles } from './story-files.ts';

/**
 * Writes the pieces to a temporary file beside `path`, then renames it into place, as
 * writeFileAtomically does for one string: a failed write (disk full, a size limit) leaves the old
 * file whole and no temporary file behind.
 */
function writeChunksAtomically(path: string, chunks: Iterable<string>): void {
  const temporary = temporaryPathFor(path);
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'w');
    // One buffer for all the pieces (a piece of n UTF-16 units is at most 3n bytes): no garbage
    // buffer per piece for the collector to find.
    let buffer = Buffer.allocUnsafe(1 << 16);
    for (const chunk of chunks) {
      if (chunk.length * 3 > buffer.length) buffer = Buffer.allocUnsafe(chunk.length * 3);
      const length = buffer.write(chunk, 'utf8');
      for (let written = 0; written < length;) written += writeSync(fd, buffer, written, length - written);
    }
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, path);
  } catch (error) {
    try {
      if (fd !== undefined) closeSync(fd);
    } finally {
      rmSync(temporary, { force: true });
    }
    throw error;
  }
}

function main(): number {
  try {
    return runIngest(process.argv.slice(2), {
      readBytes: (path) => readFileSync(path),
      // Temp file + rename beside the target: a failed write never leaves a truncated --out.
      writeFile: (path, text) => writeFileAtomically(path, text),
      writeChunks: (path, chunks) => writeChunksAtomically(path, chunks),
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      loadPlaceIndex: () => loadPlaceIndex(),
      proposer: () => worldProposer(),
      articles: () => {
        try {
          return readArticles();
        } catch {
          return [];
        }
      },
    });
  } catch (error) {
    const message =
      error instanceof StoryFileError ? error.message : `unexpected error: ${(error as Error).message}`;
    process.stderr.write(`ingest: ${message}\n`);
    return 1;
  }
}

process.exitCode = main();
