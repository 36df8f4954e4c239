/**
 * Whole-word counting of a place's Arabic aliases in article text, allowing the proclitics that
 * attach to a word in writing: و ف (and, so), ب ك ل (with/in, like, to/for). Before an alias that
 * starts with the article ال, ل contracts with it (ل + البحر → للبحر), so that form is allowed too.
 * Matching is on the exact surface form (no normalisation of hamza or diacritics): aliases list the
 * forms as they occur in the articles.
 */

const CONJUNCTION = '[وف]?';
const PREPOSITION = '[بكل]?';
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';
const DEFINITE_ARTICLE = 'ال';

/**
 * Number of non-overlapping whole-word occurrences of any alias in `text` (longest alias first at
 * each position, so "الولايات المتحدة الأمريكية" is counted once, not also as "الولايات المتحدة");
 * a bare alias right after another (apposition, only white space between) adds no mention.
 * @example countAliasOccurrences('وصل إلى موسكو ثم غادر وموسكو لموسكوفيين', ['موسكو']) // 2
 * @example countAliasOccurrences('في البحر الأسود وللبحر الأسود', ['البحر الأسود']) // 2
 */
export function countAliasOccurrences(text: string, aliases: readonly string[]): number {
  const pattern = aliasPattern(aliases);
  if (pattern === undefined) return 0;
  const bareAliases = new Set(aliases);
  let count = 0;
  let previousEnd = -1;
  for (const match of text.matchAll(pattern)) {
    // Apposition ("العاصمة السعودية الرياض") names the place once with two of its aliases; a
    // second alias with a clitic ("… والولايات المتحدة") is a new mention.
    const adjacent = previousEnd >= 0 && text.slice(previousEnd, match.index).trim() === '';
    if (!adjacent || !bareAliases.has(match[0])) count += 1;
    previousEnd = match.index + match[0].length;
  }
  return count;
}

function aliasPattern(aliases: readonly string[]): RegExp | undefined {
  const distinct = [...new Set(aliases.filter((alias) => alias.trim() !== ''))];
  if (distinct.length === 0) return undefined;
  distinct.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  const forms = distinct.map((alias) => {
    const plain = `${CONJUNCTION}${PREPOSITION}${escapeRegExp(alias)}`;
    if (!alias.startsWith(DEFINITE_ARTICLE)) return plain;
    // ل + ال drops the alif: "ل" + "لبحر الأسود".
    return `${plain}|${CONJUNCTION}ل${escapeRegExp(alias.slice(1))}`;
  });
  return new RegExp(`(?<!${WORD_CHAR})(?:${forms.join('|')})(?!${WORD_CHAR})`, 'gu');
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
