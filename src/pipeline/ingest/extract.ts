/**
 * The ingest stages put together: normalise → sentences → place mentions → date mentions → draft
 * events. Pure: text and index in, a plain object out; offsets are into the original text.
 */
import type { ChronologyEntry } from '../../data/schema.ts';
import { findDates } from './date-grammar.ts';
import type { DraftWindow } from './date-windows.ts';
import { normalise, toOriginalSpan } from './normalise.ts';
import type { Normalised } from './normalise.ts';
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

function span(
  normalised: Normalised,
  tokens: readonly Token[],
  first: number,
  next: number,
  skip = 0,
): [number, number] {
  return toOriginalSpan(normalised, tokens[first]!.start + skip, tokens[next - 1]!.end);
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
  },
): Extraction {
  const { articleId, published, placeIndex, dateline, proposer } = options;
  const pending: { sentence: number; tokens: readonly Token[]; at: number }[] = [];
  const sentenceTokens: (readonly Token[])[] = [];
  const normalised = normalise(original);
  const sentences: SentenceResult[] = [];
  const focusDays: string[] = [];
  for (const sentenceSpan of sentenceSpans(normalised.text)) {
    const raw = tokenise(normalised.key, sentenceSpan.start, sentenceSpan.end);
    const tokens = placeIndex.world ? splitGlued(raw, placeIndex) : raw;
    const [start, end] = toOriginalSpan(normalised, sentenceSpan.start, sentenceSpan.end);
    const places: PlaceMention[] = [];
    const associations: PlaceMention[] = [];
    const matches = findPlaces(tokens, placeIndex);
    sentenceTokens.push(tokens);
    if (proposer) {
      const covered = new Set<number>();
      for (const m of matches) for (let t = m.first; t < m.next; t += 1) covered.add(t);
      tokens.forEach((token, at) => {
        if (token.kind !== 'word' || !stems(token.key).some((stem) => stem.key in PROPOSAL_KEYS)) return;
        // مدينة /إنرغودار/, مدينة “أنكوراج”: quotes and slashes may stand between.
        let name = at + 1;
        while (tokens[name]?.kind === 'punct' && '«“"/\''.includes(tokens[name]!.key)) name += 1;
        if (tokens[name]?.kind !== 'word' || covered.has(name)) return;
        pending.push({ sentence: sentences.length, tokens, at: name });
      });
    }
    for (const match of matches) {
      const [from, to] = span(normalised, tokens, match.first, match.next, match.skip);
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
      if (match.namesDay === true) focusDays.push(match.window.start);
      const [from, to] = span(normalised, tokens, match.first, match.next);
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
    addProposals(pending, sentences, sentenceTokens, original, normalised, placeIndex, proposer);
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
  pending: readonly { sentence: number; tokens: readonly Token[]; at: number }[],
  sentences: SentenceResult[],
  sentenceTokens: readonly (readonly Token[])[],
  original: string,
  normalised: Normalised,
  placeIndex: PlaceIndex,
  proposer: Proposer,
): void {
  const countries = articleCountries(sentences, placeIndex);
  const accepted = new Map<string, Candidate[]>();
  for (const { tokens, at } of pending) {
    const key = tokens[at]!.key;
    if (accepted.has(key) || key.startsWith('ال') || key.endsWith('يه') || key.length < 4) continue;
    if (NOT_PROPOSAL_KEYS.has(key) || key.endsWith('وا') || key.endsWith('ون')) continue;
    if (placeIndex.demonyms.has(key)) continue;
    const candidates = proposer.propose(key, countries).filter((c) => countries.has(c.country));
    if (candidates.length > 0) accepted.set(key, candidates);
  }
  if (accepted.size === 0) return;
  // Every occurrence of a proposed name in the article (وفي سودجا as well as مدينة سودجا).
  sentenceTokens.forEach((tokens, index) => {
    const result = sentences[index]!;
    const added: PlaceMention[] = [];
    tokens.forEach((token, at) => {
      if (token.kind !== 'word') return;
      const stem = stems(token.key).find((s) => accepted.has(s.key));
      if (!stem) return;
      const [from, to] = span(normalised, tokens, at, at + 1, stem.skip);
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
      sentences[index] = {
        ...result,
        places: [...result.places, ...added].sort((a, b) => a.start - b.start),
      };
  });
}
