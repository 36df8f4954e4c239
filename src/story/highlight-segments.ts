export interface TextSegment {
  text: string;
  marked: boolean;
}

/**
 * Splits text into plain and marked runs at every occurrence of the given terms (longest term
 * first, no overlaps), so a component can wrap the marked runs in <mark> while the text stays
 * text. Joining the segments' text gives back the input exactly.
 * @example highlightSegments('من موسكو إلى واشنطن', ['موسكو']) // [{ text: 'من ', marked: false }, { text: 'موسكو', marked: true }, { text: ' إلى واشنطن', marked: false }]
 */
export function highlightSegments(text: string, terms: readonly string[]): TextSegment[] {
  const sorted = [...new Set(terms.filter((term) => term.length > 0))].sort((a, b) => b.length - a.length);
  const segments: TextSegment[] = [];
  let plainStart = 0;
  let i = 0;
  while (i < text.length && sorted.length > 0) {
    const term = sorted.find((candidate) => text.startsWith(candidate, i));
    if (term === undefined) {
      i += 1;
      continue;
    }
    if (i > plainStart) segments.push({ text: text.slice(plainStart, i), marked: false });
    segments.push({ text: term, marked: true });
    i += term.length;
    plainStart = i;
  }
  if (plainStart < text.length) segments.push({ text: text.slice(plainStart), marked: false });
  return segments;
}

/**
 * Splits an article around one excerpt's offsets: before, the excerpt, after. Falls back to the
 * first occurrence of the excerpt's text when the offsets do not hold it (and says so).
 * @example splitAroundExcerpt('abcdef', { start: 2, end: 4, text: 'cd' }) // { before: 'ab', excerpt: 'cd', after: 'ef', exact: true }
 */
export function splitAroundExcerpt(
  article: string,
  excerpt: { start: number; end: number; text: string },
): { before: string; excerpt: string; after: string; exact: boolean } | null {
  let { start, end } = excerpt;
  const exact = article.slice(start, end) === excerpt.text;
  if (!exact) {
    start = article.indexOf(excerpt.text);
    if (start < 0) return null;
    end = start + excerpt.text.length;
  }
  return {
    before: article.slice(0, start),
    excerpt: article.slice(start, end),
    after: article.slice(end),
    exact,
  };
}
