/**
 * `mentions` in places.geojson, counted by the ingest extractor's place matcher (normalise →
 * sentences → tokens → findPlaces), the one that `npm run eval` scores against the hand-checked
 * gold in geo/eval/. So the build and the extractor agree on what a mention is: clitics, folded
 * hamza, longest name, "العاصمة السعودية الرياض" as one mention of Riyadh, البيت الأبيض not Washington.
 */
import type { GazetteerEntry } from '../../data/schema.ts';
import { normalise } from '../../data/arabic-normalise.ts';
import { buildPlaceIndex, type PlaceIndex } from '../ingest/place-index.ts';
import { findPlaces } from '../ingest/place-mentions.ts';
import { sentenceSpans } from '../ingest/sentences.ts';
import { tokenise } from '../ingest/tokens.ts';
import type { NaturalEarthFeature, NaturalEarthLayer } from './inputs.ts';

/**
 * The extractor's index from the build's parsed inputs. Natural Earth stays in: its capitals make
 * "العاصمة الإماراتية أبو ظبي" one mention, and its names keep other places from being read as
 * curated ones. A Natural Earth feature with a curated entry's Wikidata id takes the curated id.
 * @example storyPlaceIndex(inputs.gazetteer, inputs.layers).places.get('moscow')?.source // 'gazetteer'
 */
export function storyPlaceIndex(
  gazetteer: readonly GazetteerEntry[],
  layers: Readonly<Record<NaturalEarthLayer, readonly NaturalEarthFeature[]>>,
): PlaceIndex {
  return buildPlaceIndex(gazetteer, {
    countries: { features: layers.countries },
    seas: { features: layers.seas },
    populated_places: { features: layers.populated_places },
    regions: { features: layers.regions },
  });
}

/**
 * Mention spans per place id over all texts (country adjectives such as الروسية are associations,
 * not mentions, and are not counted). Places never mentioned are absent from the map.
 * @example countPlaceMentions(['وصل إلى العاصمة السعودية الرياض ثم بالرياض'], index).get('riyadh') // 2
 */
export function countPlaceMentions(texts: readonly string[], placeIndex: PlaceIndex): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const placeId of placeMentions(text, placeIndex))
      counts.set(placeId, (counts.get(placeId) ?? 0) + 1);
  }
  return counts;
}

/**
 * The place id of every mention span in one text, in order (adjectives are not mentions).
 * @example placeMentions('بين واشنطن وموسكو', index) // ['washington', 'moscow']
 */
export function placeMentions(text: string, placeIndex: PlaceIndex): string[] {
  const found: string[] = [];
  const normalised = normalise(text);
  // Per sentence, as the extractor does, so a name never runs across a sentence end.
  for (const sentence of sentenceSpans(normalised.text)) {
    const tokens = tokenise(normalised.key, sentence.start, sentence.end);
    for (const match of findPlaces(tokens, placeIndex)) {
      if (match.role === 'mention') found.push(match.placeId);
    }
  }
  return found;
}
