/**
 * Splits normalised text into word, number and punctuation tokens, with spans in the normalised
 * text. The matchers (places, dates) walk tokens, not regular expressions, so they stay linear.
 */

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  readonly kind: TokenKind;
  /** The matching key of the token (folded), or the digits/punctuation themselves. */
  readonly key: string;
  /** [start, end) in the normalised text. */
  readonly start: number;
  readonly end: number;
}

function isArabicLetter(code: number): boolean {
  return (code >= 0x0621 && code <= 0x064a) || (code >= 0x0671 && code <= 0x06d3) || code === 0x06d5;
}

function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    code === 0xa0 ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x0c ||
    code === 0x0b
  );
}

type CharClass = 'arabic' | 'latin' | 'digit' | 'space' | 'other';

function classify(code: number): CharClass {
  if (isArabicLetter(code)) return 'arabic';
  if (isDigit(code)) return 'digit';
  if (isSpace(code)) return 'space';
  if (isLatinLetter(code)) return 'latin';
  return 'other';
}

/**
 * Tokenises `key` (the folded normalised text) between `from` and `to`.
 * @example
 * tokenise('في 12 فبراير، 2025').map((t) => t.key) // ['في', '12', 'فبراير', '،', '2025']
 */
export function tokenise(key: string, from = 0, to = key.length): Token[] {
  const tokens: Token[] = [];
  let index = from;
  while (index < to) {
    const kind = classify(key.charCodeAt(index));
    if (kind === 'space') {
      index += 1;
      continue;
    }
    if (kind === 'other') {
      tokens.push({ kind: 'punct', key: key[index]!, start: index, end: index + 1 });
      index += 1;
      continue;
    }
    let end = index + 1;
    while (end < to && classify(key.charCodeAt(end)) === kind) end += 1;
    tokens.push({
      kind: kind === 'digit' ? 'number' : 'word',
      key: key.slice(index, end),
      start: index,
      end,
    });
    index = end;
  }
  return tokens;
}
