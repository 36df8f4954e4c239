/**
 * The reliability review's failures (issue 15), one test per case: the build refuses hostile or
 * broken files with exit 1 and one line naming the file, never a stack trace, and the outputs that
 * were there stay byte for byte.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../../../../src/data/schema.ts';
import { runBuild } from '../../../../src/pipeline/build/run-build.ts';
import { copyFixtureGeoDir, PREVIOUS_OUTPUT, type TempGeoDir } from './fixture-geo-dir.ts';

let dir: TempGeoDir;
let outside: string;
beforeEach(() => {
  dir = copyFixtureGeoDir();
  dir.seedOutputs();
  outside = mkdtempSync(join(tmpdir(), 'qanat-outside-'));
});
afterEach(() => {
  dir.dispose();
  rmSync(outside, { recursive: true, force: true });
});

const STACK_LINE = /\n\s+at /;

/** Exit 1, each expected text in stderr, no stack trace, and the old outputs untouched. */
function expectRefused(expected: (string | RegExp)[]): string {
  const result = runBuild({ geoDir: 'geo', check: false, cwd: dir.root });
  expect(result.stderr).not.toMatch(STACK_LINE);
  expect(result.exitCode).toBe(1);
  for (const text of expected) {
    if (typeof text === 'string') expect(result.stderr).toContain(text);
    else expect(result.stderr).toMatch(text);
  }
  for (const content of Object.values(dir.outputs())) expect(content).toBe(PREVIOUS_OUTPUT);
  return result.stderr;
}

const ARTICLE = 'articles/a2.txt';
const articleBytes = () => readFileSync(join(dir.geoDir, ARTICLE));
const errorLines = (stderr: string) => stderr.split('\n').filter((line) => line.startsWith('geo/'));

describe('row 1: geo:build reads only regular files inside geo/', () => {
  it('refuses a symbolic link in articles/ (it would publish the file it points to)', () => {
    const secret = join(outside, 'passwd');
    writeFileSync(secret, 'root:x:0:0:root:/root:/bin/bash\n');
    symlinkSync(secret, join(dir.geoDir, 'articles', 'zzz_notes.txt'));
    expectRefused(['geo/articles/zzz_notes.txt: is a symbolic link']);
  });

  it('refuses a symbolic link in place of an article named by articles.json', () => {
    const copy = join(outside, 'a2.txt');
    writeFileSync(copy, articleBytes());
    dir.remove(ARTICLE);
    symlinkSync(copy, join(dir.geoDir, ARTICLE));
    const stderr = expectRefused(['geo/articles/a2.txt: is a symbolic link']);
    expect(stderr).not.toContain('file not found');
  });

  it('refuses a symbolic link in place of a curated file or a Natural Earth layer', () => {
    const copy = join(outside, 'gazetteer.json');
    writeFileSync(copy, dir.read('gazetteer.json'));
    dir.remove('gazetteer.json');
    symlinkSync(copy, join(dir.geoDir, 'gazetteer.json'));
    const seas = join(outside, 'seas.geojson');
    writeFileSync(seas, dir.read('naturalearth/seas.geojson'));
    dir.remove('naturalearth/seas.geojson');
    symlinkSync(seas, join(dir.geoDir, 'naturalearth/seas.geojson'));
    expectRefused([
      'geo/gazetteer.json: is a symbolic link',
      'geo/naturalearth/seas.geojson: is a symbolic link',
    ]);
  });

  it('refuses articles/ itself being a symbolic link', () => {
    const elsewhere = join(outside, 'articles');
    mkdirSync(elsewhere);
    for (const name of ['a1.txt', 'a2.txt'])
      writeFileSync(join(elsewhere, name), dir.read(`articles/${name}`));
    rmSync(join(dir.geoDir, 'articles'), { recursive: true });
    symlinkSync(elsewhere, join(dir.geoDir, 'articles'));
    expectRefused(['geo/articles: is a symbolic link']);
  });
});

describe('row 2: a gazetteer match selects by at least one known property', () => {
  const setMatch = (id: string, match: unknown) =>
    dir.editJson<GazetteerEntry[]>('gazetteer.json', (entries) => {
      const entry = entries.find((candidate) => candidate.id === id);
      if (entry?.geometry.source !== 'naturalEarth') throw new Error(`fixture lost ${id}`);
      (entry.geometry as { match: unknown }).match = match;
    });

  it('refuses an empty match on a country (it matched every feature)', () => {
    setMatch('russia', {});
    expectRefused([
      'geo/gazetteer.json: entry "russia" field geometry.match: needs at least one property to match',
    ]);
  });

  it('refuses "__proto__" as a match key (JSON.parse keeps it, an object literal drops it)', () => {
    dir.write('gazetteer.json', dir.read('gazetteer.json').replace('"iso_a2": "UA"', '"__proto__": ["x"]'));
    expectRefused(['geo/gazetteer.json: entry "ukraine" field geometry.match.__proto__: "__proto__"']);
  });

  it('refuses a match key that no feature of the layer has', () => {
    setMatch('russia', { iso_a2: 'RU', isoa3: 'RUS' });
    expectRefused([
      'geo/gazetteer.json: entry "russia" field geometry.match.isoa3: no feature of geo/naturalearth/countries.geojson has the property "isoa3"',
    ]);
  });
});

