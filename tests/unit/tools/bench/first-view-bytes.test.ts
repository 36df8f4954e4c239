import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { gzipBytes } from '../../../../src/tools/bench/bundle-sizes.ts';
import {
  describeFirstView,
  distPathOf,
  firstViewBytes,
  firstViewKind,
} from '../../../../src/tools/bench/first-view-bytes.ts';

const ORIGIN = 'http://127.0.0.1:4173';
const reactLike =
  'var t=Symbol.for("react.transitional.element");function f(e){return"https://react.dev/errors/"+e}';

describe('distPathOf', () => {
  it('maps the site’s URLs to its files and leaves out everything else', () => {
    expect(distPathOf(`${ORIGIN}/?lang=ar`, ORIGIN)).toBe('index.html');
    expect(distPathOf(`${ORIGIN}/assets/index-a.js?v=1#x`, ORIGIN)).toBe('assets/index-a.js');
    expect(distPathOf(`${ORIGIN}/sub/`, ORIGIN)).toBe('sub/index.html');
    expect(distPathOf(`${ORIGIN}/assets/a%20b.txt`, ORIGIN)).toBe('assets/a b.txt');
    expect(distPathOf('http://elsewhere.test/assets/index-a.js', ORIGIN)).toBeNull();
    expect(distPathOf('data:text/plain,x', ORIGIN)).toBeNull();
    expect(distPathOf('blob:http://127.0.0.1:4173/0b1e', ORIGIN)).toBeNull();
    expect(distPathOf('not a url', ORIGIN)).toBeNull();
  });
});

describe('firstViewKind', () => {
  it('counts every script as js and stylesheets with the rest', () => {
    expect(['app', 'react', 'maplibre'].map((c) => firstViewKind(c as 'app'))).toEqual(['js', 'js', 'js']);
    expect(firstViewKind('font')).toBe('fonts');
    expect(firstViewKind('css')).toBe('other');
    expect(firstViewKind('html')).toBe('other');
  });
});

describe('firstViewBytes', () => {
  let dist: string | undefined;
  afterEach(() => {
    if (dist) rmSync(dist, { recursive: true, force: true });
    dist = undefined;
  });

  function site(files: Record<string, string>): string {
    dist = mkdtempSync(join(tmpdir(), 'qanat-first-view-'));
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(join(dist, path, '..'), { recursive: true });
      writeFileSync(join(dist, path), content);
    }
    return dist;
  }

  it('sums the requested files once each, at their gzip size, by kind', () => {
    const files = {
      'index.html': '<!doctype html><title>x</title>',
      'assets/index-a.js': 'console.log("app");'.repeat(20),
      'assets/react-b.js': reactLike,
      'assets/maplibre-gl-worker-c.mjs': 'self.onmessage=()=>{};',
      'assets/index-d.css': 'body{margin:0}',
      'assets/font-e.woff2': 'wOF2....',
      'assets/basemap-f.geojson': '{"type":"FeatureCollection","features":[]}',
      'assets/events-g.geojson': '{"type":"FeatureCollection","features":[1]}',
      'assets/chapters-h.json': '[]',
      'assets/lazy-i.js': 'never requested',
    };
    const dir = site(files);
    const urls = [
      `${ORIGIN}/?lang=ar`,
      `${ORIGIN}/assets/index-a.js`,
      `${ORIGIN}/assets/react-b.js`,
      `${ORIGIN}/assets/index-d.css`,
      `${ORIGIN}/assets/font-e.woff2`,
      `${ORIGIN}/assets/maplibre-gl-worker-c.mjs`,
      `${ORIGIN}/assets/maplibre-gl-worker-c.mjs`,
      `${ORIGIN}/assets/basemap-f.geojson`,
      `${ORIGIN}/assets/events-g.geojson`,
      `${ORIGIN}/assets/chapters-h.json`,
      `${ORIGIN}/assets/font-e.woff2?again`,
      `${ORIGIN}/missing.js`,
      'data:image/png;base64,AAAA',
    ];
    const figures = firstViewBytes(urls, dir, ORIGIN);
    const gz = (path: keyof typeof files): number => gzipBytes(files[path]);
    expect(figures.byKind).toEqual({
      js: gz('assets/index-a.js') + gz('assets/react-b.js') + gz('assets/maplibre-gl-worker-c.mjs'),
      fonts: gz('assets/font-e.woff2'),
      basemap: gz('assets/basemap-f.geojson'),
      data: gz('assets/events-g.geojson') + gz('assets/chapters-h.json'),
      other: gz('index.html') + gz('assets/index-d.css'),
    });
    expect(figures.totalGzipBytes).toBe(Object.values(figures.byKind).reduce((a, b) => a + b, 0));
    expect(figures.appAuthoredJsGzipBytes).toBe(gz('assets/index-a.js'));
    expect(figures.reactGzipBytes).toBe(gz('assets/react-b.js'));
    expect(figures.files.map((file) => file.path)).not.toContain('assets/lazy-i.js');
    expect(figures.files).toHaveLength(9);
    expect(figures.unmatched).toEqual([`${ORIGIN}/missing.js`]);
    const text = describeFirstView(figures, 3);
    expect(text).toContain(`${figures.totalGzipBytes} B gzip: js ${figures.byKind.js} B`);
    expect(text).toContain(`not in dist: ${ORIGIN}/missing.js`);
  });

  it('never reads outside the dist directory', () => {
    const dir = site({ 'index.html': 'x' });
    const figures = firstViewBytes([`${ORIGIN}/%2e%2e/etc/passwd`], dir, ORIGIN);
    expect(figures.totalGzipBytes).toBe(0);
    expect(figures.unmatched).toHaveLength(1);
  });
});
