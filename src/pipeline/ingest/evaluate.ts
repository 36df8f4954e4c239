/**
 * Scores extractions against the gold annotations in geo/eval/ (rules in geo/eval/README.md).
 * Pure: extraction results and gold lists in, figures and the misses out.
 */
import type { ChronologyEntry } from '../../data/schema.ts';
import type { Extraction } from './extract.ts';

export interface GoldPlace {
  readonly article: string;
  readonly start: number;
  readonly end: number;
  readonly surface: string;
  readonly place: string;
}

export interface GoldDate {
  readonly article: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly window: { readonly start: string; readonly end: string };
  readonly note?: string;
}

export interface Miss {
  readonly article: string;
  readonly start: number;
  readonly text: string;
  readonly detail: string;
}

export interface Scores {
  readonly places: {
    readonly precision: number;
    readonly recall: number;
    readonly f1: number;
    readonly tp: number;
    readonly predicted: number;
    readonly gold: number;
  };
  readonly dates: {
    readonly accuracy: number;
    readonly correct: number;
    readonly gold: number;
    readonly detectionPrecision: number;
    readonly predicted: number;
  };
  readonly chronology: { readonly consistent: number; readonly checked: number };
  readonly placeMisses: readonly Miss[];
  readonly placeFalsePositives: readonly Miss[];
  readonly dateMisses: readonly Miss[];
  readonly dateFalsePositives: readonly Miss[];
  readonly chronologyConflicts: readonly Miss[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

/**
 * @example
 * const scores = evaluate(extractions, goldPlaces, goldDates, chronology);
 * scores.places.precision // 0.99
 */
export function evaluate(
  extractions: readonly Extraction[],
  goldPlaces: readonly GoldPlace[],
  goldDates: readonly GoldDate[],
  chronology: readonly ChronologyEntry[],
): Scores {
  const placeMisses: Miss[] = [];
  const placeFalsePositives: Miss[] = [];
  const dateMisses: Miss[] = [];
  const dateFalsePositives: Miss[] = [];
  const chronologyConflicts: Miss[] = [];
  let tp = 0;
  let predictedPlaces = 0;
  let correctDates = 0;
  let predictedDates = 0;
  let detectedDates = 0;
  let consistent = 0;
  let checked = 0;

  for (const extraction of extractions) {
    const article = extraction.articleId;
    const gold = goldPlaces.filter((g) => g.article === article);
    const used = new Set<GoldPlace>();
    const predicted = extraction.sentences.flatMap((s) => s.places);
    predictedPlaces += predicted.length;
    for (const mention of predicted) {
      const match = gold.find((g) => !used.has(g) && g.place === mention.placeId && overlaps(g, mention));
      if (match) {
        used.add(match);
        tp += 1;
      } else {
        placeFalsePositives.push({
          article,
          start: mention.start,
          text: mention.surface,
          detail: `predicted ${mention.placeId}`,
        });
      }
    }
    for (const g of gold) {
      if (!used.has(g))
        placeMisses.push({ article, start: g.start, text: g.surface, detail: `gold ${g.place}` });
    }

    const dates = extraction.sentences.flatMap((s) => s.dates);
    predictedDates += dates.length;
    const goldHere = goldDates.filter((g) => g.article === article);
    for (const date of dates) {
      if (goldHere.some((g) => overlaps(g, date))) detectedDates += 1;
      else
        dateFalsePositives.push({
          article,
          start: date.start,
          text: date.text,
          detail: `${date.window.start}..${date.window.end}`,
        });
    }
    for (const g of goldHere) {
      const found = dates.filter((d) => overlaps(g, d));
      if (found.some((d) => d.window.start === g.window.start && d.window.end === g.window.end)) {
        correctDates += 1;
      } else {
        const got = found.map((d) => `${d.window.start}..${d.window.end}`).join(', ') || 'not found';
        dateMisses.push({
          article,
          start: g.start,
          text: g.text,
          detail: `gold ${g.window.start}..${g.window.end}, got ${got}`,
        });
      }
    }

    for (const event of chronology) {
      for (const excerpt of event.excerpts.filter((x) => x.article === article)) {
        for (const date of dates.filter((d) => d.start >= excerpt.start && d.end <= excerpt.end)) {
          checked += 1;
          if (date.window.start >= event.date.start && date.window.end <= event.date.end) consistent += 1;
          else {
            chronologyConflicts.push({
              article,
              start: date.start,
              text: date.text,
              detail: `${date.window.start}..${date.window.end} not inside ${event.id} ${event.date.start}..${event.date.end}`,
            });
          }
        }
      }
    }
  }

  const precision = ratio(tp, predictedPlaces);
  const recall = ratio(tp, goldPlaces.length);
  return {
    places: {
      precision,
      recall,
      f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
      tp,
      predicted: predictedPlaces,
      gold: goldPlaces.length,
    },
    dates: {
      accuracy: ratio(correctDates, goldDates.length),
      correct: correctDates,
      gold: goldDates.length,
      detectionPrecision: ratio(detectedDates, predictedDates),
      predicted: predictedDates,
    },
    chronology: { consistent, checked },
    placeMisses,
    placeFalsePositives,
    dateMisses,
    dateFalsePositives,
    chronologyConflicts,
  };
}
