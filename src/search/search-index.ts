/**
 * Search over the story as readers type it: event titles and summaries in both languages, excerpts
 * and their translations, editor's notes, and place names and aliases. Arabic is matched the
 * forgiving way: through the project's one normaliser (hamza forms, alef maqsura, taa marbuta,
 * tashkeel and tatweel folded) and with proclitics peeled (و ف, then ب ل ك, then ال), so «انقره»
 * finds «أنقرة» and «بموسكو» finds Moscow. Each query word must start a word of the entry.
 */
import type { EventDetails } from '../data/schema.ts';
import { normalise, toOriginalSpan } from '../data/arabic-normalise.ts';
import type { StoryIndex } from '../data/story-index.ts';
import type { Language } from '../store/types.ts';

/** Conjunctions, then prepositions, then the article: peeled in this order, longest first. */
const CONJUNCTIONS = ['و', 'ف'];
const PREPOSITIONS = ['ب', 'ل', 'ك'];
const MIN_STEM = 2;

/** Field weights: a title or a place name says more about an entry than a word deep in a quote. */
const WEIGHT = { title: 4, summary: 2, note: 1, quote: 1 } as const;
type FieldKind = keyof typeof WEIGHT;
const KIND_CODE: Record<FieldKind, number> = { title: 0, summary: 1, note: 2, quote: 3 };
const CODE_WEIGHT = [WEIGHT.title, WEIGHT.summary, WEIGHT.note, WEIGHT.quote];
/** The distinct field weights, heaviest first. */
const SNIPPET_WEIGHTS = [...new Set(Object.values(WEIGHT))].sort((a, b) => b - a);

export interface SearchEntry {
  type: 'event' | 'place';
  id: string;
  /** The entry's texts by kind, for the snippet. */
  fields: { kind: FieldKind; text: string }[];
}

/**
 * An inverted index: every word form (word and stems) of every field, sorted, with the entries and
 * field kinds it occurs in; a query word is a binary search for the forms it starts.
 */
export interface SearchIndex {
  entries: SearchEntry[];
  forms: string[];
  /** For forms[i]: entry index × 4 + field kind code of each field it occurs in. */
  postings: Int32Array[];
}

export interface SearchHit {
  type: 'event' | 'place';
  id: string;
  score: number;
  /** The best field's text with the matched words' [start, end) spans in it. */
  snippet: { text: string; kind: FieldKind; spans: [number, number][] };
}

/**
 * A word's forms to match on: the word and what remains after peeling proclitics.
 * @example stems('وبالرياض') // ['وبالرياض', 'بالرياض', 'الرياض', 'رياض']
 */
