import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../../src/tools/static-server.ts';

/** One GET without any client-side decoding: status, headers and the bytes as sent. */
function get(url: string, headers: Record<string, string>) {
  return new Promise<{
    status: number;
    encoding: string | undefined;
    type: string | undefined;
    body: Buffer;
  }>((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          encoding: res.headers['content-encoding'],
          type: res.headers['content-type'],
          body: Buffer.concat(chunks),
        }),
      );
    })
      .on('error', reject)
      .end();
  });
}

describe('the static server of the tests and the bench', () => {
  const geojson = JSON.stringify({
    type: 'FeatureCollection',
    features: Array(200).fill({ type: 'Feature' }),
  });
  let server: StaticServer;
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'qanat-static-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(root, 'basemap.geojson'), geojson);
    server = await startStaticServer(root);
  });
  afterAll(() => server.close());

  it('sends GeoJSON gzipped to a browser that accepts it, as a static host does', async () => {
    const response = await get(`${server.origin}/basemap.geojson`, { 'accept-encoding': 'gzip, br' });
    expect(response.status).toBe(200);
    expect(response.encoding).toBe('gzip');
    expect(response.type).toBe('application/geo+json');
    expect(response.body.length).toBeLessThan(geojson.length / 4);
    expect(gunzipSync(response.body).toString('utf8')).toBe(geojson);
  });

  it('sends it as is to a client that does not, and leaves missing files a 404', async () => {
    const response = await get(`${server.origin}/basemap.geojson`, {});
    expect(response.encoding).toBeUndefined();
    expect(response.body.toString('utf8')).toBe(geojson);
    expect((await get(`${server.origin}/missing.geojson`, {})).status).toBe(404);
  });
});
