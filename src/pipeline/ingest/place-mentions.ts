/**
 * Finds place mentions in a sentence's tokens: names with proclitics (و ف ب ل ك ال and their
 * combinations, ل + ال contracted to لل), multiword names (longest wins), trigger phrases
 * (منطقة كورسك → the oblast, العاصمة الإماراتية → Abu Dhabi), institutions that are not places
 * (البيت الأبيض, واشنطن بوست), and demonyms (الروسية) reported as country associations, not mentions.
 */
import { foldKey } from '../../data/arabic-normalise.ts';
import type { NameEntry, PlaceIndex, PlaceKind } from './place-index.ts';
import {
  CITY_TRIGGERS,
  FACILITY_WORDS,
  NOT_PLACE_TOKENS,
  OUTLET_WORDS,
  PLURAL_REGION_TRIGGERS,
  REGION_TRIGGERS,
} from './place-lexicon.ts';
import type { Token } from './tokens.ts';

export interface PlaceMatch {
  /** Token range [first, next). */
  readonly first: number;
  readonly next: number;
  /** Characters of the first token to skip (its proclitics), in the normalised text. */
  readonly skip: number;
  readonly placeId: string;
  readonly role: 'mention' | 'association';
}

/** Proclitic sequences, longest first: conjunction, then preposition. */
const PROCLITICS = ['وب', 'ول', 'وك', 'فب', 'فل', 'فك', 'و', 'ف', 'ب', 'ل', 'ك'];
const MIN_STEM = 2;
const STEM_CACHE_SIZE = 50_000;
const stemCache = new Map<string, Stem[]>();

interface Stem {
  readonly key: string;
  /** Normalised characters before the stem's surface in the token. */
  readonly skip: number;
}

/**
 * The token key and its stems after proclitics; ل + ال contracts to لل (للرياض → الرياض).
 * @example stems('وبموسكو').map((s) => s.key) // ['وبموسكو', 'موسكو', 'بموسكو']
 */
export function stems(key: string): Stem[] {
  const cached = stemCache.get(key);
  if (cached) return cached;
  const found: Stem[] = [{ key, skip: 0 }];
  for (const prefix of PROCLITICS) {
    if (!key.startsWith(prefix) || key.length - prefix.length < MIN_STEM) continue;
    const rest = key.slice(prefix.length);
    found.push({ key: rest, skip: prefix.length });
    if (prefix.endsWith('ل') && rest.startsWith('ل') && rest.length > MIN_STEM) {
      found.push({ key: `ا${rest}`, skip: prefix.length - 1 });
    }
  }
  // Word forms repeat heavily in real text; a bounded cache keeps memory flat on huge inputs.
  if (stemCache.size > STEM_CACHE_SIZE) stemCache.clear();
  stemCache.set(key, found);
  return found;
}

interface NameHit {
  readonly entries: readonly NameEntry[];
  readonly next: number;
  readonly skip: number;
  readonly stem: string;
}

/** The longest name starting at `index`, with every entry of that length (best rank first). */
const notPlaceTokens = new Set(NOT_PLACE_TOKENS.map(foldKey));

function matchName(tokens: readonly Token[], index: number, placeIndex: PlaceIndex): NameHit | null {
  const token = tokens[index];
  if (token?.kind !== 'word') return null;
  if (placeIndex.world && notPlaceTokens.has(token.key)) return null;
  let best = null as NameHit | null;
  for (const stem of stems(token.key)) {
    for (const entry of placeIndex.names.get(stem.key) ?? []) {
      let ok = true;
      for (let offset = 1; offset < entry.words.length && ok; offset += 1) {
        const next = tokens[index + offset];
        ok = next?.kind === 'word' && next.key === entry.words[offset];
      }
      if (!ok) continue;
      // ك "like" glued to a short Natural Earth name is usually part of a word (كبيرا is not ك + Beira).
      if (stem.skip > 0 && token.key[stem.skip - 1] === 'ك' && entry.rank > 0 && stem.key.length < 5)
        continue;
      const next = index + entry.words.length;
      if (best === null || next > best.next || (next === best.next && stem.skip < best.skip)) {
        best = { entries: [entry], next, skip: stem.skip, stem: stem.key };
      } else if (next === best.next && stem.skip === best.skip && !best.entries.includes(entry)) {
        best = { ...best, entries: [...best.entries, entry] };
      }
    }
  }
  if (!best) return null;
  const sorted = [...best.entries].sort((a, b) => a.rank - b.rank);
  return { ...best, entries: sorted };
}

