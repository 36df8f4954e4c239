/**
 * Splits normalised text into sentences: at line breaks and at . ! ? ؟ when followed by space,
 * a closing quote or the end. A full stop between digits (1.5) or letters (إ.ب.أ) does not split.
 */

export interface SentenceSpan {
  /** [start, end) in the normalised text, trimmed of surrounding space. */
  readonly start: number;
  readonly end: number;
}

const TERMINATORS = new Set(['.', '!', '?', '؟']);
const CLOSERS = new Set(['"', '”', '»', ')', '’', "'"]);

function isSpaceChar(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\u00a0' || char === '\r';
}

/**
 * @example
 * sentenceSpans('قال. ثم ذهب\nسطر').map((s) => [s.start, s.end]) // [[0, 4], [5, 11], [12, 15]]
 */
export function sentenceSpans(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const close = (end: number): void => {
    let from = start;
    let to = end;
    while (from < to && (isSpaceChar(text[from]) || text[from] === '\n')) from += 1;
    while (to > from && (isSpaceChar(text[to - 1]) || text[to - 1] === '\n')) to -= 1;
    if (to > from) spans.push({ start: from, end: to });
  };
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (char === '\n') {
      close(index);
      start = index + 1;
    } else if (TERMINATORS.has(char)) {
      let end = index + 1;
      while (end < text.length && (TERMINATORS.has(text[end]!) || CLOSERS.has(text[end]!))) end += 1;
      if (end >= text.length || isSpaceChar(text[end]) || text[end] === '\n') {
        close(end);
        start = end;
        index = end - 1;
      }
    }
  }
  close(text.length);
  return spans;
}
