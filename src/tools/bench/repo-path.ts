import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** An absolute path inside the repository, whatever the working directory. */
export function repoPath(relativePath: string): string {
  return `${repoRoot}${relativePath}`;
}