function demonymAt(
  token: Token | undefined,
  placeIndex: PlaceIndex,
): { placeId: string; skip: number } | null {
  if (token?.kind !== 'word') return null;
  for (const stem of stems(token.key)) {
    const placeId = placeIndex.demonyms.get(stem.key);
    if (placeId) return { placeId, skip: stem.skip };
  }
  return null;
}

const regionTriggers = new Set(REGION_TRIGGERS.map(foldKey));
const pluralRegionTriggers = new Set(PLURAL_REGION_TRIGGERS.map(foldKey));
const outletWords = new Set(OUTLET_WORDS.map(foldKey));
const facilityWords = new Set(FACILITY_WORDS.map(foldKey));
const OPENING_MARKS = new Set(['«', '“', '"', '(', '/', "'"]);

/** The index after opening quotes, brackets and slashes: محطة /زابوروجيا/, صحيفة «كييف تايمز». */
function afterMarks(tokens: readonly Token[], index: number): number {
  let at = index;
  while (tokens[at]?.kind === 'punct' && OPENING_MARKS.has(tokens[at]!.key)) at += 1;
  return at;
}

function hasStemIn(token: Token | undefined, set: ReadonlySet<string>): boolean {
  return token?.kind === 'word' && stems(token.key).some((stem) => set.has(stem.key));
}

/**
 * مناطق بريانسك وكورسك وبيلغورود: after a plural region word, each name of the list (joined by و
 * or a comma) is the region of that name when one exists. Returns the matches and the next token.
 */
function pluralRegions(
  tokens: readonly Token[],
  index: number,
  placeIndex: PlaceIndex,
): { found: PlaceMatch[]; next: number } | null {
  const found: PlaceMatch[] = [];
  let at = index + 1;
  for (;;) {
    const named = matchName(tokens, at, placeIndex);
    const region = named?.entries.find((entry) => entry.kind === 'region' && entry.placeId !== null);
    if (!named || !region?.placeId) break;
    found.push({ first: at, next: named.next, skip: named.skip, placeId: region.placeId, role: 'mention' });
    at = named.next;
    if (tokens[at]?.kind === 'punct' && (tokens[at]!.key === '،' || tokens[at]!.key === ',')) at += 1;
    const following = tokens[at];
    if (following?.kind !== 'word') break;
    if (following.key === 'و') at += 1;
  }
  return found.length > 0 ? { found, next: found[found.length - 1]!.next } : null;
}
const cityTriggers = new Set(CITY_TRIGGERS.map(foldKey));

function triggerKind(token: Token | undefined): PlaceKind | null {
  if (token?.kind !== 'word') return null;
  for (const stem of stems(token.key)) {
    if (regionTriggers.has(stem.key)) return 'region';
    if (cityTriggers.has(stem.key)) return 'city';
  }
  return null;
}

function isCapitalWord(token: Token | undefined, placeIndex: PlaceIndex): boolean {
  return token?.kind === 'word' && stems(token.key).some((stem) => placeIndex.capitalWords.has(stem.key));
}

/**
 * A feminine definite name that follows a definite noun is an adjective, not the place:
 * الخارجية السعودية is the Saudi foreign ministry; في السعودية is Saudi Arabia.
 */
function isAdjectival(tokens: readonly Token[], index: number, hit: NameHit): boolean {
  if (hit.skip !== 0 || hit.next - index !== 1) return false;
  if (!hit.stem.startsWith('ال') || !hit.stem.endsWith('يه')) return false;
  const previous = tokens[index - 1];
  return previous?.kind === 'word' && previous.key.startsWith('ال');
}

