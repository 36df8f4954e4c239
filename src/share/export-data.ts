/**
 * The story's events as files a reader can take away: GeoJSON (RFC 7946) and CSV (RFC 4180, UTF-8
 * with a byte-order mark so Excel reads the Arabic). Pure functions of the events to export and the
 * story's articles and places; the caller decides which events (all of them, or the filtered ones).
 * Built in the browser from the data already loaded: no server.
 */
import type { StoryPlace } from '../data/story-index.ts';
import type { Article, Bilingual, DateWindow, EventFeature } from '../data/schema.ts';

/** What the exports look up beside the events: the cited articles and the named places. */
export interface ExportContext {
  articleById: ReadonlyMap<string, Article>;
  placeById: ReadonlyMap<string, StoryPlace>;
}

/** Where an excerpt comes from, as a reader needs it to cite or find it. */
export interface ExportCitation {
  article: string;
  title: Bilingual;
  /** The publisher's name, or "unknown" when the article's text names none (the data contract's rule). */
  publisher: string;
  published: string;
  publishedBasis: 'dateline' | 'inferred';
  url?: string;
}

export interface ExportExcerpt {
  /** The verbatim Arabic quotation. */
  text: string;
  translation: { en: string };
  article: string;
  /** JavaScript string offsets of the quotation in its article's text, end exclusive. */
  start: number;
  end: number;
  citation: ExportCitation | null;
}

export interface ExportEventProperties {
  id: string;
  title: Bilingual;
  date: DateWindow;
  summary: Bilingual;
  kind: string;
  actors: string[];
  places: { id: string; name: Bilingual; kind: string }[];
  excerpts: ExportExcerpt[];
  note?: Bilingual;
}

export interface ExportFeature {
  type: 'Feature';
  id: string;
  geometry: EventFeature['geometry'];
  properties: ExportEventProperties;
}

export interface ExportCollection {
  type: 'FeatureCollection';
  features: ExportFeature[];
}

export const GEOJSON_FILE = { name: 'qanat-events.geojson', type: 'application/geo+json' } as const;
export const CSV_FILE = { name: 'qanat-events.csv', type: 'text/csv;charset=utf-8' } as const;

function citationOf(articleId: string, context: ExportContext): ExportCitation | null {
  const article = context.articleById.get(articleId);
  if (!article) return null;
  return {
    article: article.id,
    title: { ar: article.title.ar, en: article.title.en },
    publisher: article.publisher,
    published: article.published.date,
    publishedBasis: article.published.basis,
    ...(article.url === undefined ? {} : { url: article.url }),
  };
}

function exportFeature(event: EventFeature, context: ExportContext): ExportFeature {
  const p = event.properties;
  const properties: ExportEventProperties = {
    id: event.id,
    title: { ar: p.title.ar, en: p.title.en },
    date: { ...p.date, label: { ...p.date.label } },
    summary: { ar: p.summary.ar, en: p.summary.en },
    kind: p.kind,
    actors: [...p.actors],
    places: p.places.map((id) => {
      const place = context.placeById.get(id);
      return place
        ? {
            id,
            name: { ar: place.properties.name.ar, en: place.properties.name.en },
            kind: place.properties.kind,
          }
        : { id, name: { ar: id, en: id }, kind: 'unknown' };
    }),
    excerpts: p.excerpts.map((x) => ({
      text: x.text,
      translation: { en: x.translation.en },
      article: x.article,
      start: x.start,
      end: x.end,
      citation: citationOf(x.article, context),
    })),
  };
  if (p.note) properties.note = { ar: p.note.ar, en: p.note.en };
  return { type: 'Feature', id: event.id, geometry: event.geometry, properties };
}

/**
 * The events as an RFC 7946 FeatureCollection: each event's own geometry (the Point or MultiPoint of
 * its places, or null), its titles, date window, summaries, places by name, note, and every excerpt
 * with its translation and citation.
 */
export function eventsToGeoJson(events: readonly EventFeature[], context: ExportContext): ExportCollection {
  return { type: 'FeatureCollection', features: events.map((e) => exportFeature(e, context)) };
}

/** The GeoJSON file's text (UTF-8 JSON, two-space indented, ending in a newline). */
export function geoJsonText(events: readonly EventFeature[], context: ExportContext): string {
  return `${JSON.stringify(eventsToGeoJson(events, context), null, 2)}\n`;
}

// ── CSV ──────────────────────────────────────────────────────────────────────

/** A spreadsheet cell: text, or a number written as it is. */
export type CsvValue = string | number;

