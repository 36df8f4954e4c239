/**
 * `npm run eval`: runs the extractor over the articles in geo/articles.json and prints the scores
 * against geo/eval/ (see geo/eval/README.md). Exits 1 when a figure is below its target.
 */
import { readFileSync } from 'node:fs';
import { chronologyFileSchema } from '../../data/schema.ts';
import { evaluate } from './evaluate.ts';
import type { GoldDate, GoldPlace, Miss } from './evaluate.ts';
import { extract } from './extract.ts';
import { GEO_DIR, StoryFileError, loadPlaceIndex, readArticles } from './story-files.ts';

const TARGETS = { places: 0.95, dates: 0.9 };

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const pct = (value: number): string => value.toFixed(3);

function list(title: string, misses: readonly Miss[]): string[] {
  if (misses.length === 0) return [`${title}: none`];
  return [
    `${title} (${misses.length}):`,
    ...misses.map((m) => `  ${m.article}@${m.start}  ${m.text}  — ${m.detail}`),
  ];
}

function main(): number {
  const placeIndex = loadPlaceIndex();
  const articles = readArticles();
  const chronology = chronologyFileSchema.parse(readJson(`${GEO_DIR}chronology.json`));
  const goldPlaces = readJson(`${GEO_DIR}eval/places.json`) as GoldPlace[];
  const goldDates = readJson(`${GEO_DIR}eval/dates.json`) as GoldDate[];
  const extractions = articles.map((article) =>
    extract(readFileSync(`${GEO_DIR}articles/${article.file}`, 'utf8'), {
      articleId: article.id,
      published: article.published.date,
      placeIndex,
    }),
  );
  const scores = evaluate(extractions, goldPlaces, goldDates, chronology);
  const heldout = readJson(`${GEO_DIR}eval/heldout/gold.json`) as {
    published: string;
    file: string;
    places: GoldPlace[];
    dates: GoldDate[];
  };
  const heldoutScores = evaluate(
    [
      extract(readFileSync(`${GEO_DIR}eval/heldout/${heldout.file}`, 'utf8'), {
        articleId: 'heldout',
        published: heldout.published,
        placeIndex,
      }),
    ],
    heldout.places,
    heldout.dates,
    [],
  );
  const { places, dates, chronology: chrono } = scores;
  const lines = [
    `Ingest evaluation over ${articles.length} articles (gold: geo/eval/, rules in geo/eval/README.md)`,
    `places  precision ${pct(places.precision)}  recall ${pct(places.recall)}  F1 ${pct(places.f1)}  (${places.tp} of ${places.predicted} predicted, ${places.gold} gold; target ≥ ${TARGETS.places})`,
    `dates   window accuracy ${pct(dates.accuracy)}  (${dates.correct} of ${dates.gold} gold; target ≥ ${TARGETS.dates})  detection precision ${pct(dates.detectionPrecision)} (${dates.predicted} predicted)`,
    `chronology check: ${chrono.consistent} of ${chrono.checked} predicted dates inside curated excerpts fall inside their event's window`,
    ...list('place misses', scores.placeMisses),
    ...list('place false positives', scores.placeFalsePositives),
    ...list('date misses', scores.dateMisses),
    ...list('date false positives', scores.dateFalsePositives),
    ...list('chronology conflicts', scores.chronologyConflicts),
    '',
    `Held-out sentences (geo/eval/heldout/, written and annotated before the extractor saw them; not a target)`,
    `places  precision ${pct(heldoutScores.places.precision)}  recall ${pct(heldoutScores.places.recall)}  F1 ${pct(heldoutScores.places.f1)}  (${heldoutScores.places.tp} of ${heldoutScores.places.predicted} predicted, ${heldoutScores.places.gold} gold)`,
    `dates   window accuracy ${pct(heldoutScores.dates.accuracy)}  (${heldoutScores.dates.correct} of ${heldoutScores.dates.gold} gold)  detection precision ${pct(heldoutScores.dates.detectionPrecision)}`,
    ...list('held-out place misses', heldoutScores.placeMisses),
    ...list('held-out place false positives', heldoutScores.placeFalsePositives),
    ...list('held-out date misses', heldoutScores.dateMisses),
    ...list('held-out date false positives', heldoutScores.dateFalsePositives),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  const pass =
    places.precision >= TARGETS.places && places.recall >= TARGETS.places && dates.accuracy >= TARGETS.dates;
  return pass ? 0 : 1;
}

try {
  process.exitCode = main();
} catch (error) {
  const message = error instanceof StoryFileError ? error.message : `eval: ${(error as Error).message}`;
  process.stderr.write(`${message}\n`);
  process.exitCode = 1;
}