/**
 * @example
 * const n = normalise('وصل الوفد الروسي إلى العاصمة التركية أنقرة وبموسكو');
 * findPlaces(tokenise(n.key), index).map((m) => [m.placeId, m.role])
 * // [['russia', 'association'], ['ankara', 'mention'], ['moscow', 'mention']]
 */
export function findPlaces(tokens: readonly Token[], placeIndex: PlaceIndex): PlaceMatch[] {
  const found: PlaceMatch[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index]!;
    if (token.kind !== 'word') {
      index += 1;
      continue;
    }

    // العاصمة + country adjective: the capital, unless its name follows (then the name is the mention).
    if (isCapitalWord(token, placeIndex)) {
      const demonym = demonymAt(tokens[index + 1], placeIndex);
      const capital = demonym ? placeIndex.capitals.get(demonym.placeId) : undefined;
      if (capital) {
        const named = matchName(tokens, index + 2, placeIndex);
        if (named && named.entries[0]?.placeId === capital) {
          found.push({
            first: index + 2,
            next: named.next,
            skip: named.skip,
            placeId: capital,
            role: 'mention',
          });
          index = named.next;
        } else {
          found.push({
            first: index,
            next: index + 2,
            skip: stems(token.key).find((s) => placeIndex.capitalWords.has(s.key))!.skip,
            placeId: capital,
            role: 'mention',
          });
          index += 2;
        }
        continue;
      }
    }

    const hit = matchName(tokens, index, placeIndex);

    if (!hit && hasStemIn(token, pluralRegionTriggers)) {
      const plural = pluralRegions(tokens, index, placeIndex);
      if (plural) {
        found.push(...plural.found);
        index = plural.next;
        continue;
      }
    }

    // قناة اليمن, صحيفة «كييف تايمز», محطة زابوروجيه النووية: an outlet's or a facility's name, not
    // a mention of the place it is named after (world index only: geo:build keeps its counts).
    if (!hit && placeIndex.world && (hasStemIn(token, outletWords) || hasStemIn(token, facilityWords))) {
      const at = afterMarks(tokens, index + 1);
      const named = matchName(tokens, at, placeIndex);
      if (named && named.skip === 0) {
        index = named.next;
        continue;
      }
      // قاعدة إلمندورف-ريتشاردسون: a hyphenated facility name is consumed whole.
      if (hasStemIn(token, facilityWords) && tokens[at]?.kind === 'word' && tokens[at + 1]?.key === '-') {
        let end = at + 1;
        while (tokens[end]?.key === '-' && tokens[end + 1]?.kind === 'word') end += 2;
        index = end;
        continue;
      }
    }

    // منطقة/مقاطعة/مدينة + name: prefer a place of the trigger's kind.
    const kind = triggerKind(token);
    if (kind && (!hit || hit.next === index + 1)) {
      const named = matchName(tokens, index + 1, placeIndex);
      const chosen = named?.entries.find((entry) => entry.kind === kind && entry.placeId !== null);
      if (named && chosen?.placeId) {
        const first = kind === 'region' ? index : index + 1;
        const skip =
          kind === 'region'
            ? (stems(token.key).find((s) => regionTriggers.has(s.key))?.skip ?? 0)
            : named.skip;
        found.push({ first, next: named.next, skip, placeId: chosen.placeId, role: 'mention' });
        index = named.next;
        continue;
      }
    }

    if (hit) {
      const entry = hit.entries[0]!;
      if (entry.placeId !== null) {
        const role = isAdjectival(tokens, index, hit) ? 'association' : 'mention';
        found.push({ first: index, next: hit.next, skip: hit.skip, placeId: entry.placeId, role });
      }
      index = hit.next;
      continue;
    }

    const demonym = demonymAt(token, placeIndex);
    if (demonym)
      found.push({
        first: index,
        next: index + 1,
        skip: demonym.skip,
        placeId: demonym.placeId,
        role: 'association',
      });
    index += 1;
  }
  return found;
}
