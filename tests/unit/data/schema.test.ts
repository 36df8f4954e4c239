import { describe, expect, it } from 'vitest';
import {
  articleSchema,
  chapterSchema,
  chaptersFileSchema,
  chronologyEntrySchema,
  dateWindowSchema,
  gazetteerEntrySchema,
  placeFeatureSchema,
} from '../../../src/data/schema.ts';

interface Parser {
  safeParse(value: unknown): { success: boolean; error?: { issues: { path: PropertyKey[] }[] } };
}

/** The paths of the issues a value raises, as `a.b[0]` strings. */
function issuePaths(schema: Parser, value: unknown): string[] {
  const result = schema.safeParse(value);
  return (result.error?.issues ?? []).map((issue) =>
    issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join(''),
  );
}

/** A copy of `base` with the value at a dotted path replaced (or removed when `undefined`). */
function withField<T>(base: T, path: string, value: unknown): T {
  const copy = structuredClone(base) as Record<string, unknown>;
  const keys = path.split('.');
  const last = keys.pop() as string;
  let target: Record<string, unknown> = copy;
  for (const key of keys) target = target[key] as Record<string, unknown>;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy as T;
}

const goodDate = {
  start: '2025-02-18',
  end: '2025-02-18',
  precision: 'day',
  label: { ar: '18 فبراير 2025', en: '18 February 2025' },
};

const goodEvent = {
  id: 'riyadh-talks',
  date: goodDate,
  title: { ar: 'محادثات الرياض', en: 'Riyadh talks' },
  summary: { en: 'US and Russian delegations met in Riyadh.', ar: 'اجتمع وفدان أميركي وروسي في الرياض.' },
  kind: 'talks',
  actors: ['US', 'RU', 'un'],
  places: ['riyadh'],
  excerpts: [{ article: '002', start: 10, end: 20, text: 'الرياض', translation: { en: 'Riyadh' } }],
};

const goodChapter = {
  id: 'riyadh-and-istanbul',
  title: { ar: 'الرياض وإسطنبول', en: 'Riyadh and Istanbul' },
  framing: { ar: 'التقى الوفدان في الرياض.', en: 'The delegations met in Riyadh.' },
  firstEvent: 'riyadh-talks',
};

const goodPlace = {
  id: 'abu-dhabi',
  name: { ar: 'أبو ظبي', en: 'Abu Dhabi' },
  kind: 'city',
  aliases: ['أبو ظبي', 'أبوظبي'],
  ref: { wikidata: 'Q1519', geonames: 292968 },
  geometry: { source: 'naturalEarth', layer: 'populated_places', match: { wikidataid: 'Q1519' } },
};

const goodArticle = {
  id: '004',
  file: '004_576a10afaf96e38e.txt',
  title: { ar: 'أرفع اتصال عسكري', en: 'Highest-level military contact' },
  publisher: 'Asharq Al-Awsat',
  language: 'ar',
  published: {
    date: '2022-05-13',
    basis: 'dateline',
    evidence: 'الجمعة - 12 شوال 1443 هـ - 13 مايو 2022 مـ',
  },
};

describe('dateWindowSchema', () => {
  it('accepts a one-day window and a longer one', () => {
    expect(issuePaths(dateWindowSchema, goodDate)).toEqual([]);
    expect(issuePaths(dateWindowSchema, { ...goodDate, end: '2025-03-01', precision: 'days' })).toEqual([]);
  });

  it('rejects a window that ends before it starts, at the end field', () => {
    expect(issuePaths(dateWindowSchema, { ...goodDate, end: '2025-02-17' })).toEqual(['.end']);
  });

  it('rejects a date that is not on the calendar', () => {
    expect(issuePaths(dateWindowSchema, { ...goodDate, start: '2025-02-30' })).toEqual(['.start']);
  });
});

describe('chronologyEntrySchema', () => {
  it('accepts a good entry, with or without a bilingual note and a camera', () => {
    expect(issuePaths(chronologyEntrySchema, goodEvent)).toEqual([]);
    expect(
      issuePaths(chronologyEntrySchema, {
        ...goodEvent,
        note: { en: 'why', ar: 'لماذا' },
        camera: { center: [46.7, 24.7], zoom: 5 },
      }),
    ).toEqual([]);
  });

  it.each([
    ['id', 'Riyadh Talks', '.id'],
    ['id', undefined, '.id'],
    ['date.start', '2025-02-30', '.date.start'],
    ['date.precision', 'fortnight', '.date.precision'],
    ['date.label', { ar: 'x' }, '.date.label.en'],
    ['title', { ar: '', en: 'x' }, '.title.ar'],
    ['summary', { ar: 'س' }, '.summary.en'],
    ['summary', { en: 'x' }, '.summary.ar'],
    ['summary', { en: 'x', ar: '' }, '.summary.ar'],
    ['kind', 'chat', '.kind'],
    ['actors', ['USA'], '.actors[0]'],
    ['places', ['Riyadh'], '.places[0]'],
    ['excerpts', [], '.excerpts'],
    [
      'excerpts',
      [{ article: '002', start: -1, end: 5, text: 'x', translation: { en: 'x' } }],
      '.excerpts[0].start',
    ],
    [
      'excerpts',
      [{ article: '002', start: 5, end: 5, text: 'x', translation: { en: 'x' } }],
      '.excerpts[0].end',
    ],
    [
      'excerpts',
      [{ article: '002', start: 0, end: 5, text: '', translation: { en: 'x' } }],
      '.excerpts[0].text',
    ],
    [
      'excerpts',
      [{ article: '002', start: 0, end: 1.5, text: 'x', translation: { en: 'x' } }],
      '.excerpts[0].end',
    ],
    ['excerpts', [{ article: '002', start: 0, end: 5, text: 'x' }], '.excerpts[0].translation'],
    [
      'excerpts',
      [{ article: '002', start: 0, end: 5, text: 'x', translation: { en: '' } }],
      '.excerpts[0].translation.en',
    ],
    [
      'excerpts',
      [{ article: '002', start: 0, end: 5, text: 'x', translation: {} }],
      '.excerpts[0].translation.en',
    ],
    ['note', '', '.note'],
    ['note', 'an English-only note', '.note'],
    ['note', { en: 'why' }, '.note.ar'],
    ['note', { en: 'why', ar: '' }, '.note.ar'],
    ['camera', { center: [46.7, 24.7], zoom: 0 }, '.camera.zoom'],
    ['camera', { center: [46.7, 24.7], zoom: 11 }, '.camera.zoom'],
    ['camera', { center: [200, 24.7], zoom: 5 }, '.camera.center[0]'],
    ['camera', { zoom: 5 }, '.camera.center'],
    ['extra', 1, ''],
  ])('rejects %s = %j at %s', (field, value, path) => {
    expect(issuePaths(chronologyEntrySchema, withField(goodEvent, field, value))).toEqual([path]);
  });
});

