import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  biggestChunks,
  classifyAsset,
  gzipBytes,
  initialScripts,
  measureBundle,
} from '../../../../src/tools/bench/bundle-sizes.ts';

const maplibreLike = Buffer.from(
  'var e=1;const c="maplibregl-canvas-container",a="maplibregl-ctrl-attrib",m="maplibregl-compact-show";',
);
const reactLike = Buffer.from(
  'var t=Symbol.for("react.transitional.element");function f(e){return"https://react.dev/errors/"+e}',
);

describe('classifyAsset', () => {
  it('takes the maplibre chunk as maplibre-gl only when it holds maplibre-gl, and its worker by name', () => {
    expect(classifyAsset('assets/maplibre-abc.js', maplibreLike)).toBe('maplibre');
    expect(classifyAsset('assets/maplibre-gl-worker-abc.mjs', Buffer.from('self.onmessage=1'))).toBe(
      'maplibre',
    );
    expect(classifyAsset('assets/maplibre-abc.js', Buffer.from('createRoot(document.body)'))).toBe('app');
    // maplibre-gl bundled into another chunk counts as the app's: the budget then fails, loudly.
    expect(classifyAsset('assets/MapView-abc.js', maplibreLike)).toBe('app');
    expect(classifyAsset('assets/index-abc.js', Buffer.from('createRoot(document.body)'))).toBe('app');
  });

  it('takes the react chunk as React only when it holds React, and React elsewhere as the app’s', () => {
    expect(classifyAsset('assets/react-Dx1.js', reactLike)).toBe('react');
    expect(classifyAsset('assets/react-Dx1.js', Buffer.from('createRoot(document.body)'))).toBe('app');
    expect(classifyAsset('assets/index-Dx1.js', reactLike)).toBe('app');
    expect(classifyAsset('assets/react-markdown-Dx1.js', Buffer.from('x'))).toBe('app');
  });

  it('sorts data, basemap, fonts and the rest', () => {
    const empty = Buffer.alloc(0);
    expect(classifyAsset('assets/places-Dx1.geojson', empty)).toBe('data');
    expect(classifyAsset('assets/events-Dx1.geojson', empty)).toBe('data');
    expect(classifyAsset('assets/articles-Dx1.json', empty)).toBe('data');
    expect(classifyAsset('assets/chapters-Dx1.json', empty)).toBe('data');
    expect(classifyAsset('story/728990c1e1207206/index.json', empty)).toBe('data');
    expect(classifyAsset('story/728990c1e1207206/details-0.json', empty)).toBe('data');
    expect(classifyAsset('manifest.json', empty)).toBe('other');
    expect(classifyAsset('assets/000_0d2102b2fc4aa379-Dx1.txt', empty)).toBe('data');
    expect(classifyAsset('assets/basemap-Dx1.geojson', empty)).toBe('basemap');
    expect(classifyAsset('assets/noto-sans-arabic-arabic-400-normal-Dx1.woff2', empty)).toBe('font');
    expect(classifyAsset('assets/index-Dx1.css', empty)).toBe('css');
  });
});

describe('initialScripts', () => {
  it('lists the entry script and modulepreloads, not lazy chunks', () => {
    const html =
      '<script type="module" crossorigin src="./assets/index-a.js"></script>' +
      '<link rel="modulepreload" crossorigin href="/assets/vendor-b.js"><link rel="stylesheet" href="./assets/index-c.css">';
    expect([...initialScripts(html)]).toEqual(['assets/index-a.js', 'assets/vendor-b.js']);
  });
});

describe('measureBundle', () => {
  let dist = '';
  afterEach(() => rmSync(dist, { recursive: true, force: true }));

  function site(files: Record<string, string>): string {
    dist = mkdtempSync(join(tmpdir(), 'qanat-bundle-sizes-'));
    mkdirSync(join(dist, 'assets'));
    for (const [path, content] of Object.entries(files)) writeFileSync(join(dist, path), content);
    return dist;
  }

  const appCode = 'createRoot(document.body).render(app());'.repeat(20);
  const lazyCode = 'export function reader(){return "text"}';
  const reactCode = reactLike.toString().repeat(30);

  it('counts the React chunk apart from the app-authored JS and both in the budgeted figure', () => {
    const sizes = measureBundle(
      site({
        'index.html': '<script type="module" src="./assets/index-a.js"></script>',
        'assets/index-a.js': appCode,
        'assets/Reader-b.js': lazyCode,
        'assets/react-c.js': reactCode,
        'assets/maplibre-gl-worker-d.mjs': 'self.onmessage=1',
        'assets/events-e.geojson': '{"type":"FeatureCollection","features":[]}',
      }),
    );
    const authored = gzipBytes(appCode) + gzipBytes(lazyCode);
    expect(sizes.reactGzipBytes).toBe(gzipBytes(reactCode));
    expect(sizes.appAuthoredGzipBytes).toBe(authored);
    expect(sizes.appGzipBytes).toBe(authored + gzipBytes(reactCode));
    expect(sizes.appInitialGzipBytes).toBe(gzipBytes(appCode));
    expect(sizes.maplibreGzipBytes).toBe(gzipBytes('self.onmessage=1'));
  });

  it('has no React or app-authored figure when no chunk is React’s alone', () => {
    const sizes = measureBundle(site({ 'index.html': '', 'assets/index-a.js': appCode + reactCode }));
    expect(sizes.reactGzipBytes).toBeNull();
    expect(sizes.appAuthoredGzipBytes).toBeNull();
    expect(sizes.appGzipBytes).toBe(gzipBytes(appCode + reactCode));
  });

  it('names the biggest chunks first', () => {
    const sizes = measureBundle(
      site({
        'index.html': '',
        'assets/index-a.js': appCode,
        'assets/Reader-b.js': lazyCode,
        'assets/MapView-c.js': maplibreLike.toString() + appCode,
      }),
    );
    const js = sizes.files.filter((file) => file.path.endsWith('.js'));
    expect(js.map((file) => file.category)).toEqual(['app', 'app', 'app']);
    const lines = biggestChunks(js, 2).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/assets\/MapView-c\.js/);
    const bytes = biggestChunks(js)
      .split('\n')
      .map((line) => Number(/: (\d+) B/.exec(line)?.[1]));
    expect(bytes).toHaveLength(3);
    expect(bytes).toEqual([...bytes].sort((a, b) => b - a));
  });
});
