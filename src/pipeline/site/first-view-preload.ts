/**
 * A Vite plugin that lets the first view's files download at once: index.html gets a preload for
 * each file the page would otherwise discover only after running script (the map's code and
 * maplibre-gl, the validator, the story's index, the coarse basemap, the fonts), so they come in
 * parallel with the app's own script instead of one round trip after another.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** Chunks (by name) the first view imports dynamically: the map and the story's loader. */
const FIRST_VIEW_CHUNKS = new Set(['start-map', 'maplibre', 'load-story']);
/** Data the first view fetches: the story's index and the coarse basemap. */
const FIRST_VIEW_DATA = [/^story\/[^/]+\/index\.json$/, /(?:^|\/)basemap-coarse-[\w-]+\.geojson$/];
const FONT = /\.woff2$/;

export function firstViewPreloadPlugin(): Plugin {
  let base = '/';
  return {
    name: 'qanat-first-view-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const tags: HtmlTagDescriptor[] = [];
        for (const [fileName, output] of Object.entries(context.bundle ?? {})) {
          const href = `${base}${fileName}`;
          if (output.type === 'chunk' && FIRST_VIEW_CHUNKS.has(output.name) && !output.isEntry) {
            tags.push({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href } });
          } else if (output.type === 'asset' && FIRST_VIEW_DATA.some((pattern) => pattern.test(fileName))) {
            tags.push({ tag: 'link', attrs: { rel: 'preload', as: 'fetch', crossorigin: true, href } });
          } else if (output.type === 'asset' && FONT.test(fileName)) {
            const attrs = { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: true, href };
            tags.push({ tag: 'link', attrs });
          }
        }
        return tags.map((tag) => ({ ...tag, injectTo: 'head' as const }));
      },
    },
  };
}
