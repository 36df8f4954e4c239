/**
 * The ingest stages put together: normalise → sentences → place mentions → date mentions → draft
 * events. Pure: text and index in, a plain object out; offsets are into the original text.
 */
import type { ChronologyEntry } from '../../data/schema.ts';
import { findDates } from './date-grammar.ts';
import type { DraftWindow } from './date-windows.ts';
import { normalise, toOriginalSpan } from '../../data/arabic-normalise.ts';
import type { Normalised } from '../../data/arabic-normalise.ts';
import type { PlaceIndex } from './place-index.ts';
import { findPlaces } from './place-mentions.ts';
import { splitGlued } from './glued.ts';
import { isMetadataLine } from './metadata-lines.ts';
import { NOT_PROPOSAL_WORDS, PROPOSAL_TRIGGERS } from './place-lexicon.ts';
import { stems } from './place-mentions.ts';
import type { Candidate, Proposer } from './proposals.ts';
import { sentenceSpans } from './sentences.ts';
import { tokenise } from './tokens.ts';
import type { Token } from './tokens.ts';

export interface PlaceMention {
  readonly placeId: string;
  readonly name: string;
  readonly surface: string;
  readonly start: number;
  readonly end: number;
  /**
   * Present on a name no list has, proposed from GeoNames' Latin names (placeId `gn-<id>` of the
   * best candidate): the reviewer accepts or rejects it.
   */
  readonly proposed?: { readonly confidence: number; readonly candidates: readonly Candidate[] };
}

export interface DateMention {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly window: DraftWindow;
  readonly basis: 'explicit' | 'relative';
}

export interface SentenceResult {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly places: readonly PlaceMention[];
  /** Country adjectives (الروسية): the sentence is about the country, but does not name a place. */
  readonly associations: readonly PlaceMention[];
  readonly dates: readonly DateMention[];
  /** A dateline, byline or time stamp line: publication metadata, never a draft event. */
  readonly metadata?: boolean;
}

export interface Extraction {
  readonly articleId: string;
  readonly published: string;
  readonly sentences: readonly SentenceResult[];
  readonly drafts: readonly ChronologyEntry[];
}

/** A token span in the whole original text; `offset` is where the normalised block starts in it. */
function span(
  normalised: Normalised,
  offset: number,
  tokens: readonly Token[],
  first: number,
  next: number,
  skip = 0,
): [number, number] {
  const [from, to] = toOriginalSpan(normalised, tokens[first]!.start + skip, tokens[next - 1]!.end);
  return [offset + from, offset + to];
}

/** Characters per block of the original text that is normalised and tokenised at a time. */
export const BLOCK_CHARS = 1 << 16;

export interface TextBlock {
  readonly start: number;
  readonly end: number;
}

/**
 * Splits a text into blocks of at least `size` characters (the last may be shorter), each ending
 * just after a line break or at the end of the text. A line break always ends a sentence and the
 * normaliser never looks back past one, so extracting block by block gives the same result as
 * extracting the whole text, with memory for one block's offset maps and tokens at a time.
 *
 * @example textBlocks('ab\ncd\nef', 1) // [{ start: 0, end: 3 }, { start: 3, end: 6 }, { start: 6, end: 8 }]
 */
export function textBlocks(text: string, size: number = BLOCK_CHARS): TextBlock[] {
  const blocks: TextBlock[] = [];
  let start = 0;
  while (start < text.length) {
    const lineBreak = text.indexOf('\n', Math.min(text.length, start + Math.max(1, size)) - 1);
    const end = lineBreak === -1 ? text.length : lineBreak + 1;
    blocks.push({ start, end });
    start = end;
  }
  return blocks;
}

/** One block of the original, normalised, with its sentences' tokens (glued words split). */
function* blockSentences(
  original: string,
  block: TextBlock,
  placeIndex: PlaceIndex,
): Generator<{ normalised: Normalised; spanStart: number; spanEnd: number; tokens: readonly Token[] }> {
  const normalised = normalise(original.slice(block.start, block.end));
  for (const sentenceSpan of sentenceSpans(normalised.text)) {
    const raw = tokenise(normalised.key, sentenceSpan.start, sentenceSpan.end);
    const tokens = placeIndex.world ? splitGlued(raw, placeIndex) : raw;
    yield { normalised, spanStart: sentenceSpan.start, spanEnd: sentenceSpan.end, tokens };
  }
}

const PRECISION_ORDER = ['day', 'days', 'week', 'month', 'season', 'approx', 'year'] as const;

/** The date a sentence's draft event gets: the narrowest window (ties: the first). */
function bestDate(dates: readonly DateMention[]): DateMention {
  return [...dates].sort(
    (a, b) =>
      PRECISION_ORDER.indexOf(a.window.precision) - PRECISION_ORDER.indexOf(b.window.precision) ||
      a.start - b.start,
  )[0]!;
}

const TITLE_CHARS = 80;