/** Characters that make a spreadsheet read a text cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field. Text that a spreadsheet would run as a formula (starting with = + - @, a tab or a
 * carriage return) gets an apostrophe in front, as OWASP advises; a field holding a comma, a double
 * quote, a CR or an LF is quoted with its quotes doubled (RFC 4180). Numbers are written as numbers.
 * @example csvField('=1+1') // "'=1+1"
 * @example csvField('قال: "نعم"') // '"قال: ""نعم"""'
 */
export function csvField(value: CsvValue): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Records joined with CRLF (RFC 4180), each ending in CRLF, after a UTF-8 byte-order mark. */
export function csvText(rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('')}`;
}

export const CSV_COLUMNS = [
  'event_id',
  'date_start',
  'date_end',
  'date_precision',
  'date_label_en',
  'date_label_ar',
  'title_en',
  'title_ar',
  'summary_en',
  'summary_ar',
  'kind',
  'actors',
  'place_ids',
  'places_en',
  'places_ar',
  'geometry_wkt',
  'note_en',
  'note_ar',
  'excerpt_number',
  'excerpt_count',
  'excerpt_ar',
  'excerpt_translation_en',
  'article_id',
  'article_title_en',
  'article_title_ar',
  'publisher',
  'article_published',
  'article_url',
  'excerpt_start',
  'excerpt_end',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Between the items of a list inside one cell (actors, places). */
export const LIST_SEPARATOR = '; ';

/** An event's geometry as Well-Known Text, which spreadsheets keep and GIS tools read back. */
export function geometryWkt(geometry: EventFeature['geometry']): string {
  if (geometry === null) return '';
  const pair = ([lon, lat]: readonly [number, number]): string => `${lon} ${lat}`;
  if (geometry.type === 'Point') return `POINT (${pair(geometry.coordinates)})`;
  return `MULTIPOINT (${geometry.coordinates.map((c) => `(${pair(c)})`).join(', ')})`;
}

/**
 * One row per excerpt, each carrying its event's fields, under a header of CSV_COLUMNS.
 * @example eventsToCsvRows(events, context)[0] // ['event_id', 'date_start', …]
 */
export function eventsToCsvRows(events: readonly EventFeature[], context: ExportContext): CsvValue[][] {
  const rows: CsvValue[][] = [[...CSV_COLUMNS]];
  for (const event of events) {
    const p = event.properties;
    const places = p.places.map((id) => context.placeById.get(id));
    const names = (language: 'ar' | 'en'): string =>
      places.map((place, i) => place?.properties.name[language] ?? p.places[i]).join(LIST_SEPARATOR);
    p.excerpts.forEach((excerpt, i) => {
      const article = context.articleById.get(excerpt.article);
      const row: Record<CsvColumn, CsvValue> = {
        event_id: event.id,
        date_start: p.date.start,
        date_end: p.date.end,
        date_precision: p.date.precision,
        date_label_en: p.date.label.en,
        date_label_ar: p.date.label.ar,
        title_en: p.title.en,
        title_ar: p.title.ar,
        summary_en: p.summary.en,
        summary_ar: p.summary.ar,
        kind: p.kind,
        actors: p.actors.join(LIST_SEPARATOR),
        place_ids: p.places.join(LIST_SEPARATOR),
        places_en: names('en'),
        places_ar: names('ar'),
        geometry_wkt: geometryWkt(event.geometry),
        note_en: p.note?.en ?? '',
        note_ar: p.note?.ar ?? '',
        excerpt_number: i + 1,
        excerpt_count: p.excerpts.length,
        excerpt_ar: excerpt.text,
        excerpt_translation_en: excerpt.translation.en,
        article_id: excerpt.article,
        article_title_en: article?.title.en ?? '',
        article_title_ar: article?.title.ar ?? '',
        publisher: article?.publisher ?? '',
        article_published: article?.published.date ?? '',
        article_url: article?.url ?? '',
        excerpt_start: excerpt.start,
        excerpt_end: excerpt.end,
      };
      rows.push(CSV_COLUMNS.map((column) => row[column]));
    });
  }
  return rows;
}

/** The CSV file's text: BOM, header, one CRLF-terminated record per excerpt. */
export function csvFileText(events: readonly EventFeature[], context: ExportContext): string {
  return csvText(eventsToCsvRows(events, context));
}

/** How many excerpts the events carry (the CSV's row count without its header). */
export function excerptCount(events: readonly EventFeature[]): number {
  return events.reduce((total, e) => total + e.properties.excerpts.length, 0);
}
