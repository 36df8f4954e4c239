/**
 * Reads the story's data files for the ingest and eval commands: the gazetteer, the Natural Earth
 * layers and geo/articles.json. Errors name the file and what was wrong.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { articlesFileSchema, gazetteerFileSchema } from '../../data/schema.ts';
import type { Article, GazetteerEntry } from '../../data/schema.ts';
import { WORLD_DIR, loadWorldGazetteer } from '../gazetteer/world-gazetteer.ts';
import { buildPlaceIndex } from './place-index.ts';
import type { NaturalEarthData, PlaceIndex } from './place-index.ts';

/** The repository's geo/ folder. */
export const GEO_DIR = fileURLToPath(new URL('../../../geo/', import.meta.url));

export class StoryFileError extends Error {}

function readJson(path: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    throw new StoryFileError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new StoryFileError(`${path}: not valid JSON (${(error as Error).message})`);
  }
}

function issuesOf(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

export function readGazetteer(geoDir = GEO_DIR): GazetteerEntry[] {
  const path = `${geoDir}gazetteer.json`;
  const parsed = gazetteerFileSchema.safeParse(readJson(path));
  if (!parsed.success) throw new StoryFileError(`${path}: ${issuesOf(parsed.error)}`);
  return parsed.data;
}

export function readArticles(geoDir = GEO_DIR): Article[] {
  const path = `${geoDir}articles.json`;
  const parsed = articlesFileSchema.safeParse(readJson(path));
  if (!parsed.success) throw new StoryFileError(`${path}: ${issuesOf(parsed.error)}`);
  return parsed.data;
}

export function readNaturalEarth(geoDir = GEO_DIR): NaturalEarthData {
  const layer = (name: string): NaturalEarthData['countries'] => {
    const path = `${geoDir}naturalearth/${name}.geojson`;
    const data = readJson(path) as { features?: unknown };
    if (!Array.isArray(data.features)) throw new StoryFileError(`${path}: expected a FeatureCollection`);
    return data as NaturalEarthData['countries'];
  };
  return {
    populated_places: layer('populated_places'),
    regions: layer('regions'),
    seas: layer('seas'),
    countries: layer('countries'),
  };
}

/**
 * The place index from the committed gazetteer, the Natural Earth layers and the world gazetteer
 * (geo/world/: GeoNames cities and Natural Earth admin-1 regions with Arabic names).
 */
export function loadPlaceIndex(geoDir = GEO_DIR, worldDir: string | null = WORLD_DIR): PlaceIndex {
  let world;
  if (worldDir !== null) {
    try {
      world = loadWorldGazetteer(worldDir);
    } catch (error) {
      throw new StoryFileError(`${worldDir}: cannot read the world gazetteer (${(error as Error).message})`);
    }
  }
  return buildPlaceIndex(readGazetteer(geoDir), readNaturalEarth(geoDir), world);
}