describe('row 4: broken shapes are reported with the file, never as a stack trace', () => {
  it('refuses invalid JSON nested 200,000 levels deep', () => {
    dir.write('gazetteer.json', '['.repeat(200_000));
    expectRefused([/^geo\/gazetteer\.json: line 1:\d+: nesting deeper than \d+ levels/m]);
  });

  it('refuses valid JSON nested 100,000 levels deep, in a whole file or in one field', () => {
    dir.write('chapters.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    const deep = `${'['.repeat(100_000)}1${']'.repeat(100_000)}`;
    dir.write('gazetteer.json', dir.read('gazetteer.json').replace('"Kyiv"', deep));
    expectRefused([
      /^geo\/chapters\.json: line 1:\d+: nesting deeper than \d+ levels/m,
      /^geo\/gazetteer\.json: line \d+:\d+: nesting deeper than \d+ levels/m,
    ]);
  });

  it('refuses a Natural Earth file that is null, and a null feature', () => {
    dir.write('naturalearth/seas.geojson', 'null\n');
    const regions = JSON.parse(dir.read('naturalearth/regions.geojson')) as { features: unknown[] };
    regions.features[1] = null;
    dir.write('naturalearth/regions.geojson', JSON.stringify(regions));
    expectRefused([
      'geo/naturalearth/seas.geojson: must be a GeoJSON FeatureCollection (got null)',
      'geo/naturalearth/regions.geojson: feature #1: must be a GeoJSON Feature object (got null)',
    ]);
  });

  it('refuses a directory named like an article', () => {
    mkdirSync(join(dir.geoDir, 'articles', 'zzz.txt'));
    expectRefused(['geo/articles/zzz.txt: is a directory, not a regular file']);
  });

  it('refuses a curated file that is a directory', () => {
    dir.remove('chapters.json');
    mkdirSync(join(dir.geoDir, 'chapters.json'));
    expectRefused(['geo/chapters.json: is a directory, not a regular file']);
  });
});

describe('row 5: article encodings are named, with the byte offset and the fix', () => {
  it('refuses invalid UTF-8 bytes outside any excerpt (they became U+FFFD silently)', () => {
    const bytes = articleBytes();
    writeFileSync(join(dir.geoDir, ARTICLE), Buffer.concat([bytes, Buffer.from([0xff, 0xfe])]));
    const stderr = expectRefused([
      `geo/articles/a2.txt: is not valid UTF-8: invalid bytes at byte ${bytes.length} (0xFF, line 4), byte ${bytes.length + 1} (0xFE, line 4)`,
      'these bytes are damage, not another encoding',
    ]);
    expect(stderr).not.toContain('Windows-1256');
  });

  it('names a UTF-8 BOM once instead of an offset error per excerpt', () => {
    writeFileSync(
      join(dir.geoDir, ARTICLE),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), articleBytes()]),
    );
    const stderr = expectRefused([
      'geo/articles/a2.txt: starts with a UTF-8 byte-order mark (bytes 0–2: EF BB BF)',
    ]);
    expect(errorLines(stderr)).toHaveLength(1);
  });

  it('names CR LF line ends once, with the first byte offset', () => {
    const text = articleBytes().toString('utf8');
    const firstLf = Buffer.byteLength(text.slice(0, text.indexOf('\n')), 'utf8');
    writeFileSync(join(dir.geoDir, ARTICLE), text.replaceAll('\n', '\r\n'));
    const stderr = expectRefused([
      `geo/articles/a2.txt: has Windows line ends (CR LF): first at byte ${firstLf} (line 1)`,
      'dos2unix',
    ]);
    expect(errorLines(stderr)).toHaveLength(1);
  });

  it('names UTF-16, with and without a byte-order mark', () => {
    const text = articleBytes().toString('utf8');
    writeFileSync(
      join(dir.geoDir, ARTICLE),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    );
    writeFileSync(join(dir.geoDir, 'articles/a1.txt'), Buffer.from(dir.read('articles/a1.txt'), 'utf16le'));
    const stderr = expectRefused([
      'geo/articles/a2.txt: is UTF-16 little-endian (byte-order mark FF FE at byte 0)',
      'geo/articles/a1.txt: is UTF-16 little-endian without a byte-order mark',
      'iconv -f UTF-16 -t UTF-8',
    ]);
    expect(errorLines(stderr)).toHaveLength(2);
  });

  it('suggests Windows-1256 only when most of the file is not UTF-8', () => {
    // «موسكو» in Windows-1256: every non-ASCII byte is invalid UTF-8.
    writeFileSync(join(dir.geoDir, ARTICLE), Buffer.from([0xe3, 0xe6, 0xd3, 0xdf, 0xe6, 0x0a]));
    expectRefused(['geo/articles/a2.txt: is not valid UTF-8', 'iconv -f WINDOWS-1256 -t UTF-8']);
  });
});

describe('row 7: numbers are numbers', () => {
  it('refuses a Natural Earth point whose coordinates are strings (they were coerced)', () => {
    const places = JSON.parse(dir.read('naturalearth/populated_places.geojson')) as {
      features: { geometry: { coordinates: unknown[] } }[];
    };
    const feature = places.features[0]!;
    feature.geometry.coordinates = feature.geometry.coordinates.map(String);
    dir.write('naturalearth/populated_places.geojson', JSON.stringify(places));
    expectRefused([
      /^geo\/naturalearth\/populated_places\.geojson: feature #0 \([^)]*\) field geometry\.coordinates\[0\]: must be a number \(got "[-\d.]+"\)/m,
    ]);
  });

  it('says a number too large for JSON is Infinity, not null', () => {
    dir.write(
      'gazetteer.json',
      dir
        .read('gazetteer.json')
        .replace('"coordinates": [9.836, 46.8027]', '"coordinates": [1e999, 46.8027]'),
    );
    const stderr = expectRefused([
      'geo/gazetteer.json: entry "davos" field geometry.coordinates[0]: must be a finite number (got 1e999 or another number too large for a double, read as Infinity)',
    ]);
    expect(stderr).not.toContain('got null');
  });
});
