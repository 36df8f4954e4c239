/** The process shell around runIngest: real files, real streams, an exit code, never a stack trace. */
import { readFileSync, writeFileSync } from 'node:fs';
import { runIngest } from './ingest-command.ts';
import { StoryFileError, loadPlaceIndex, readArticles } from './story-files.ts';

function main(): number {
  try {
    return runIngest(process.argv.slice(2), {
      readBytes: (path) => readFileSync(path),
      writeFile: (path, text) => writeFileSync(path, text),
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      loadPlaceIndex: () => loadPlaceIndex(),
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
