/**
 * The site's story files: a Vite plugin that reads the data contract's files (geo/places.geojson,
 * geo/events.geojson, geo/articles.json, geo/chapters.json, of the generation geo/build-manifest.json
 * names), splits them with splitStory, and serves the split under `story/<generation>/` (index.json
 * and details-<k>.json): emitted into dist/ by a build, served from memory by the dev server. The
 * app imports the index's URL from `virtual:qanat-story-index`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type * as z from 'zod/mini';
import { filesNotInGeneration, parseManifest } from '../../data/build-generation.ts';
import {
  articlesFileSchema,
  chaptersFileSchema,
  eventsCollectionSchema,
  placesCollectionSchema,
} from '../../data/schema.ts';
import { splitFiles, splitStory, STORY_INDEX_FILE } from '../../data/story-split.ts';

const VIRTUAL_ID = 'virtual:qanat-story-index';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const SOURCE_FILES = [
  'places.geojson',
  'events.geojson',
  'articles.json',
  'chapters.json',
  'build-manifest.json',
];

export interface SiteStoryFiles {
  /** Folder of the split, relative to the site's root, with a trailing slash: `story/<generation>/`. */
  base: string;
  files: Map<string, string>;
}

function parseFile<T>(geoDir: string, name: string, text: string, schema: z.ZodMiniType<T>): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${join(geoDir, name)}: not valid JSON (${String(error)})`, { cause: error });
  }
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new Error(
    `${join(geoDir, name)}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'does not match the data contract'} (run npm run geo:check)`,
  );
}

/** Reads the geo dir's contract files and makes the site's split; throws naming the file that is wrong. */
export function readSiteStory(geoDir: string): SiteStoryFiles {
  const text = (name: string): string => readFileSync(join(geoDir, name), 'utf8');
  const manifest = parseManifest(JSON.parse(text('build-manifest.json')));
  if (manifest === undefined) throw new Error(`${join(geoDir, 'build-manifest.json')}: not a build manifest`);
  const placesText = text('places.geojson');
  const eventsText = text('events.geojson');
  const stale = filesNotInGeneration(manifest, {
    'places.geojson': placesText,
    'events.geojson': eventsText,
  });
  if (stale.length > 0) {
    throw new Error(
      `${stale.map((name) => join(geoDir, name)).join(' and ')}: not of build ${manifest.generation} (an interrupted or partial geo:build): run npm run geo:build`,
    );
  }
  const split = splitStory({
    generation: manifest.generation,
    places: parseFile(geoDir, 'places.geojson', placesText, placesCollectionSchema),
    events: parseFile(geoDir, 'events.geojson', eventsText, eventsCollectionSchema).features,
    articles: parseFile(geoDir, 'articles.json', text('articles.json'), articlesFileSchema),
    chapters: parseFile(geoDir, 'chapters.json', text('chapters.json'), chaptersFileSchema),
  });
  return { base: `story/${manifest.generation}/`, files: splitFiles(split) };
}

export function storySplitPlugin(geoDir: string): Plugin {
  return {
    name: 'qanat-story-split',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      for (const name of SOURCE_FILES) this.addWatchFile(join(geoDir, name));
      const { base } = readSiteStory(geoDir);
      return `export default ${JSON.stringify(`./${base}${STORY_INDEX_FILE}`)};`;
    },
    generateBundle() {
      const { base, files } = readSiteStory(geoDir);
      for (const [name, source] of files)
        this.emitFile({ type: 'asset', fileName: `${base}${name}`, source });
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0] ?? '';
        if (!path.startsWith('/story/')) return next();
        const { base, files } = readSiteStory(geoDir);
        const source = path.startsWith(`/${base}`) ? files.get(path.slice(base.length + 1)) : undefined;
        if (source === undefined) return next();
        response.setHeader('Content-Type', 'application/json; charset=utf-8');
        response.end(source);
      });
    },
  };
}
