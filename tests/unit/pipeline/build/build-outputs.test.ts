/**
 * Golden tests in Turf's manner: the fixture geo dir in, places/events/basemap GeoJSON out,
 * compared with tests/fixtures/build/expected/. Regenerate them deliberately with
 * `UPDATE_GOLDEN=1 npx vitest run --project unit tests/unit/pipeline/build/build-outputs.test.ts`
 * and review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import { booleanPointInPolygon, point } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import * as prettier from 'prettier';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTPUT_FILES } from '../../../../src/pipeline/build/inputs.ts';
import { runBuild } from '../../../../src/pipeline/build/run-build.ts';
import { copyFixtureGeoDir, EXPECTED_DIR, REPO_ROOT, type TempGeoDir } from './fixture-geo-dir.ts';

const UPDATE_GOLDEN = process.env['UPDATE_GOLDEN'] === '1';
const SIMFEROPOL = point([34.1, 44.95]);
const MOSCOW = point([37.62, 55.75]);

let dir: TempGeoDir;
let built: Record<string, string>;
let summary: string;

beforeAll(() => {
  dir = copyFixtureGeoDir();
  const result = runBuild({ geoDir: 'geo', check: false, cwd: dir.root });
  if (result.exitCode !== 0) throw new Error(`fixture build failed:\n${result.stderr}`);
  built = dir.outputs();
  summary = result.stdout;
});
afterAll(() => dir.dispose());

describe('geo:build on the fixture geo dir', () => {
  it.each(OUTPUT_FILES)('matches the golden %s', async (file) => {
    const expectedPath = join(EXPECTED_DIR, file);
    if (UPDATE_GOLDEN) {
      // Stored prettier-formatted so `npm run format:check` passes; compared as parsed JSON.
      const options = await prettier.resolveConfig(expectedPath);
      writeFileSync(expectedPath, await prettier.format(built[file] ?? '', { ...options, parser: 'json' }));
    }
    expect(JSON.parse(built[file] ?? '')).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
  });

  it('gives byte-identical outputs when run twice', () => {
    const again = runBuild({ geoDir: 'geo', check: false, cwd: dir.root });
    expect(again.exitCode).toBe(0);
    expect(dir.outputs()).toEqual(built);
  });

  it('writes one feature per line with a trailing newline, and leaves no temporary files', () => {
    for (const file of OUTPUT_FILES) {
      const lines = (built[file] ?? '').split('\n');
      expect(lines[0]).toBe('{"type":"FeatureCollection","features":[');
      expect(lines.at(-2)).toBe(']}');
      expect(lines.at(-1)).toBe('');
    }
    expect(readdirSync(dir.geoDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('reports counts and sizes in a one-line summary', () => {
    expect(summary).toMatch(
      /^geo:build: wrote 9 places, 4 events, 4 excerpts; places\.geojson \d+ B, events\.geojson \d+ B, basemap\.geojson \d+ B, basemap-coarse\.geojson \d+ B\n$/,
    );
  });

  it.each(OUTPUT_FILES)('writes %s as RFC 7946 GeoJSON (@placemarkio/check-geojson)', (file) => {
    expect(() => check(built[file] ?? '')).not.toThrow();
  });

  it('draws Crimea inside Ukraine, not Russia, in the basemap and in places', () => {
    expectRecognisedBorders(built['basemap.geojson'] ?? '', 'iso_a2', 'RU', 'UA');
    expectRecognisedBorders(built['places.geojson'] ?? '', 'id', 'russia', 'ukraine');
  });

  it('gives every basemap feature a label point inside it, and every sea a minor flag', () => {
    expect(basemapLabels(built['basemap.geojson'] ?? '').minor).toEqual({ true: 0, false: 2 });
  });
});

describe('geo:check', () => {
  it('passes when the outputs are current', () => {
    const result = runBuild({ geoDir: 'geo', check: true, cwd: dir.root });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^geo:check: up to date/);
  });

  it('names the stale file and the command that fixes it, and writes nothing', () => {
    dir.write('events.geojson', `${built['events.geojson'] ?? ''} `);
    const result = runBuild({ geoDir: 'geo', check: true, cwd: dir.root });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(
      'geo:check: geo/events.geojson is stale or missing; run `npm run geo:build`',
    );
    expect(dir.read('events.geojson')).toBe(`${built['events.geojson'] ?? ''} `);
    dir.write('events.geojson', built['events.geojson'] ?? '');
  });

  it('fails when the coarse basemap is stale, naming it', () => {
    const coarse = built['basemap-coarse.geojson'] ?? '';
    dir.write('basemap-coarse.geojson', coarse.replace('"kind":"country"', '"kind":"country","stale":true'));
    const result = runBuild({ geoDir: 'geo', check: true, cwd: dir.root });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('geo/basemap-coarse.geojson is stale or missing');
    dir.write('basemap-coarse.geojson', coarse);
  });
});

describe('the coarse basemap level', () => {
  type Basemap = { features: Feature<Polygon | MultiPolygon | Point, Record<string, unknown>>[] };
  const parse = (file: string) => JSON.parse(built[file] ?? '') as Basemap;

  it('has the detailed level’s features in its order, each country simpler, seas as label points', () => {
    const detailed = parse('basemap.geojson').features;
    const coarse = parse('basemap-coarse.geojson').features;
    expect(coarse.map((f) => f.properties['name_en'])).toEqual(detailed.map((f) => f.properties['name_en']));
    coarse.forEach((feature, index) => {
      const properties = { ...feature.properties };
      delete properties['place'];
      expect(properties).toEqual(detailed[index]?.properties);
      if (feature.properties['kind'] === 'sea') {
        expect(feature.geometry).toEqual({ type: 'Point', coordinates: feature.properties['label'] });
        return;
      }
      expect(JSON.stringify(feature.geometry).length).toBeLessThan(
        JSON.stringify(detailed[index]?.geometry).length,
      );
    });
  });

  it('names the story place each story country is, Crimea inside Ukraine', () => {
    const coarse = parse('basemap-coarse.geojson').features;
    const places = Object.fromEntries(
      coarse.filter((f) => f.properties['place']).map((f) => [f.properties['iso_a2'], f.properties['place']]),
    );
    expect(places).toEqual({ RU: 'russia', UA: 'ukraine' });
    expectRecognisedBorders(built['basemap-coarse.geojson'] ?? '', 'iso_a2', 'RU', 'UA');
  });
});

describe('the committed geo/*.geojson', () => {
  const geoDir = join(REPO_ROOT, 'geo');
  const curated = ['gazetteer.json', 'chronology.json'].every((file) => existsSync(join(geoDir, file)));

  it.skipIf(!curated)('exist and are RFC 7946 GeoJSON (run `npm run geo:build` if this fails)', () => {
    for (const file of OUTPUT_FILES) {
      const text = readFileSync(join(geoDir, file), 'utf8');
      expect(() => check(text), file).not.toThrow();
    }
  });

  it.skipIf(!curated)(
    'label each basemap feature inside it, and tell small seas (straits) from large',
    () => {
      const { minor } = basemapLabels(readFileSync(join(geoDir, 'basemap.geojson'), 'utf8'));
      expect(minor.true).toBeGreaterThan(3);
      expect(minor.false).toBeGreaterThan(3);
    },
  );

  it.skipIf(!curated)('draw Crimea inside Ukraine, not Russia', () => {
    expectRecognisedBorders(readFileSync(join(geoDir, 'basemap.geojson'), 'utf8'), 'iso_a2', 'RU', 'UA');
    expectRecognisedBorders(readFileSync(join(geoDir, 'places.geojson'), 'utf8'), 'id', 'russia', 'ukraine');
  });
});

function expectRecognisedBorders(text: string, key: string, russia: string, ukraine: string) {
  const features = (
    JSON.parse(text) as { features: Feature<Polygon | MultiPolygon, Record<string, unknown>>[] }
  ).features;
  const find = (value: string) => {
    const found = features.find((feature) => feature.properties[key] === value);
    if (!found) throw new Error(`no feature with ${key} = ${value}`);
    return found;
  };
  expect(booleanPointInPolygon(SIMFEROPOL, find(russia))).toBe(false);
  expect(booleanPointInPolygon(SIMFEROPOL, find(ukraine))).toBe(true);
  expect(booleanPointInPolygon(MOSCOW, find(russia))).toBe(true);
}

/** Checks every basemap label point lies in its feature and only seas carry `minor`; counts those flags. */
function basemapLabels(text: string): { minor: { true: number; false: number } } {
  const features = (
    JSON.parse(text) as { features: Feature<Polygon | MultiPolygon, Record<string, unknown>>[] }
  ).features;
  expect(features.length).toBeGreaterThan(3);
  const minor = { true: 0, false: 0 };
  for (const feature of features) {
    const name = String(feature.properties['name_en']);
    const label = feature.properties['label'] as [number, number];
    expect(booleanPointInPolygon(point(label), feature), name).toBe(true);
    expect('minor' in feature.properties, name).toBe(feature.properties['kind'] === 'sea');
    if (feature.properties['minor'] === true) minor.true += 1;
    if (feature.properties['minor'] === false) minor.false += 1;
  }
  return { minor };
}