function draftFor(articleId: string, sentence: SentenceResult, placeIndex: PlaceIndex): ChronologyEntry {
  const date = bestDate(sentence.dates);
  const placeIds = [...new Set(sentence.places.map((p) => p.placeId))];
  const actors = [
    ...new Set(
      [...sentence.places, ...sentence.associations]
        .map((p) => placeIndex.places.get(p.placeId)?.iso2)
        .filter((iso): iso is string => iso !== undefined),
    ),
  ].sort();
  const title =
    sentence.text.length > TITLE_CHARS ? `${sentence.text.slice(0, TITLE_CHARS)}…` : sentence.text;
  const others = sentence.dates
    .filter((d) => d !== date)
    .map((d) => `${d.text} (${d.window.start}..${d.window.end})`);
  return {
    id: `draft-${articleId}-s${sentence.index}`,
    date: {
      ...date.window,
      label: {
        ar: date.text,
        en:
          date.window.start === date.window.end
            ? date.window.start
            : `${date.window.start} to ${date.window.end}`,
      },
    },
    title: { ar: title, en: `DRAFT ${articleId} sentence ${sentence.index}: write an English title` },
    summary: {
      en: `Draft proposed by npm run ingest from ${articleId}, sentence ${sentence.index}; review before publishing.`,
      ar: `مسودة من npm run ingest (${articleId}، الجملة ${sentence.index}): تُراجع قبل النشر.`,
    },
    kind: 'other',
    actors,
    places: placeIds,
    excerpts: [
      {
        article: articleId,
        start: sentence.start,
        end: sentence.end,
        text: sentence.text,
        translation: { en: 'DRAFT: translate this excerpt into English' },
      },
    ],
    ...(others.length > 0
      ? {
          note: {
            en: `Other dates in the sentence: ${others.join('; ')}`,
            ar: `تواريخ أخرى في الجملة: ${others.join('؛ ')}`,
          },
        }
      : {}),
  };
}

/**
 * Extracts sentences, place mentions, date mentions and draft events from one article.
 *
 * @example
 * const result = extract('وصل الوفد إلى موسكو يوم الخميس.', { articleId: 'a', published: '2022-05-13', placeIndex });
 * result.sentences[0].places[0] // { placeId: 'moscow', name: 'موسكو', surface: 'موسكو', start: 14, end: 19 }
 * result.drafts[0].date // { start: '2022-05-12', end: '2022-05-12', precision: 'day', label: … }
 */
export function extract(
  original: string,
  options: {
    readonly articleId: string;
    readonly published: string;
    readonly placeIndex: PlaceIndex;
    /** The dateline's span in the original text: its sentence is publication metadata, not an event. */
    readonly dateline?: { readonly start: number; readonly end: number };
    /** Proposes names no list has (see proposals.ts); without it nothing is proposed. */
    readonly proposer?: Proposer;
    /**
     * Characters per block normalised at a time (see {@link textBlocks}); the result does not depend
     * on it, only the memory does.
     */
    readonly blockChars?: number;
  },
): Extraction {
  const { articleId, published, placeIndex, dateline, proposer } = options;
  const blocks = textBlocks(original, options.blockChars ?? BLOCK_CHARS);
  // Words after a place word (مدينة سودجا), kept as keys: proposals need the whole article first.
  const pending: { sentence: number; key: string }[] = [];
  const sentences: SentenceResult[] = [];
  const focusDays: string[] = [];
  for (const block of blocks)
    for (const { normalised, spanStart, spanEnd, tokens } of blockSentences(original, block, placeIndex)) {
      const offset = block.start;
      const [localStart, localEnd] = toOriginalSpan(normalised, spanStart, spanEnd);
      const [start, end] = [offset + localStart, offset + localEnd];
      const places: PlaceMention[] = [];
      const associations: PlaceMention[] = [];
      const matches = findPlaces(tokens, placeIndex);
      if (proposer) {
        const covered = new Set<number>();
        for (const m of matches) for (let t = m.first; t < m.next; t += 1) covered.add(t);
        tokens.forEach((token, at) => {
          if (token.kind !== 'word' || !stems(token.key).some((stem) => stem.key in PROPOSAL_KEYS)) return;
          // مدينة /إنرغودار/, مدينة “أنكوراج”: quotes and slashes may stand between.
          let name = at + 1;
          while (tokens[name]?.kind === 'punct' && '«“"/\''.includes(tokens[name]!.key)) name += 1;
          if (tokens[name]?.kind !== 'word' || covered.has(name)) return;
          pending.push({ sentence: sentences.length, key: tokens[name]!.key });
        });
      }
      for (const match of matches) {
        const [from, to] = span(normalised, offset, tokens, match.first, match.next, match.skip);
        const mention = {
          placeId: match.placeId,
          name: placeIndex.places.get(match.placeId)?.name.ar ?? match.placeId,
          surface: original.slice(from, to),
          start: from,
          end: to,
        };
        // روسيًا, أوكرانيًا: a nisba adjective with tanween looks like the country once marks are gone.
        const adjective = placeIndex.world === true && /\u064b/.test(mention.surface);
        (match.role === 'mention' && !adjective ? places : associations).push(mention);
      }
      const dateMatches = findDates(tokens, { published, focusDays });
      const dates: DateMention[] = dateMatches.map((match) => {
        if (match.namesDay === true) {
          // Only the last mention of each day matters to the grammar (the latest day named, and the
          // latest on a weekday): an earlier equal entry is dropped, so the list stays as short as
          // the number of distinct days named and the lookups stay linear in the article.
          const earlier = focusDays.lastIndexOf(match.window.start);
          if (earlier !== -1) focusDays.splice(earlier, 1);
          focusDays.push(match.window.start);
        }
        const [from, to] = span(normalised, offset, tokens, match.first, match.next);
        return {
          text: original.slice(from, to),
          start: from,
          end: to,
          window: match.window,
          basis: match.basis,
        };
      });
      const dated = new Set<number>();
      for (const match of dateMatches) for (let t = match.first; t < match.next; t += 1) dated.add(t);
      const metadata = isMetadataLine(tokens, dated);
      sentences.push({
        index: sentences.length,
        start,
        end,
        text: original.slice(start, end),
        places,
        associations,
        dates,
        ...(metadata ? { metadata } : {}),
      });
    }
  if (proposer && pending.length > 0)
    addProposals(pending, sentences, blocks, original, placeIndex, proposer);
  const isDateline = (s: SentenceResult): boolean =>
    dateline !== undefined && s.start <= dateline.start && s.end >= dateline.end;
  const drafts = sentences
    .filter((s) => s.dates.length > 0 && !isDateline(s) && s.metadata !== true)
    .map((s) => draftFor(articleId, s, placeIndex));
  return { articleId, published, sentences, drafts };
}

