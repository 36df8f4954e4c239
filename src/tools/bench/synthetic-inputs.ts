/** Reads the real inputs the synthetic story is built from: Natural Earth places and the built events. */
import { readFile } from 'node:fs/promises';
import { eventsCollectionSchema, type EventFeature } from '../../data/schema.ts';
import type { SyntheticAnchor } from './synthetic-story.ts';

interface NaturalEarthPlace {
  geometry?: { type?: string; coordinates?: unknown };
  properties?: { name_en?: unknown; name_ar?: unknown; wikidataid?: unknown; geonameid?: unknown };
}

/** Natural Earth populated places that have an English and an Arabic name, as anchors. */
export async function readAnchors(path: string): Promise<SyntheticAnchor[]> {
  const collection = JSON.parse(await readFile(path, 'utf8')) as { features?: NaturalEarthPlace[] };
  const anchors: SyntheticAnchor[] = [];
  for (const feature of collection.features ?? []) {
    const { geometry, properties } = feature;
    const coordinates = geometry?.coordinates;
    if (geometry?.type !== 'Point' || !Array.isArray(coordinates)) continue;
    const [lon, lat] = coordinates as unknown[];
    if (typeof lon !== 'number' || typeof lat !== 'number') continue;
    if (typeof properties?.name_en !== 'string' || typeof properties.name_ar !== 'string') continue;
    const anchor: SyntheticAnchor = {
      lonLat: [lon, lat],
      name: { en: properties.name_en, ar: properties.name_ar },
    };
    if (typeof properties.wikidataid === 'string' && /^Q\d+$/.test(properties.wikidataid)) {
      anchor.wikidata = properties.wikidataid;
    } else if (typeof properties.geonameid === 'number' && properties.geonameid > 0) {
      anchor.geonames = properties.geonameid;
    }
    anchors.push(anchor);
  }
  if (anchors.length === 0)
    throw new Error(`${path}: no Point features with name_en and name_ar to use as anchors`);
  return anchors;
}

/** The real events (validated), whose excerpts the synthetic events reuse verbatim. */
export async function readSourceEvents(path: string): Promise<EventFeature[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new Error(
      `${path}: not found; run \`npm run geo:build\` first, the synthetic events reuse its excerpts`,
    );
  }
  const parsed = eventsCollectionSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `${path}: not a valid events collection at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`,
    );
  }
  if (parsed.data.features.length === 0) throw new Error(`${path}: has no events to reuse`);
  return parsed.data.features;
}
