/**
 * Whether a gazetteer alias occurs in any article, for the "alias never occurs" warning: a typo or
 * a spelling the articles do not use. A plain occurrence check in the matcher's terms (normalised,
 * folded tokens, proclitics allowed through the extractor's `stems`), without its choices between
 * names: an alias that occurs but is read as another place still occurs.
 */
import { normalise } from '../../data/arabic-normalise.ts';
import { stems } from '../ingest/place-mentions.ts';
import { tokenise, type Token } from '../ingest/tokens.ts';

interface TokenisedText {
  readonly tokens: readonly Token[];
  /** Token indices by the token's key and by each of its stems without proclitics. */
  readonly startsByKey: ReadonlyMap<string, readonly number[]>;
}

/**
 * Tokenises the texts once and answers for any number of aliases.
 * @example
 * const occurs = aliasInArticles(['وصل إلى وموسكو وللبحر الأسود']);
 * [occurs('موسكو'), occurs('البحر الأسود'), occurs('كييف')] // [true, true, false]
 */
export function aliasInArticles(texts: readonly string[]): (alias: string) => boolean {
  const tokenised = texts.map(indexTokens);
  return (alias) => {
    const keys = tokenise(normalise(alias).key).map((token) => token.key);
    const [first] = keys;
    if (first === undefined) return false;
    return tokenised.some(({ tokens, startsByKey }) =>
      (startsByKey.get(first) ?? []).some((start) =>
        keys.every((key, offset) => offset === 0 || tokens[start + offset]?.key === key),
      ),
    );
  };
}

function indexTokens(text: string): TokenisedText {
  const tokens = tokenise(normalise(text).key);
  const startsByKey = new Map<string, number[]>();
  tokens.forEach((token, index) => {
    const keys = token.kind === 'word' ? new Set(stems(token.key).map((stem) => stem.key)) : [token.key];
    for (const key of keys) {
      const list = startsByKey.get(key) ?? [];
      list.push(index);
      startsByKey.set(key, list);
    }
  });
  return { tokens, startsByKey };
}
