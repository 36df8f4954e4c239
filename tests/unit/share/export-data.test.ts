import { eventDetails, indexEvent, indexPlace, joinDetails } from '../../../src/data/story-split.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  articlesFileSchema,
  chaptersFileSchema,
  eventsCollectionSchema,
  placesCollectionSchema,
  type Article,
  type EventFeature,
} from '../../../src/data/schema.ts';
import { indexStory } from '../../../src/data/story-index.ts';
import {
  CSV_COLUMNS,
  csvField,
  csvFileText,
  csvText,
  eventsToCsvRows,
  eventsToGeoJson,
  geoJsonText,
  geometryWkt,
  type ExportContext,
} from '../../../src/share/export-data.ts';
import { ARTICLE, PLACES, event } from '../data/story-fixture.ts';

const REPO_ROOT = join(import.meta.dirname, '../../..');

const NAMED_ARTICLE: Article = {
  id: 'article-b',
  file: 'b.txt',
  title: { ar: 'مقال "ب"، الثاني', en: 'Article B, the second' },
  publisher: 'الحل نت',
  url: 'https://example.org/b?x=1,2',
  language: 'ar',
  published: { date: '2022-11-15', basis: 'inferred', evidence: 'clues' },
};

const CONTEXT: ExportContext = {
  articleById: new Map([ARTICLE, NAMED_ARTICLE].map((a) => [a.id, a])),
  placeById: new Map(PLACES.map((p) => [p.id, p])),
};

/** An event whose every text is hostile to CSV: Arabic with commas, quotes, newlines and formulas. */
function hostileEvent(): EventFeature {
  const base = event('hostile-call', '2025-02-12', {
    kind: 'call',
    actors: ['US', 'RU'],
    places: ['washington', 'moscow'],
    note: { en: '=HYPERLINK("http://evil.example","click")', ar: '+ملاحظة، "مقتبسة"\nسطر ثانٍ' },
    excerpts: [
      {
        article: 'article-b',
        start: 10,
        end: 40,
        text: 'قال: "نعم، سنلتقي"\r\nفي الرياض',
        translation: { en: '@SUM(1,2) he said "yes, we will meet"' },
      },
      { article: 'article-a', start: 50, end: 60, text: '-2+3 موسكو' },
    ],
  });
  return {
    ...base,
    geometry: {
      type: 'MultiPoint',
      coordinates: [
        [-77.0369, 38.9072],
        [37.6173, 55.7558],
      ],
    },
    properties: {
      ...base.properties,
      summary: { en: 'Trump, Putin: "a long call"', ar: 'ترامب وبوتين، "اتصال طويل"' },
    },
  };
}

describe('csvField', () => {
  it('leaves plain text, Arabic included, as it is', () => {
    expect(csvField('لقاء بيرنز وناريشكين في أنقرة')).toBe('لقاء بيرنز وناريشكين في أنقرة');
    expect(csvField('plain')).toBe('plain');
  });

  it('quotes fields with commas (Latin or Arabic text), quotes, CR or LF, doubling the quotes (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('قال: "نعم"')).toBe('"قال: ""نعم"""');
    expect(csvField('سطر\nسطر')).toBe('"سطر\nسطر"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    // The Arabic comma (U+060C) is not a separator: no quotes needed.
    expect(csvField('واشنطن، موسكو')).toBe('واشنطن، موسكو');
  });

  it('keeps text that starts like a formula from being run (OWASP): an apostrophe in front', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvField(`${start}1+1`).replace(/^"/, '')).toMatch(/^'/);
    }
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-2+3 موسكو')).toBe("'-2+3 موسكو");
    expect(csvField('1-2')).toBe('1-2');
  });

  it('writes numbers as numbers, negative ones included, and nothing for a non-finite one', () => {
    expect(csvField(-77.0369)).toBe('-77.0369');
    expect(csvField(3)).toBe('3');
    expect(csvField(Number.NaN)).toBe('');
  });
});

