/**
 * Finds a publication dateline near the top of an article: a full explicit date that opens one of
 * the first lines, after at most a weekday, a label (date, بتاريخ, نشر) or punctuation.
 * "الجمعة - 12 شوال 1443 هـ - 13 مايو 2022 مـ", "date 2026-02-05 …", "27.02.2025", "قناة اليمن - 15 آب,
 * 2024" (a byline: an outlet word and its name) and "06:46 م الخميس 14 أغسطس 2025" are datelines;
 * "في 12 فبراير 2025، أجرى…" in the body is not.
 */
import { findDates } from './date-grammar.ts';
import { WEEKDAYS } from './date-words.ts';
import { foldKey, normalise, toOriginalSpan } from '../../data/arabic-normalise.ts';
import { OUTLET_WORDS } from './place-lexicon.ts';
import { tokenise } from './tokens.ts';

const OUTLETS = new Set(OUTLET_WORDS.map(foldKey));

export interface Dateline {
  readonly date: string;
  /** The dateline text as it appears in the article, and where. */
  readonly evidence: string;
  readonly start: number;
  readonly end: number;
}

const LINES_TO_SEARCH = 6;
const LABELS = new Set(
  ['date', 'published', 'تاريخ', 'بتاريخ', 'نشر', 'نشرت', 'تحديث', 'اخر', 'الموافق'].map(foldKey),
);

/**
 * @example findDateline('عنوان\n\nالجمعة - 13 مايو 2022\nنص')?.date // '2022-05-13'
 */
export function findDateline(original: string): Dateline | null {
  // Only the head of the text matters; a cap keeps this cheap on a 20 MB file.
  const head = normalise(original.slice(0, 4000));
  let lineStart = 0;
  let searched = 0;
  while (lineStart < head.text.length && searched < LINES_TO_SEARCH) {
    const newline = head.text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? head.text.length : newline;
    const tokens = tokenise(head.key, lineStart, lineEnd);
    if (tokens.length > 0) {
      searched += 1;
      let first = 0;
      let outletWords = 0;
      while (first < tokens.length) {
        const token = tokens[first]!;
        // «06:46 م الخميس 14 أغسطس 2025»: a time stamp; «قناة اليمن - 15 آب, 2024»: a byline.
        const time =
          token.kind === 'number' && (tokens[first + 1]?.key === ':' || tokens[first - 1]?.key === ':');
        const meridiem = (token.key === 'م' || token.key === 'ص') && tokens[first - 1]?.kind === 'number';
        if (token.kind === 'word' && OUTLETS.has(token.key)) outletWords = 3;
        const skippable =
          token.kind === 'punct' ||
          time ||
          meridiem ||
          WEEKDAYS.has(token.key) ||
          LABELS.has(token.key.toLowerCase()) ||
          (token.kind === 'word' && outletWords > 0);
        if (!skippable) break;
        if (token.kind === 'word' && outletWords > 0) outletWords -= 1;
        first += 1;
      }
      const match = findDates(tokens.slice(first), { published: null })[0];
      if (match && match.first === 0 && match.window.precision === 'day') {
        const [start, end] = toOriginalSpan(head, tokens[first]!.start, tokens[first + match.next - 1]!.end);
        return { date: match.window.start, evidence: original.slice(start, end), start, end };
      }
    }
    lineStart = lineEnd + 1;
  }
  return null;
}
