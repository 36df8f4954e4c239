/** Whether two paths name the same file, so a command never writes its output over its input. */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * True when `a` and `b` are the same path after resolving, or name one existing file through a
 * symbolic or hard link (same device and inode).
 * @example sameFile('geo/articles/a.txt', './geo/articles/a.txt') // true
 */
export function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    const one = statSync(a);
    const other = statSync(b);
    return one.dev === other.dev && one.ino === other.ino;
  } catch {
    return false;
  }
}
