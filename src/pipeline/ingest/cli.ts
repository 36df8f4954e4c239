/** The process shell around runIngest: real files, real streams, an exit code, never a stack trace. */
import { readFileSync } from 'node:fs';
import { writeFileAtomically } from '../fs/atomic-write.ts';
import { runIngest } from './ingest-command.ts';
import { worldProposer } from './proposals.ts';
import { StoryFileError, loadPlaceIndex, readArticles } from './story-files.ts';

function main(): number {
  try {
    return runIngest(process.argv.slice(2), {
      readBytes: (path) => readFileSync(path),
      // Temp file + rename beside the target: a failed write never leaves a truncated --out.
      writeFile: (path, text) => writeFileAtomically(path, text),
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
