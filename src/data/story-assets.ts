/**
 * Where the app finds its static data: Vite turns these imports into hashed asset URLs, so the
 * files are served from our own origin and fetched (never bundled into the JavaScript).
 */
import placesUrl from '../../geo/places.geojson?url';
import eventsUrl from '../../geo/events.geojson?url';
import basemapUrl from '../../geo/basemap.geojson?url';
import articlesUrl from '../../geo/articles.json?url';
import chaptersUrl from '../../geo/chapters.json?url';
import type { DatasetName } from './datasets.ts';

const articleTextUrls = import.meta.glob<string>('../../geo/articles/*.txt', {
  query: '?url',
  import: 'default',
  eager: true,
});

export interface DataUrls {
  places: string;
  events: string;
  basemap: string;
  articles: string;
  /** The tour's chapters; a dataset without them tours its events without chapter cards. */
  chapters?: string;
}

/**
 * URLs of the data files for a dataset. The synthetic one is written into dist/ by the benchmark
 * generator, next to index.html, so it is fetched relative to the page.
 */
export function dataUrlsFor(dataset: DatasetName): DataUrls {
  if (dataset === 'synthetic-10k') {
    return {
      places: './synthetic-10k/places.geojson',
      events: './synthetic-10k/events.geojson',
      basemap: basemapUrl,
      articles: articlesUrl,
    };
  }
  return {
    places: placesUrl,
    events: eventsUrl,
    basemap: basemapUrl,
    articles: articlesUrl,
    chapters: chaptersUrl,
  };
}

/** The served URL of an article's text file (`file` as in geo/articles.json), if it exists. */
export function articleTextUrl(file: string): string | undefined {
  return articleTextUrls[`../../geo/articles/${file}`];
}