const PROPOSAL_KEYS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(PROPOSAL_TRIGGERS).map(([word, kind]) => [normalise(word).key, kind]),
);

const NOT_PROPOSAL_KEYS: ReadonlySet<string> = new Set(NOT_PROPOSAL_WORDS.map((w) => normalise(w).key));

/** The ISO alpha-2 codes of the countries an article names (as places, cities' countries or adjectives). */
function articleCountries(sentences: readonly SentenceResult[], placeIndex: PlaceIndex): Set<string> {
  const codes = new Set<string>();
  for (const sentence of sentences) {
    for (const mention of [...sentence.places, ...sentence.associations]) {
      const place = placeIndex.places.get(mention.placeId);
      const code = place?.iso2 ?? place?.country;
      if (code) codes.add(code);
    }
  }
  return codes;
}

/**
 * Proposals for unknown names after place words: only a candidate in a country the article names,
 * for a word that does not look Arabic (no article, no feminine adjective ending).
 */
function addProposals(
  pending: readonly { sentence: number; key: string }[],
  sentences: SentenceResult[],
  blocks: readonly TextBlock[],
  original: string,
  placeIndex: PlaceIndex,
  proposer: Proposer,
): void {
  const countries = articleCountries(sentences, placeIndex);
  const accepted = new Map<string, Candidate[]>();
  for (const { key } of pending) {
    if (accepted.has(key) || key.startsWith('ال') || key.endsWith('يه') || key.length < 4) continue;
    if (NOT_PROPOSAL_KEYS.has(key) || key.endsWith('وا') || key.endsWith('ون')) continue;
    if (placeIndex.demonyms.has(key)) continue;
    const candidates = proposer.propose(key, countries).filter((c) => countries.has(c.country));
    if (candidates.length > 0) accepted.set(key, candidates);
  }
  if (accepted.size === 0) return;
  // Every occurrence of a proposed name in the article (وفي سودجا as well as مدينة سودجا): a second
  // pass over the blocks, tokenised again rather than kept from the first pass.
  let index = 0;
  for (const block of blocks)
    for (const { normalised, tokens } of blockSentences(original, block, placeIndex)) {
      const result = sentences[index]!;
      const sentenceIndex = index;
      index += 1;
      const added: PlaceMention[] = [];
      tokens.forEach((token, at) => {
        if (token.kind !== 'word') return;
        const stem = stems(token.key).find((s) => accepted.has(s.key));
        if (!stem) return;
        const [from, to] = span(normalised, block.start, tokens, at, at + 1, stem.skip);
        if (result.places.some((p) => p.start < to && from < p.end)) return;
        const candidates = accepted.get(stem.key)!;
        added.push({
          placeId: `gn-${candidates[0]!.geonamesId}`,
          name: original.slice(from, to),
          surface: original.slice(from, to),
          start: from,
          end: to,
          proposed: { confidence: candidates[0]!.confidence, candidates },
        });
      });
      if (added.length > 0)
        sentences[sentenceIndex] = {
          ...result,
          places: [...result.places, ...added].sort((a, b) => a.start - b.start),
        };
    }
}