describe('csvText', () => {
  it('starts with a UTF-8 byte-order mark and ends every record with CRLF', () => {
    const text = csvText([
      ['a', 'b'],
      ['ج', 1],
    ]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toBe('\uFEFFa,b\r\nج,1\r\n');
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
});

describe('the CSV export', () => {
  const events = [event('first', '2022-02-01', { places: ['moscow'] }), hostileEvent()];

  it('has a header and one row per excerpt, each with its event’s fields', () => {
    const rows = eventsToCsvRows(events, CONTEXT);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + 1 + 2);
    const column = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const [, first, second, third] = rows;
    expect(first?.[column('event_id')]).toBe('first');
    expect(second?.[column('event_id')]).toBe('hostile-call');
    expect(third?.[column('event_id')]).toBe('hostile-call');
    expect(second?.[column('excerpt_number')]).toBe(1);
    expect(third?.[column('excerpt_number')]).toBe(2);
    expect(second?.[column('excerpt_count')]).toBe(2);
    expect(second?.[column('places_ar')]).toBe('واشنطن; موسكو');
    expect(second?.[column('actors')]).toBe('US; RU');
    expect(second?.[column('publisher')]).toBe('الحل نت');
    expect(third?.[column('publisher')]).toBe('unknown');
    expect(second?.[column('geometry_wkt')]).toBe('MULTIPOINT ((-77.0369 38.9072), (37.6173 55.7558))');
  });

  it('parses back with a CSV library to exactly the values, hostile text included', () => {
    const text = csvFileText(events, CONTEXT);
    const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const rows = eventsToCsvRows(events, CONTEXT);
    expect(parsed.data).toHaveLength(rows.length);
    const hostile = hostileEvent();
    const byName = (row: string[] | undefined, name: (typeof CSV_COLUMNS)[number]) =>
      row?.[CSV_COLUMNS.indexOf(name)];
    const second = parsed.data[2];
    expect(byName(second, 'excerpt_ar')).toBe(hostile.properties.excerpts[0]?.text);
    expect(byName(second, 'summary_ar')).toBe('ترامب وبوتين، "اتصال طويل"');
    expect(byName(second, 'note_ar')).toBe(`'${hostile.properties.note?.ar}`);
    expect(byName(second, 'note_en')).toBe(`'${hostile.properties.note?.en}`);
    expect(byName(second, 'excerpt_translation_en')).toBe(`'@SUM(1,2) he said "yes, we will meet"`);
    expect(byName(second, 'article_title_ar')).toBe('مقال "ب"، الثاني');
    expect(byName(second, 'article_url')).toBe('https://example.org/b?x=1,2');
    expect(byName(parsed.data[3], 'excerpt_ar')).toBe("'-2+3 موسكو");
    // No cell of the file starts a formula.
    for (const row of parsed.data) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('geometryWkt', () => {
  it('writes points and multipoints, and nothing for an event with no place', () => {
    expect(geometryWkt({ type: 'Point', coordinates: [32.85, 39.93] })).toBe('POINT (32.85 39.93)');
    expect(geometryWkt(null)).toBe('');
  });
});

describe('the GeoJSON export', () => {
  it('is a FeatureCollection of the given events, with excerpts, translations, notes and citations', () => {
    const hostile = hostileEvent();
    const collection = eventsToGeoJson([hostile], CONTEXT);
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features).toHaveLength(1);
    const [feature] = collection.features;
    expect(feature?.type).toBe('Feature');
    expect(feature?.id).toBe('hostile-call');
    expect(feature?.geometry).toEqual(hostile.geometry);
    expect(feature?.properties.title).toEqual(hostile.properties.title);
    expect(feature?.properties.note).toEqual(hostile.properties.note);
    expect(feature?.properties.places).toEqual([
      { id: 'washington', name: { ar: 'واشنطن', en: 'Washington' }, kind: 'city' },
      { id: 'moscow', name: { ar: 'موسكو', en: 'Moscow' }, kind: 'city' },
    ]);
    expect(feature?.properties.excerpts[0]).toEqual({
      text: hostile.properties.excerpts[0]?.text,
      translation: hostile.properties.excerpts[0]?.translation,
      article: 'article-b',
      start: 10,
      end: 40,
      citation: {
        article: 'article-b',
        title: NAMED_ARTICLE.title,
        publisher: 'الحل نت',
        published: '2022-11-15',
        publishedBasis: 'inferred',
        url: 'https://example.org/b?x=1,2',
      },
    });
    expect(feature?.properties.excerpts[1]?.citation?.publisher).toBe('unknown');
    expect(feature?.properties).not.toHaveProperty('camera');
  });

  it('exports only the events it is given, in their order', () => {
    const events = [event('b', '2023-01-01'), event('a', '2022-01-01')];
    expect(eventsToGeoJson(events, CONTEXT).features.map((f) => f.id)).toEqual(['b', 'a']);
    expect(eventsToGeoJson([], CONTEXT).features).toEqual([]);
  });

  it('keeps an event without places as a Feature with a null geometry, valid RFC 7946', () => {
    const text = geoJsonText([event('no-place', '2010-04-08'), hostileEvent()], CONTEXT);
    expect(() => check(text)).not.toThrow();
    expect(JSON.parse(text).features[0].geometry).toBeNull();
  });
});

describe('the exports of the real story (geo/)', () => {
  const read = (path: string): unknown => JSON.parse(readFileSync(join(REPO_ROOT, path), 'utf8'));
  const contractEvents = eventsCollectionSchema.parse(read('geo/events.geojson')).features;
  const { story } = indexStory(
    { features: placesCollectionSchema.parse(read('geo/places.geojson')).features.map(indexPlace) },
    { features: contractEvents.map(indexEvent) },
    articlesFileSchema.parse(read('geo/articles.json')),
    chaptersFileSchema.parse(read('geo/chapters.json')),
  );
  // What the Export menu exports: the index's events joined with their details again.
  const events = story.events.map((e, i) => joinDetails(e, eventDetails(contractEvents[i]!)));
  const excerpts = events.reduce((n, e) => n + e.properties.excerpts.length, 0);

  it('GeoJSON: every event, valid by @placemarkio/check-geojson', () => {
    const text = geoJsonText(events, story);
    const checked = check(text);
    expect(checked.type).toBe('FeatureCollection');
    expect(checked.type === 'FeatureCollection' ? checked.features : []).toHaveLength(events.length);
  });

  it('CSV: one row per excerpt under the header, parsed by papaparse without errors', () => {
    const parsed = Papa.parse<Record<string, string>>(csvFileText(events, story).replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(excerpts);
    const all = events.flatMap((e) => e.properties.excerpts);
    expect(parsed.data.map((row) => row['excerpt_ar'])).toEqual(all.map((x) => x.text));
  });
});
