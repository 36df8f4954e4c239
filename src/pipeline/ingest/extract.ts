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
    const tokens = sentenceTokens(normalised, sentenceSpan.start, sentenceSpan.end, placeIndex);
    yield { normalised, spanStart: sentenceSpan.start, spanEnd: sentenceSpan.end, tokens };
  }
}

/** The tokens of one sentence of a normalised block, glued words split. */
function sentenceTokens(normalised: Normalised, start: number, end: number, placeIndex: PlaceIndex): Token[] {
  const raw = tokenise(normalised.key, start, end);
  return placeIndex.world ? splitGlued(raw, placeIndex) : raw;
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

/**
 * What a sentence's draft event is made from, without the sentence: held for every dated sentence
 * until the drafts are written, so kept small (the text is sliced from the article again).
 */
interface DraftSeed {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly places: readonly string[];
  readonly actors: readonly string[];
  readonly dates: readonly DateMention[];
}

function draftSeed(sentence: SentenceResult, placeIndex: PlaceIndex): DraftSeed {
  const actors = [
    ...new Set(
      [...sentence.places, ...sentence.associations]
        .map((p) => placeIndex.places.get(p.placeId)?.iso2)
        .filter((iso): iso is string => iso !== undefined),
    ),
  ].sort();
  return {
    index: sentence.index,
    start: sentence.start,
    end: sentence.end,
    places: [...new Set(sentence.places.map((p) => p.placeId))],
    actors,
    dates: sentence.dates,
  };
}

function draftFor(articleId: string, original: string, seed: DraftSeed): ChronologyEntry {
  const sentence = { ...seed, text: original.slice(seed.start, seed.end) };
  const date = bestDate(sentence.dates);
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
    actors: [...seed.actors],
    places: [...seed.places],
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

export interface ExtractOptions {
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
}

/**
 * An extraction read sentence by sentence, so that a large article's results need never be held
 * at once: each sentence is computed when it is read, and only the draft events are kept.
 */
export interface ExtractionStream {
  readonly articleId: string;
  readonly published: string;
  /** The sentences in order, each computed when it is read. A generator: it can be read once. */
  readonly sentences: Generator<SentenceResult, void, undefined>;
  /**
   * The draft events of the sentences read so far: all of them once `sentences` is read to the end.
   * Only their seeds are held; each reading makes the entries afresh, equal each time.
   */
  readonly drafts: Drafts;
}

/** Draft events, made one at a time as they are read. */
export interface Drafts extends Iterable<ChronologyEntry> {
  readonly length: number;
}

/**
 * Extracts sentences, place mentions, date mentions and draft events from one article.
 *
 * @example
 * const result = extract('وصل الوفد إلى موسكو يوم الخميس.', { articleId: 'a', published: '2022-05-13', placeIndex });
 * result.sentences[0].places[0] // { placeId: 'moscow', name: 'موسكو', surface: 'موسكو', start: 14, end: 19 }
 * result.drafts[0].date // { start: '2022-05-12', end: '2022-05-12', precision: 'day', label: … }
 */
export function extract(original: string, options: ExtractOptions): Extraction {
  const stream = extractStream(original, options);
  const sentences = [...stream.sentences];
  return { articleId: stream.articleId, published: stream.published, sentences, drafts: [...stream.drafts] };
}

/**
 * {@link extract} as a stream: the same sentences and drafts, with memory for one block's work and
 * the drafts. Proposals need the whole article (the countries it names), so with a proposer a first
 * pass over the blocks finds the countries and the words after place words; the sentences then
 * come from a second pass, each complete with its proposed places when it is read.
 */
export function extractStream(original: string, options: ExtractOptions): ExtractionStream {
  const { articleId, published, placeIndex, dateline, proposer } = options;
  const blocks = textBlocks(original, options.blockChars ?? BLOCK_CHARS);
  const seeds: DraftSeed[] = [];
  const drafts: Drafts = {
    get length() {
      return seeds.length;
    },
    *[Symbol.iterator]() {
      for (const seed of seeds) yield draftFor(articleId, original, seed);
    },
  };
  const isDateline = (s: SentenceResult): boolean =>
    dateline !== undefined && s.start <= dateline.start && s.end >= dateline.end;
  function* sentences(): Generator<SentenceResult, void, undefined> {
    const accepted = proposer
      ? acceptedProposals(original, blocks, placeIndex, proposer)
      : new Map<string, Candidate[]>();
    for (const sentence of sentenceResults(original, blocks, { published, placeIndex, accepted })) {
      if (sentence.dates.length > 0 && !isDateline(sentence) && sentence.metadata !== true)
        seeds.push(draftSeed(sentence, placeIndex));
      yield sentence;
    }
  }
  return { articleId, published, sentences: sentences(), drafts };
}

/** The sentences of the article, block by block, with their places (proposed ones included) and dates. */
function* sentenceResults(
  original: string,
  blocks: readonly TextBlock[],
  context: {
    readonly published: string;
    readonly placeIndex: PlaceIndex;
    /** Proposed names (matching keys) and their candidates, from {@link acceptedProposals}. */
    readonly accepted: ReadonlyMap<string, readonly Candidate[]>;
  },
): Generator<SentenceResult, void, undefined> {
  const { published, placeIndex, accepted } = context;
  const focusDays: string[] = [];
  let index = 0;
  for (const block of blocks)
    for (const { normalised, spanStart, spanEnd, tokens } of blockSentences(original, block, placeIndex)) {
      const offset = block.start;
      const [localStart, localEnd] = toOriginalSpan(normalised, spanStart, spanEnd);
      const [start, end] = [offset + localStart, offset + localEnd];
      let places: PlaceMention[] = [];
      const associations: PlaceMention[] = [];
      for (const match of findPlaces(tokens, placeIndex)) {
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
      if (accepted.size > 0) {
        // Every occurrence of a proposed name (وفي سودجا as well as مدينة سودجا) not inside a place.
        const added: PlaceMention[] = [];
        tokens.forEach((token, at) => {
          if (token.kind !== 'word') return;
          const stem = stems(token.key).find((s) => accepted.has(s.key));
          if (!stem) return;
          const [from, to] = span(normalised, offset, tokens, at, at + 1, stem.skip);
          if (places.some((p) => p.start < to && from < p.end)) return;
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
        if (added.length > 0) places = [...places, ...added].sort((a, b) => a.start - b.start);
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
      yield {
        index,
        start,
        end,
        text: original.slice(start, end),
        places,
        associations,
        dates,
        ...(metadata ? { metadata } : {}),
      };
      index += 1;
    }
}

const PROPOSAL_KEYS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(PROPOSAL_TRIGGERS).map(([word, kind]) => [normalise(word).key, kind]),
);

const NOT_PROPOSAL_KEYS: ReadonlySet<string> = new Set(NOT_PROPOSAL_WORDS.map((w) => normalise(w).key));

/** No countries: a word has candidates for some countries only if it has them for none. */
const NO_COUNTRIES: ReadonlySet<string> = new Set();

/**
 * Proposals for unknown names after place words: only a candidate in a country the article names,
 * for a word that does not look Arabic (no article, no feminine adjective ending). A first pass over
 * the blocks, before any sentence is made, since the countries can be named anywhere in the article.
 * Most articles have no word a proposal could be made for, and then the pass only normalises the
 * text; the countries are looked for (a pass of place matching) only for a word that has candidates.
 */
function acceptedProposals(
  original: string,
  blocks: readonly TextBlock[],
  placeIndex: PlaceIndex,
  proposer: Proposer,
): Map<string, Candidate[]> {
  const accepted = new Map<string, Candidate[]>();
  const words = [...proposalWords(original, blocks, placeIndex)].filter(
    (key) => proposer.propose(key, NO_COUNTRIES).length > 0,
  );
  if (words.length === 0) return accepted;
  const countries = articleCountries(original, blocks, placeIndex);
  for (const key of words) {
    const candidates = proposer.propose(key, countries).filter((c) => countries.has(c.country));
    if (candidates.length > 0) accepted.set(key, candidates);
  }
  return accepted;
}

/** Where in `key` (a block's normalised key) a place word may start, in order. */
function placeWordPositions(key: string): number[] {
  const positions: number[] = [];
  for (const word of Object.keys(PROPOSAL_KEYS))
    for (let at = key.indexOf(word); at !== -1; at = key.indexOf(word, at + 1)) positions.push(at);
  return positions.sort((a, b) => a - b);
}

/**
 * The matching keys of the words after a place word (مدينة سودجا) that are not part of a known
 * place and could be a name (see {@link acceptedProposals}). A token's key and its stems are slices
 * of the block's normalised key, so only a sentence whose key holds a place word is tokenised.
 */
function proposalWords(original: string, blocks: readonly TextBlock[], placeIndex: PlaceIndex): Set<string> {
  const words = new Set<string>();
  for (const block of blocks) {
    const normalised = normalise(original.slice(block.start, block.end));
    const positions = placeWordPositions(normalised.key);
    if (positions.length === 0) continue;
    let next = 0;
    for (const sentence of sentenceSpans(normalised.text)) {
      while (next < positions.length && positions[next]! < sentence.start) next += 1;
      if (next === positions.length) break;
      if (positions[next]! >= sentence.end) continue;
      const tokens = sentenceTokens(normalised, sentence.start, sentence.end, placeIndex);
      const covered = new Set<number>();
      for (const match of findPlaces(tokens, placeIndex))
        for (let t = match.first; t < match.next; t += 1) covered.add(t);
      tokens.forEach((token, at) => {
        if (token.kind !== 'word' || !stems(token.key).some((stem) => stem.key in PROPOSAL_KEYS)) return;
        // مدينة /إنرغودار/, مدينة “أنكوراج”: quotes and slashes may stand between.
        let name = at + 1;
        while (tokens[name]?.kind === 'punct' && '«“"/\''.includes(tokens[name]!.key)) name += 1;
        if (tokens[name]?.kind !== 'word' || covered.has(name)) return;
        const key = tokens[name]!.key;
        if (key.startsWith('ال') || key.endsWith('يه') || key.length < 4) return;
        if (NOT_PROPOSAL_KEYS.has(key) || key.endsWith('وا') || key.endsWith('ون')) return;
        if (placeIndex.demonyms.has(key)) return;
        words.add(key);
      });
    }
  }
  return words;
}

/** The ISO alpha-2 codes of the countries an article names (as places, cities' countries or adjectives). */
function articleCountries(
  original: string,
  blocks: readonly TextBlock[],
  placeIndex: PlaceIndex,
): Set<string> {
  const countries = new Set<string>();
  for (const block of blocks)
    for (const { tokens } of blockSentences(original, block, placeIndex))
      for (const match of findPlaces(tokens, placeIndex)) {
        const place = placeIndex.places.get(match.placeId);
        const code = place?.iso2 ?? place?.country;
        if (code) countries.add(code);
      }
  return countries;
}
