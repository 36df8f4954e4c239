import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The names of the files in `dir` ending with `suffix`, refusing anything that is not a regular
 * file (a symbolic link, a directory, a FIFO), and a `dir` that is itself a link: the site build
 * publishes these files as they are, and a link could publish any file of the building machine.
 * Throws an Error naming the path and what it is.
 * @example regularFilesIn('geo/articles', '.txt') // ['000_….txt', …]
 */
export function regularFilesIn(dir: string, suffix: string): string[] {
  if (!lstatSync(dir).isDirectory()) throw new Error(`${dir}: not a directory (a link or a file)`);
  return readdirSync(dir)
    .filter((name) => name.endsWith(suffix))
    .map((name) => {
      const stat = lstatSync(join(dir, name));
      if (!stat.isFile()) {
        const what = stat.isSymbolicLink()
          ? 'a symbolic link'
          : stat.isDirectory()
            ? 'a directory'
            : 'not a regular file';
        throw new Error(`${join(dir, name)}: ${what}; only regular files are published`);
      }
      return name;
    });
}
