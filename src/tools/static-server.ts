/**
 * A tiny static file server for the built site (dist/), used by the e2e tests and the screenshot
 * script. It listens on 127.0.0.1 on a free port, serves only files inside its root, and sends the
 * MIME types the app needs (module scripts and workers must be JavaScript, GeoJSON must be JSON).
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The built site; QANAT_DIST points elsewhere (e.g. a private build while others rebuild dist/). */
export const DIST_DIR = resolve(process.env['QANAT_DIST'] ?? join(REPO_ROOT, 'dist'));

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json; charset=utf-8',
};

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

/** Maps a request path to a file inside root, or undefined when it would leave root. */
export function resolveInside(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const rootResolved = resolve(root);
  const candidate = resolve(rootResolved, '.' + normalize('/' + decoded));
  if (candidate !== rootResolved && !candidate.startsWith(rootResolved + sep)) return undefined;
  return candidate;
}

async function fileFor(root: string, urlPath: string): Promise<string | undefined> {
  const path = resolveInside(root, urlPath);
  if (path === undefined) return undefined;
  try {
    const info = await stat(path);
    if (info.isFile()) return path;
    if (info.isDirectory()) {
      const index = join(path, 'index.html');
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** Serves root (default dist/) on 127.0.0.1 at a free port. */
export async function startStaticServer(root: string = DIST_DIR): Promise<StaticServer> {
  assertBuilt(root);
  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    void fileFor(root, pathname)
      .then(async (path) => {
        if (path === undefined) {
          response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
          response.end(`not found: ${pathname}`);
          return;
        }
        const body = await readFile(path);
        response.writeHead(200, {
          'content-type': MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
          'content-length': body.byteLength,
          'cache-control': 'no-store',
        });
        response.end(request.method === 'HEAD' ? undefined : body);
      })
      .catch((error: unknown) => {
        response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        response.end(`could not read ${pathname}: ${String(error)}`);
      });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
