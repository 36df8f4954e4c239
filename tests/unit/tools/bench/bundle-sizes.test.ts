import { describe, expect, it } from 'vitest';
import { classifyAsset, initialScripts } from '../../../../src/tools/bench/bundle-sizes.ts';

const maplibreLike = Buffer.from(
  'var e=1;const c="maplibregl-canvas-container",a="maplibregl-ctrl-attrib",m="maplibregl-compact-show";',
);

describe('classifyAsset', () => {
  it('recognises maplibre-gl by its DOM class names and its worker by name', () => {
    expect(classifyAsset('assets/index-abc.js', maplibreLike)).toBe('maplibre');
    expect(classifyAsset('assets/maplibre-gl-worker-abc.mjs', Buffer.from('self.onmessage=1'))).toBe(
      'maplibre',
    );
    expect(classifyAsset('assets/index-abc.js', Buffer.from('createRoot(document.body)'))).toBe('app');
  });

  it('sorts data, basemap, fonts and the rest', () => {
    const empty = Buffer.alloc(0);
    expect(classifyAsset('assets/places-Dx1.geojson', empty)).toBe('data');
    expect(classifyAsset('assets/events-Dx1.geojson', empty)).toBe('data');
    expect(classifyAsset('assets/articles-Dx1.json', empty)).toBe('data');
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
