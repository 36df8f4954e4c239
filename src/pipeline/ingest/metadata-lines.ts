/**
 * Lines that are publication metadata, not news: datelines in the shapes crawled pages carry
 * («27.02.2025», «15 آب, 2024», «06:46 م الخميس 14 أغسطس 2025», «تاريخ النشر: …») and bylines
 * («قناة اليمن - 15 آب, 2024»). They keep their date mentions but never become draft events.
 */
import { foldKey } from '../../data/arabic-normalise.ts';
import type { Token } from './tokens.ts';
import { WEEKDAYS } from './date-words.ts';
import { OUTLET_WORDS } from './place-lexicon.ts';

const OUTLET_KEYS = new Set(OUTLET_WORDS.map(foldKey));

const METADATA_WORDS = new Set(
  [
    'تاريخ',
    'النشر',
    'نشر',
    'بتاريخ',
    'تحديث',
    'آخر',
    'اخر',
    'م',
    'ص',
    'مساء',
    'صباحا',
    'مساءً',
    'الساعة',
    'بتوقيت',
    'غرينتش',
    'كتب',
    'بقلم',
    'محرر',
    'الموافق',
  ].map(foldKey),
);

/**
 * A line whose every word is a date word (`dated`: token indexes inside a date match), a weekday,
 * a time stamp (06:46 م), a metadata label, or an outlet word and the one or two words naming it.
 * @example isMetadataLine(tokens('06:46 م الخميس 14 أغسطس 2025'), datedIndexes) // true
 */
export function isMetadataLine(tokens: readonly Token[], dated: ReadonlySet<number>): boolean {
  if (dated.size === 0) return false;
  let outletNameLeft = 0;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    if (dated.has(index) || token.kind === 'punct') continue;
    if (token.kind === 'number') {
      const time = tokens[index + 1]?.key === ':' || tokens[index - 1]?.key === ':';
      if (!time) return false;
      continue;
    }
    if (OUTLET_KEYS.has(token.key)) {
      outletNameLeft = 2;
      continue;
    }
    if (METADATA_WORDS.has(token.key) || WEEKDAYS.has(token.key)) continue;
    if (outletNameLeft > 0) {
      outletNameLeft -= 1;
      continue;
    }
    return false;
  }
  return true;
}
