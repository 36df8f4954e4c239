/**
 * Crawled text glues words together where markup stood between them (روسياوأوكرانيا,
 * الأممالمتحدةوروسيا). A long word that is no name is split into known name words when exactly
 * one split exists; the pieces keep their spans in the normalised text.
 */
import type { PlaceIndex } from './place-index.ts';
import type { Token } from './tokens.ts';

const MIN_GLUED = 8;
const MIN_PIECE = 3;
const wordSets = new WeakMap<PlaceIndex, Set<string>>();

/** Every word of every name in the index (all positions), for checking pieces. */
function nameWords(index: PlaceIndex): Set<string> {
  let set = wordSets.get(index);
  if (!set) {
    set = new Set<string>();
    for (const list of index.names.values())
      for (const entry of list) for (const word of entry.words) set.add(word);
    wordSets.set(index, set);
  }
  return set;
}

function isPiece(piece: string, words: ReadonlySet<string>): boolean {
  if (piece.length < MIN_PIECE) return false;
  return words.has(piece) || (piece[0] === 'و' && piece.length > MIN_PIECE && words.has(piece.slice(1)));
}

/** The split points of `key` into known pieces when there is exactly one way (else null). */
function uniqueSplit(key: string, words: ReadonlySet<string>): number[] | null {
  // ways[i]: number of segmentations of key[i..] (capped at 2) and the first cut of one of them.
  const ways = new Array<number>(key.length + 1).fill(0);
  const cut = new Array<number>(key.length + 1).fill(-1);
  ways[key.length] = 1;
  for (let i = key.length - MIN_PIECE; i >= 0; i -= 1) {
    for (let j = i + MIN_PIECE; j <= key.length; j += 1) {
      if (ways[j] === 0 || !isPiece(key.slice(i, j), words)) continue;
      ways[i] = Math.min(2, ways[i]! + ways[j]!);
      cut[i] = j;
    }
  }
  if (ways[0] !== 1) return null;
  const cuts: number[] = [];
  for (let at = cut[0]!; at < key.length; at = cut[at]!) cuts.push(at);
  return cuts.length > 0 ? cuts : null;
}

/**
 * @example splitGlued(tokenise(normalise('روسياوأوكرانيا').key), index).map((t) => t.key) // ['روسيا', 'واوكرانيا']
 */
export function splitGlued(tokens: readonly Token[], index: PlaceIndex): Token[] {
  const words = nameWords(index);
  const out: Token[] = [];
  for (const token of tokens) {
    const key = token.key;
    if (token.kind !== 'word' || key.length < MIN_GLUED || words.has(key) || index.demonyms.has(key)) {
      out.push(token);
      continue;
    }
    const cuts = uniqueSplit(key, words);
    if (!cuts) {
      out.push(token);
      continue;
    }
    let from = 0;
    for (const at of [...cuts, key.length]) {
      out.push({ kind: 'word', key: key.slice(from, at), start: token.start + from, end: token.start + at });
      from = at;
    }
  }
  return out;
}
