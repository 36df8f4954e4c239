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
import { sentenceSpans } from './sentences.ts';
import { tokenise } from './tokens.ts';
import type { Token } from './tokens.ts';

export interface PlaceMention {
  readonly placeId: string;
  readonly name: string;
  readonly surface: string;
  readonly start: number;
  readonly end: number;
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
  },
): Extraction {
  const { articleId, published, placeIndex, dateline } = options;
  const normalised = normalise(original);
  const sentences: SentenceResult[] = [];
  const focusDays: string[] = [];
  for (const sentenceSpan of sentenceSpans(normalised.text)) {
    const tokens = tokenise(normalised.key, sentenceSpan.start, sentenceSpan.end);
    const [start, end] = toOriginalSpan(normalised, sentenceSpan.start, sentenceSpan.end);
    const places: PlaceMention[] = [];
    const associations: PlaceMention[] = [];
    for (const match of findPlaces(tokens, placeIndex)) {
      const [from, to] = span(normalised, tokens, match.first, match.next, match.skip);
      const mention = {
        placeId: match.placeId,
        name: placeIndex.places.get(match.placeId)?.name.ar ?? match.placeId,
        surface: original.slice(from, to),
        start: from,
        end: to,
      };
      (match.role === 'mention' ? places : associations).push(mention);
    }
    const dates: DateMention[] = findDates(tokens, { published, focusDays }).map((match) => {
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
    sentences.push({
      index: sentences.length,
      start,
      end,
      text: original.slice(start, end),
      places,
      associations,
      dates,
    });
  }
  const isDateline = (s: SentenceResult): boolean =>
    dateline !== undefined && s.start <= dateline.start && s.end >= dateline.end;
  const drafts = sentences
    .filter((s) => s.dates.length > 0 && !isDateline(s))
    .map((s) => draftFor(articleId, s, placeIndex));
  return { articleId, published, sentences, drafts };
}
