/**
 * One test per kind of bad input: the build must exit 1, name the file, the entry and the field,
 * and leave the outputs that were there before byte for byte as they were.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article, Chapter, ChronologyEntry, GazetteerEntry } from '../../../../src/data/schema.ts';
import { runBuild } from '../../../../src/pipeline/build/run-build.ts';
import { copyFixtureGeoDir, PREVIOUS_OUTPUT, type TempGeoDir } from './fixture-geo-dir.ts';

let dir: TempGeoDir;
beforeEach(() => {
  dir = copyFixtureGeoDir();
  dir.seedOutputs();
});
afterEach(() => dir.dispose());

function build() {
  return runBuild({ geoDir: 'geo', check: false, cwd: dir.root });
}

function expectFailureLeavingOutputs(expectedLines: (string | RegExp)[]): string {
  const result = build();
  expect(result.exitCode).toBe(1);
  expect(result.stdout).toBe('');
  for (const line of expectedLines) {
    if (typeof line === 'string') expect(result.stderr).toContain(line);
    else expect(result.stderr).toMatch(line);
  }
  expect(result.stderr).toMatch(/nothing was written\.\n$/);
  for (const content of Object.values(dir.outputs())) expect(content).toBe(PREVIOUS_OUTPUT);
  return result.stderr;
}

const editChronology = (change: (entries: ChronologyEntry[]) => void) =>
  dir.editJson('chronology.json', change);
const editGazetteer = (change: (entries: GazetteerEntry[]) => void) => dir.editJson('gazetteer.json', change);
const eventById = (entries: ChronologyEntry[], id: string) =>
  entries.find((entry) => entry.id === id) as ChronologyEntry;

describe('geo:build refuses bad input', () => {
  it('reports a malformed chronology entry field by field', () => {
    editChronology((entries) => {
      const event = eventById(entries, 'prisoner-exchange') as unknown as Record<string, unknown>;
      event['kind'] = 'chat';
      delete event['title'];
    });
    expectFailureLeavingOutputs([
      'geo/chronology.json: entry "prisoner-exchange" field kind: must be one of "talks", "call"',
      '(got "chat")',
      'geo/chronology.json: entry "prisoner-exchange" field title: is missing',
    ]);
  });

  it('names an entry without an id by its index', () => {
    editChronology((entries) => {
      delete (entries[0] as Partial<ChronologyEntry>).id;
    });
    expectFailureLeavingOutputs(['geo/chronology.json: entry #0 field id: is missing']);
  });

  it('reports an excerpt that is not verbatim, with where the text really is', () => {
    let realStart = 0;
    editChronology((entries) => {
      const excerpt = eventById(entries, 'prisoner-exchange').excerpts[0];
      if (!excerpt) throw new Error('fixture lost its excerpt');
      realStart = excerpt.start;
      excerpt.start += 2;
      excerpt.end += 2;
    });
    const end = realStart + 'تبادل أسرى بين كييف وموسكو'.length;
    expectFailureLeavingOutputs([
      `geo/chronology.json: entry "prisoner-exchange" field excerpts[0].text: is not the article text at ${realStart + 2}..${end + 2}`,
      `the text occurs at ${realStart}..${end}: set "start": ${realStart}, "end": ${end}`,
    ]);
  });

  it('reports an excerpt whose text is in another article', () => {
    editChronology((entries) => {
      const excerpt = eventById(entries, 'mil-talks-suspended').excerpts[0];
      if (excerpt) excerpt.article = 'a1';
    });
    expectFailureLeavingOutputs([
      'geo/chronology.json: entry "mil-talks-suspended" field excerpts[0].text: ',
      'the text occurs in article "a2" at',
    ]);
  });

  it('reports an unknown place id', () => {
    editChronology((entries) => {
      eventById(entries, 'prisoner-exchange').places = ['kyiv', 'kiev'];
    });
    expectFailureLeavingOutputs([
      'geo/chronology.json: entry "prisoner-exchange" field places[1]: unknown place id "kiev" (not in geo/gazetteer.json)',
    ]);
  });

  it('reports an unknown article id', () => {
    editChronology((entries) => {
      const excerpt = eventById(entries, 'prisoner-exchange').excerpts[0];
      if (excerpt) excerpt.article = 'a9';
    });
    expectFailureLeavingOutputs([
      'geo/chronology.json: entry "prisoner-exchange" field excerpts[0].article: unknown article id "a9" (not in geo/articles.json)',
    ]);
  });

  it('reports a date that is not on the calendar (2025-02-30)', () => {
    editChronology((entries) => {
      eventById(entries, 'treaty-expired').date.start = '2025-02-30';
    });
    expectFailureLeavingOutputs([
      'geo/chronology.json: entry "treaty-expired" field date.start: must be a real calendar date written YYYY-MM-DD (got "2025-02-30")',
    ]);
  });

  it('reports a date window that ends before it starts', () => {
    editChronology((entries) => {
      eventById(entries, 'treaty-expired').date.end = '2026-01-01';
    });
    expectFailureLeavingOutputs([
      'geo/chronology.json: entry "treaty-expired" field date.end: start must not be after end (got "2026-01-01")',
    ]);
  });

  it('reports a missing article file and the articles.json entry that names it', () => {
    dir.remove('articles/a2.txt');
    expectFailureLeavingOutputs([
      'geo/articles/a2.txt: file not found (named by geo/articles.json entry "a2")',
    ]);
  });

  it('reports invalid JSON with line and column', () => {
    const text = dir.read('gazetteer.json');
    dir.write('gazetteer.json', text.replace(/\n\]\s*$/, ',\n]\n'));
    const lineCount = text.trimEnd().split('\n').length;
    expectFailureLeavingOutputs([new RegExp(`geo/gazetteer\\.json: line ${lineCount}:1: invalid JSON: `)]);
  });

  it('reports duplicate ids', () => {
    editGazetteer((entries) => {
      const copy = structuredClone(entries[0] as GazetteerEntry);
      entries.push(copy);
    });
    expectFailureLeavingOutputs([
      /geo\/gazetteer\.json: entry #9 field id: duplicate id "moscow" \(already used by entry #0\)/,
    ]);
  });

  it('reports a Natural Earth match that finds nothing', () => {
    editGazetteer((entries) => {
      const kyiv = entries.find((entry) => entry.id === 'kyiv');
      if (kyiv?.geometry.source === 'naturalEarth') kyiv.geometry.match = { name_en: 'Kiyv' };
    });
    expectFailureLeavingOutputs([
      'geo/gazetteer.json: entry "kyiv" field geometry.match: no feature of geo/naturalearth/populated_places.geojson matches {"name_en":"Kiyv"}',
    ]);
  });

  it('reports a match with the wrong geometry type for the kind of place', () => {
    editGazetteer((entries) => {
      const kyiv = entries.find((entry) => entry.id === 'kyiv');
      if (kyiv) kyiv.kind = 'country';
    });
    expectFailureLeavingOutputs([
      'geo/gazetteer.json: entry "kyiv" field geometry.match: a country needs Polygon/MultiPolygon geometry, but the match in geo/naturalearth/populated_places.geojson gives Point',
    ]);
  });

  it('reports add/subtract cycles and unknown ids', () => {
    editGazetteer((entries) => {
      const crimea = entries.find((entry) => entry.id === 'crimea');
      if (crimea?.geometry.source === 'naturalEarth') crimea.geometry.subtract = ['russia'];
      const ukraine = entries.find((entry) => entry.id === 'ukraine');
      if (ukraine?.geometry.source === 'naturalEarth') ukraine.geometry.add = ['crimea', 'atlantis'];
    });
    expectFailureLeavingOutputs([
      'geo/gazetteer.json: entry "russia" field geometry.subtract[0]: geometry depends on itself: crimea → russia → crimea',
      'geo/gazetteer.json: entry "ukraine" field geometry.add[1]: unknown place id "atlantis"',
    ]);
  });

  it('collects every error in one run instead of stopping at the first', () => {
    editChronology((entries) => {
      eventById(entries, 'treaty-expired').date.start = '2025-02-30';
      eventById(entries, 'prisoner-exchange').places = ['kiev'];
    });
    dir.remove('articles/a2.txt');
    const stderr = expectFailureLeavingOutputs([
      'field date.start',
      'unknown place id "kiev"',
      'articles/a2.txt: file not found',
    ]);
    expect(stderr).toContain('geo:build: 3 errors; nothing was written.');
  });
});

describe('geo:build enforces the story rules', () => {
  const editChapters = (change: (entries: Chapter[]) => void) => dir.editJson('chapters.json', change);

  it('requires the Arabic summary', () => {
    editChronology((entries) => {
      delete (eventById(entries, 'prisoner-exchange').summary as Partial<ChronologyEntry['summary']>).ar;
    });
    expectFailureLeavingOutputs([
      'geo/chronology.json: entry "prisoner-exchange" field summary.ar: is missing',
    ]);
  });

  it('requires an English translation of every excerpt', () => {
    editChronology((entries) => {
      const excerpt = eventById(entries, 'mil-talks-suspended').excerpts[0] as Partial<
        ChronologyEntry['excerpts'][0]
      >;
      delete excerpt.translation;
    });
    expectFailureLeavingOutputs([
      'geo/chronology.json: entry "mil-talks-suspended" field excerpts[0].translation: is missing',
    ]);
  });

  it('requires a note in both languages', () => {
    editChronology((entries) => {
      (eventById(entries, 'treaty-expired') as unknown as Record<string, unknown>)['note'] = 'English only';
    });
    expectFailureLeavingOutputs([/geo\/chronology\.json: entry "treaty-expired" field note: /]);
  });

  it('checks the title style of each language', () => {
    editChronology((entries) => {
      eventById(entries, 'treaty-expired').title = {
        ar: 'موسكو تعلن انتهاء المعاهدة',
        en: 'Last nuclear arms treaty expires',
      };
    });
    expectFailureLeavingOutputs([
      'geo/chronology.json: entry "treaty-expired" field title.en: uses the present-tense verb "expires"',
      'geo/chronology.json: entry "treaty-expired" field title.ar: uses the verb «تعلن»',
    ]);
  });

  it('requires each place to be named in an excerpt or accounted for in the note', () => {
    editChronology((entries) => {
      eventById(entries, 'prisoner-exchange').places = ['kyiv', 'washington'];
    });
    expectFailureLeavingOutputs([
      'geo/chronology.json: entry "prisoner-exchange" field places[1]: place "washington" is named in none of the event\'s excerpts; quote one that names it, drop the place, or say why it is linked in note.en (naming "Washington")',
    ]);
  });

  it('accepts a place that only the note accounts for', () => {
    editChronology((entries) => {
      const event = eventById(entries, 'prisoner-exchange');
      event.places = ['kyiv', 'washington'];
      event.note = { en: 'Washington brokered it (fixture).', ar: 'توسطت واشنطن (حدث تجريبي).' };
    });
    expect(build().exitCode).toBe(0);
  });

  it('requires a named publisher to occur in its article', () => {
    dir.editJson('articles.json', (entries: Article[]) => {
      if (entries[0]) entries[0].publisher = 'Euronews';
    });
    expectFailureLeavingOutputs([
      'geo/articles.json: entry "a1" field publisher: "Euronews" is not named in the article\'s text; use "unknown"',
    ]);
  });

  it('requires geo/chapters.json', () => {
    dir.remove('chapters.json');
    expectFailureLeavingOutputs(['geo/chapters.json: file not found']);
  });

  it('reports a chapter with a bad id or an unknown first event', () => {
    editChapters((entries) => {
      if (entries[1]) entries[1].firstEvent = 'atlantis-talks';
      if (entries[0]) entries[0].id = 'Before';
    });
    expectFailureLeavingOutputs([
      'geo/chapters.json: entry "Before" field id: must be a kebab-case slug',
      'geo/chapters.json: entry "abu-dhabi" field firstEvent: unknown event id "atlantis-talks" (not in geo/chronology.json)',
    ]);
  });

  it('reports chapters out of story order and a first chapter that starts late', () => {
    editChapters((entries) => entries.reverse());
    expectFailureLeavingOutputs([
      'geo/chapters.json: entry "abu-dhabi" field firstEvent: the first chapter must start at the story\'s first event "mil-talks-suspended"',
      'geo/chapters.json: entry "before" field firstEvent: starts at "mil-talks-suspended" (2021-10-01), not after the previous chapter "abu-dhabi"',
    ]);
  });
});

describe('geo:build warnings', () => {
  it('warns about an alias that occurs in no article but still builds', () => {
    const result = build();
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain(
      'warning: geo/gazetteer.json: entry "davos" field aliases[0]: alias "دافوس" does not occur in any article',
    );
    expect(dir.read('places.geojson')).not.toBe(PREVIOUS_OUTPUT);
  });
});
