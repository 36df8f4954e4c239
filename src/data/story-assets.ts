/**
 * Where the app finds its static data: Vite turns these imports into asset URLs, so the files are
 * served from our own origin and fetched (never bundled into the JavaScript). The story's index and
 * details chunks are made from the data contract's files by the site build (src/pipeline/site/).
 */
import storyIndexUrl from 'virtual:qanat-story-index';
import basemapUrl from '../../geo/basemap.geojson?url';
import basemapCoarseUrl from '../../geo/basemap-coarse.geojson?url';
import type { DatasetName } from './datasets.ts';

export interface DataUrls {
  /** The story's index (index.json); its details chunks (details-<k>.json) are beside it. */
  index: string;
  /** The detailed basemap level, fetched once the camera comes close (src/map/layers.ts). */
  basemap: string;
  /** The coarse basemap level: the only one the first view fetches. */
  basemapCoarse: string;
}

/**
 * URLs of the data files for a dataset. The synthetic ones are written into dist/ by the benchmark
 * generator, next to index.html, so it is fetched relative to the page.
 */
export function dataUrlsFor(dataset: DatasetName): DataUrls {
  if (dataset !== 'story') {
    return { index: `./${dataset}/index.json`, basemap: basemapUrl, basemapCoarse: basemapCoarseUrl };
  }
  return { index: storyIndexUrl, basemap: basemapUrl, basemapCoarse: basemapCoarseUrl };
}
