/**
 * Serves a built site (dist/) for the e2e tests, the screenshots and the benchmark: Vite's own
 * preview server on 127.0.0.1 at a free port, with no config file (nothing but the files), and
 * GeoJSON gzipped as a static host serves it (see geojsonGzip).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { preview, type Plugin } from 'vite';

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
 * Vite's preview compresses only types matching /text|javascript|\/json|xml/, so the basemap's
 * `application/geo+json` went out raw (802 KB for the 50 m file instead of 297 KB gzip): the
 * network-throttled load figures would then charge a page for bytes no reader downloads. This
 * serves each .geojson gzipped (when the browser accepts it), compressed once per file and kept.
 */
function geojsonGzip(root: string): Plugin {
  const gzipped = new Map<string, Buffer>();
  return {
    name: 'qanat-geojson-gzip',
    configurePreviewServer(server) {
      server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
        const path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
        const file = join(root, normalize(path));
        if (!path.endsWith('.geojson') || !file.startsWith(root) || !existsSync(file)) {
          next();
          return;
        }
        res.setHeader('Content-Type', 'application/geo+json');
        res.setHeader('Vary', 'Accept-Encoding');
        if (!/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
          res.end(readFileSync(file));
          return;
        }
        let body = gzipped.get(file);
        if (!body) {
          body = gzipSync(readFileSync(file));
          gzipped.set(file, body);
        }
        res.setHeader('Content-Encoding', 'gzip');
        res.end(body);
      });
    },
  };
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
    plugins: [geojsonGzip(resolve(root))],
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const origin = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (origin === undefined) throw new Error(`the preview server for ${root} reports no local address`);
  return { origin, close: () => server.close() };
}
