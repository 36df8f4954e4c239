/** The only stage that reads the disk: every input of the build, as text. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NATURAL_EARTH_LAYERS } from '../../data/schema.ts';
import { CURATED_FILES, type CuratedFile, type NaturalEarthLayer, type RawInputs } from './inputs.ts';

/**
 * @example loadGeoDir('/work/main/geo', 'geo') // { geoDirLabel: 'geo', curated: { 'articles.json': '[…' , … }, … }
 */
export function loadGeoDir(geoDir: string, geoDirLabel: string): RawInputs {
  const curated = {} as Record<CuratedFile, string | undefined>;
  for (const file of CURATED_FILES) curated[file] = readIfPresent(join(geoDir, file));
  const naturalEarth = {} as Record<NaturalEarthLayer, string | undefined>;
  for (const layer of NATURAL_EARTH_LAYERS) {
    naturalEarth[layer] = readIfPresent(join(geoDir, 'naturalearth', `${layer}.geojson`));
  }
  const articlesDir = join(geoDir, 'articles');
  const articleFiles = new Map<string, string>();
  if (existsSync(articlesDir)) {
    for (const name of readdirSync(articlesDir).sort()) {
      if (name.endsWith('.txt')) articleFiles.set(name, readFileSync(join(articlesDir, name), 'utf8'));
    }
  }
  return { geoDirLabel, curated, naturalEarth, articleFiles };
}

function readIfPresent(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}