describe('chapterSchema and chaptersFileSchema', () => {
  it('accepts a good chapter and a file of chapters', () => {
    expect(issuePaths(chapterSchema, goodChapter)).toEqual([]);
    expect(issuePaths(chaptersFileSchema, [goodChapter])).toEqual([]);
  });

  it.each([
    ['id', 'Riyadh and Istanbul', '.id'],
    ['title', { en: 'Riyadh' }, '.title.ar'],
    ['framing', { ar: 'س', en: '' }, '.framing.en'],
    ['firstEvent', undefined, '.firstEvent'],
    ['firstEvent', 'Riyadh Talks', '.firstEvent'],
    ['extra', 1, ''],
  ])('rejects %s = %j at %s', (field, value, path) => {
    expect(issuePaths(chapterSchema, withField(goodChapter, field, value))).toEqual([path]);
  });

  it('rejects an empty chapters file', () => {
    expect(issuePaths(chaptersFileSchema, [])).toEqual(['']);
  });
});

describe('gazetteerEntrySchema', () => {
  it('accepts Natural Earth and manual geometry', () => {
    expect(issuePaths(gazetteerEntrySchema, goodPlace)).toEqual([]);
    const davos = {
      ...goodPlace,
      id: 'davos',
      geometry: { source: 'manual', coordinates: [9.836, 46.8027], citation: 'SOURCES.md' },
    };
    expect(issuePaths(gazetteerEntrySchema, davos)).toEqual([]);
  });

  it('accepts a list of match values and add/subtract ids', () => {
    const ukraine = {
      ...goodPlace,
      kind: 'country',
      geometry: { source: 'naturalEarth', layer: 'countries', match: { iso_a2: ['UA'] }, add: ['crimea'] },
    };
    expect(issuePaths(gazetteerEntrySchema, ukraine)).toEqual([]);
  });

  it.each([
    ['kind', 'town', '.kind'],
    ['aliases', [''], '.aliases[0]'],
    ['ref', {}, '.ref'],
    ['ref', { wikidata: '1519' }, '.ref.wikidata'],
    ['geometry.layer', 'rivers', '.geometry.layer'],
    ['geometry.match', { wikidataid: [] }, '.geometry.match.wikidataid'],
    ['geometry.source', 'osm', '.geometry.source'],
    ['label', [200, 0], '.label[0]'],
    ['label', [0, 91], '.label[1]'],
  ])('rejects %s = %j at %s', (field, value, path) => {
    expect(issuePaths(gazetteerEntrySchema, withField(goodPlace, field, value))).toEqual([path]);
  });
});

describe('articleSchema', () => {
  it('accepts a good article', () => {
    expect(issuePaths(articleSchema, goodArticle)).toEqual([]);
  });

  it.each([
    ['file', '../x.txt', '.file'],
    ['file', 'x.md', '.file'],
    ['language', 'en', '.language'],
    ['url', 'not a url', '.url'],
    ['published.date', '2022-13-13', '.published.date'],
    ['published.basis', 'guess', '.published.basis'],
    ['published.evidence', '', '.published.evidence'],
  ])('rejects %s = %j at %s', (field, value, path) => {
    expect(issuePaths(articleSchema, withField(goodArticle, field, value))).toEqual([path]);
  });
});

describe('placeFeatureSchema', () => {
  const feature = {
    type: 'Feature',
    id: 'abu-dhabi',
    geometry: { type: 'Point', coordinates: [54.36659, 24.46668] },
    properties: {
      id: 'abu-dhabi',
      name: goodPlace.name,
      kind: 'city',
      aliases: goodPlace.aliases,
      label: [54.36659, 24.46668],
      ref: goodPlace.ref,
      mentions: 9,
      events: ['abu-dhabi-talks'],
    },
  };

  it('accepts a point place', () => {
    expect(issuePaths(placeFeatureSchema, feature)).toEqual([]);
  });

  it('rejects a LineString and a negative mention count', () => {
    expect(issuePaths(placeFeatureSchema, withField(feature, 'geometry.type', 'LineString'))).toEqual([
      '.geometry.type',
    ]);
    expect(issuePaths(placeFeatureSchema, withField(feature, 'properties.mentions', -1))).toEqual([
      '.properties.mentions',
    ]);
  });
});