export function stems(word: string): string[] {
  const forms = [word];
  let rest = word;
  const peel = (prefixes: readonly string[]): void => {
    const prefix = prefixes.find((p) => rest.startsWith(p) && rest.length - p.length >= MIN_STEM);
    if (prefix) {
      rest = rest.slice(prefix.length);
      forms.push(rest);
    }
  };
  peel(CONJUNCTIONS);
  // ل + ال contracts to لل: للرياض is ل + الرياض.
  if (rest.startsWith('لل') && rest.length > 3) {
    rest = `ا${rest.slice(1)}`;
    forms.push(rest);
  } else peel(PREPOSITIONS);
  peel(['ال']);
  return [...new Set(forms)];
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Words of a text in matching form, with their spans in the original text. */
function words(text: string): { key: string; start: number; end: number }[] {
  const n = normalise(text);
  const key = n.key.toLowerCase();
  const found: { key: string; start: number; end: number }[] = [];
  for (const match of key.matchAll(WORD)) {
    const [start, end] = toOriginalSpan(n, match.index, match.index + match[0].length);
    found.push({ key: match[0], start, end });
  }
  return found;
}

/** The distinct word forms of a text (no spans: indexing needs none). */
function textForms(text: string): Set<string> {
  const forms = new Set<string>();
  for (const match of normalise(text).key.toLowerCase().matchAll(WORD))
    for (const form of stems(match[0])) forms.add(form);
  return forms;
}

function detailFields(details: EventDetails): SearchEntry['fields'] {
  return [
    { kind: 'summary', text: `${details.summary.ar} ${details.summary.en}` },
    ...(details.note ? [{ kind: 'note' as const, text: `${details.note.ar} ${details.note.en}` }] : []),
    ...details.excerpts.flatMap((x) => [
      { kind: 'quote' as const, text: x.text },
      { kind: 'quote' as const, text: x.translation.en },
    ]),
  ];
}

/**
 * Builds the index once (on the first search): every event (its title, and its details: summary,
 * note, quotes and their translations) and every place.
 */
export function buildSearchIndex(
  story: Pick<StoryIndex, 'events' | 'places'>,
  details: ReadonlyMap<string, EventDetails>,
): SearchIndex {
  const entries: SearchEntry[] = story.events.map((event) => {
    const { title } = event.properties;
    const more = details.get(event.id);
    return {
      type: 'event',
      id: event.id,
      fields: [{ kind: 'title', text: `${title.ar} ${title.en}` }, ...(more ? detailFields(more) : [])],
    };
  });
  for (const place of story.places) {
    const p = place.properties;
    entries.push({
      type: 'place',
      id: place.id,
      fields: [{ kind: 'title', text: [p.name.ar, p.name.en, ...p.aliases].join(' ') }],
    });
  }
  // The same text (an excerpt quoted by two events) is normalised once. Codes arrive in entry
  // order, so a repeat is always the last one pushed.
  const formsOfText = new Map<string, string[]>();
  const occurrences = new Map<string, number[]>();
  entries.forEach((entry, e) => {
    for (const { kind, text } of entry.fields) {
      let forms = formsOfText.get(text);
      if (!forms) {
        forms = [...textForms(text)];
        formsOfText.set(text, forms);
      }
      const code = e * 4 + KIND_CODE[kind];
      for (const form of forms) {
        const list = occurrences.get(form);
        if (!list) occurrences.set(form, [code]);
        else if (list[list.length - 1] !== code) list.push(code);
      }
    }
  });
  const forms = [...occurrences.keys()].sort();
  return { entries, forms, postings: forms.map((form) => Int32Array.from(occurrences.get(form) ?? [])) };
}

/** The first index in the sorted forms not before `prefix`. */
function lowerBound(forms: readonly string[], prefix: string): number {
  let low = 0;
  let high = forms.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (forms[mid]! < prefix) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** For one query word: each matching entry's best field weight (a form starting with any of its stems). */
function termWeights(index: SearchIndex, term: readonly string[]): { best: Uint8Array; found: number[] } {
  // A typed array per entry, not a map: at 100,000 events a common word has tens of thousands of postings.
  const best = new Uint8Array(index.entries.length);
  const found: number[] = [];
  for (const prefix of term) {
    for (
      let i = lowerBound(index.forms, prefix);
      i < index.forms.length && index.forms[i]!.startsWith(prefix);
      i += 1
    ) {
      for (const code of index.postings[i]!) {
        const entry = code >> 2;
        const weight = CODE_WEIGHT[code & 3]!;
        const had = best[entry]!;
        if (had === 0) found.push(entry);
        if (had < weight) best[entry] = weight;
      }
    }
  }
  return { best, found };
}

/** The query's words, each as the set of forms any of which may start an entry's word. */
function queryTerms(query: string): string[][] {
  return words(query).map((w) => stems(w.key));
}

/**
 * Spans of the words in `text` that a word of `query` starts, for highlighting.
 * @example queryMatchSpans('Talks in Ankara', 'ankar') // [[9, 15]]
 */
export function queryMatchSpans(text: string, query: string): [number, number][] {
  return matchedSpans(text, queryTerms(query));
}

/** Spans of the words in `text` that a query term starts (for highlighting). */
function matchedSpans(text: string, terms: readonly string[][]): [number, number][] {
  return words(text)
    .filter((w) => {
      const forms = stems(w.key);
      return terms.some((term) => term.some((q) => forms.some((f) => f.startsWith(q))));
    })
    .map((w) => [w.start, w.end]);
}

/**
 * The entries every query word matches, best first (weighted by where they match), then in story
 * order; at most `limit`.
 * @example search(index, 'انقره', 'ar').map((h) => h.id) // ['ankara', 'burns-naryshkin-ankara-2022', …]
 */
export function search(
  index: SearchIndex,
  query: string,
  language: Language,
  limit = 20,
  /** Which entries may be found (the filters' events and every place); all when left out. */
  shown: (entry: Pick<SearchEntry, 'type' | 'id'>) => boolean = () => true,
): SearchHit[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  // Entries every word so far matched, with their summed weights.
  const scores = new Float64Array(index.entries.length);
  let matching: number[] | null = null;
  for (const term of terms) {
    const { best, found } = termWeights(index, term);
    const next: number[] = [];
    for (const entry of matching ?? found) {
      const weight = best[entry]!;
      if (weight === 0) continue;
      scores[entry] = (matching === null ? 0 : scores[entry]!) + weight;
      next.push(entry);
    }
    matching = next;
    if (matching.length === 0) return [];
  }
  const ranked = (matching ?? [])
    .filter((entry) => {
      const found = index.entries[entry];
      return found !== undefined && shown(found);
    })
    // Places first among equals: a name typed is most often the place itself.
    .map((entry) => ({ entry, score: scores[entry]! + (index.entries[entry]?.type === 'place' ? 0.5 : 0) }))
    .sort((a, b) => b.score - a.score || a.entry - b.entry)
    .slice(0, limit);
  return ranked.map(({ entry: e, score }) => {
    const entry = index.entries[e]!;
    // The snippet: the heaviest field with a match, in the interface language among equals. Fields
    // are marked weight by weight, heaviest first, so a title match never normalises long quotes.
    let candidates: (SearchEntry['fields'][number] & { spans: [number, number][] })[] = [];
    for (const weight of SNIPPET_WEIGHTS) {
      candidates = entry.fields
        .filter((f) => WEIGHT[f.kind] === weight)
        .map((f) => ({ ...f, spans: matchedSpans(f.text, terms) }))
        .filter((f) => f.spans.length > 0)
        .sort((a, b) => preferLanguage(a.text, language) - preferLanguage(b.text, language));
      if (candidates.length > 0) break;
    }
    const best = candidates[0] ?? { ...entry.fields[0]!, spans: [] };
    return {
      type: entry.type,
      id: entry.id,
      score,
      snippet: { text: best.text, kind: best.kind, spans: best.spans },
    };
  });
}

/** Among fields of equal weight, one in the interface language reads better (0 first). */
function preferLanguage(text: string, language: Language): number {
  const arabic = /[\u0600-\u06ff]/.test(text);
  return (language === 'ar') === arabic ? 0 : 1;
}
