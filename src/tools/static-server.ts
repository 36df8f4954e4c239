/**
 * Serves a built site (dist/) for the e2e tests, the screenshots and the benchmark: Vite's own
 * preview server on 127.0.0.1 at a free port, with no config file (nothing but the files).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The built site; QANAT_DIST points elsewhere (e.g. a private build while others rebuild dist/). */
export const DIST_DIR = resolve(process.env['QANAT_DIST'] ?? join(REPO_ROOT, 'dist'));

export interface StaticServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  origin: string;
  close(): Promise<void>;
}

/** Throws an actionable error when the site has not been built. */
export function assertBuilt(distDir: string = DIST_DIR): void {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`${join(distDir, 'index.html')} is missing: run npm run build first`);
  }
}

/**
 * Serves root (default dist/) on 127.0.0.1 at a free port. `appType: 'mpa'` keeps a missing file a
 * 404 (no fallback to index.html), as on a plain static host.
 */
export async function startStaticServer(root: string = DIST_DIR): Promise<StaticServer> {
  assertBuilt(root);
  const server = await preview({
    configFile: false,
    root,
    appType: 'mpa',
    logLevel: 'silent',
    build: { outDir: root },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const origin = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (origin === undefined) throw new Error(`the preview server for ${root} reports no local address`);
  return { origin, close: () => server.close() };
}
