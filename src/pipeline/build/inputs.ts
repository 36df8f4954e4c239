/** The shapes that flow between the build stages. */
import type { Geometry } from 'geojson';
import type {
  NATURAL_EARTH_LAYERS,
  Article,
  Chapter,
  ChronologyEntry,
  GazetteerEntry,
} from '../../data/schema.ts';
import type { BuildError } from './build-error.ts';

export type NaturalEarthLayer = (typeof NATURAL_EARTH_LAYERS)[number];
export const CURATED_FILES = ['articles.json', 'gazetteer.json', 'chronology.json', 'chapters.json'] as const;
export type CuratedFile = (typeof CURATED_FILES)[number];

/** Everything read from the geo dir, as text; `undefined` when a file is missing. */
export interface RawInputs {
  /** How the geo dir is shown in messages, e.g. `geo`. */
  geoDirLabel: string;
  curated: Record<CuratedFile, string | undefined>;
  naturalEarth: Record<NaturalEarthLayer, string | undefined>;
  /** The files found in `articles/`, by file name. */
  articleFiles: ReadonlyMap<string, string>;
  /** Problems found while reading: links, directories, pipes, article encodings. */
  readProblems?: readonly BuildError[];
  /**
   * Paths relative to the geo dir (`gazetteer.json`, `articles/a.txt`, `articles`) that exist but
   * were refused: their problem is in `readProblems`, so they are not also reported as missing.
   */
  refusedFiles?: ReadonlySet<string>;
}

export interface NaturalEarthFeature {
  properties: Record<string, unknown>;
  geometry: Geometry | null;
}

/** The inputs after JSON parsing and schema checks; entries that failed their schema are left out. */
export interface ParsedInputs {
  geoDirLabel: string;
  articles: Article[];
  gazetteer: GazetteerEntry[];
  chronology: ChronologyEntry[];
  chapters: Chapter[];
  /**
   * Ids of every entry that has one, valid or not, so one bad entry does not cascade; `undefined`
   * when the whole file could not be read, so references into it are not checked at all.
   */
  knownIds: {
    articles: Set<string> | undefined;
    places: Set<string> | undefined;
    events: Set<string> | undefined;
    chapters: Set<string> | undefined;
  };
  layers: Record<NaturalEarthLayer, NaturalEarthFeature[]>;
  articleFiles: ReadonlyMap<string, string>;
  /** As in {@link RawInputs.refusedFiles}. */
  refusedFiles: ReadonlySet<string>;
  /** Layers whose file was missing, refused or not a FeatureCollection (already reported). */
  unusableLayers: ReadonlySet<NaturalEarthLayer>;
}

/** The files `geo:build` writes, in the geo dir (the basemap in two levels: detailed, coarse). */
export const OUTPUT_FILES = [
  'places.geojson',
  'events.geojson',
  'basemap.geojson',
  'basemap-coarse.geojson',
] as const;
export type OutputFile = (typeof OUTPUT_FILES)[number];

/** @example displayPath('geo', 'chronology.json') // 'geo/chronology.json' */
export function displayPath(geoDirLabel: string, file: string): string {
  return geoDirLabel === '' || geoDirLabel === '.' ? file : `${geoDirLabel}/${file}`;
}
