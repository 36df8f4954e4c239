/**
 * `npm run eval`: runs the extractor over the articles in geo/articles.json and prints the scores
 * against geo/eval/ (see geo/eval/README.md). Exits 1 when a figure is below its target.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { chronologyFileSchema } from '../../data/schema.ts';
import { evaluate } from './evaluate.ts';
import type { GoldDate, GoldPlace, Miss } from './evaluate.ts';
import { extract } from './extract.ts';
import { worldProposer } from './proposals.ts';
import { GEO_DIR, StoryFileError, loadPlaceIndex, readArticles } from './story-files.ts';

/** A held-out set: sentences written for the eval, annotated by the rules in geo/eval/README.md. */
interface HeldoutGold {
  readonly published: string;
  readonly file: string;
  readonly places: GoldPlace[];
  readonly dates: GoldDate[];
}

/**
 * A batch of real reports (geo/eval/real/batch-N/gold.json): texts kept out of git under texts/,
 * each checked against its SHA-256 before scoring.
 */
interface RealBatch {
  readonly batch: string;
  readonly reports: readonly {
    readonly id: string;
    readonly file: string;
    readonly outlet: string;
    readonly url: string;
    readonly published: string;
    readonly sha256: string;
  }[];
  readonly places: GoldPlace[];
  readonly dates: GoldDate[];
}

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

/** A held-out score block: a blank line, its header, the figures and every miss. */
function heldOutLines(header: string, held: ReturnType<typeof evaluate>): string[] {
  return [
    '',
    header,
    `places  precision ${pct(held.places.precision)}  recall ${pct(held.places.recall)}  F1 ${pct(held.places.f1)}  (${held.places.tp} of ${held.places.predicted} predicted, ${held.places.gold} gold)`,
    `dates   window accuracy ${pct(held.dates.accuracy)}  (${held.dates.correct} of ${held.dates.gold} gold)  detection precision ${pct(held.dates.detectionPrecision)}`,
    ...list('place misses', held.placeMisses),
    ...list('place false positives', held.placeFalsePositives),
    ...list('date misses', held.dateMisses),
    ...list('date false positives', held.dateFalsePositives),
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
      proposer: worldProposer(),
    }),
  );
  const scores = evaluate(extractions, goldPlaces, goldDates, chronology);
  const heldoutDir = `${GEO_DIR}eval/heldout/`;
  const heldoutLines = readdirSync(heldoutDir)
    .filter((name) => name.endsWith('.gold.json'))
    .sort()
    .flatMap((name) => {
      const gold = readJson(`${heldoutDir}${name}`) as HeldoutGold;
      const articleId = name.replace(/\.gold\.json$/, '');
      const text = readFileSync(`${heldoutDir}${gold.file}`, 'utf8');
      const result = extract(text, {
        articleId,
        published: gold.published,
        placeIndex,
        proposer: worldProposer(),
      });
      const held = evaluate([result], gold.places, gold.dates, []);
      return heldOutLines(`Held-out ${gold.file} (published ${gold.published}; not a target)`, held);
    });
  const realDir = `${GEO_DIR}eval/real/`;
  const realLines = (existsSync(realDir) ? readdirSync(realDir) : [])
    .filter((name) => existsSync(`${realDir}${name}/gold.json`))
    .sort()
    .flatMap((name) => {
      const gold = readJson(`${realDir}${name}/gold.json`) as RealBatch;
      const outlets = new Set(gold.reports.map((r) => r.outlet.replace(/ \(.*$/, '')));
      const present = gold.reports.filter((r) => existsSync(`${realDir}${name}/${r.file}`));
      const header = `Real reports ${gold.batch}: ${gold.reports.length} reports from ${outlets.size} outlets (geo/eval/real/${name}/; not a target)`;
      if (present.length === 0)
        return ['', header, '  texts not present (kept out of git): see geo/eval/README.md to restore them'];
      const extractions = present.map((report) => {
        const text = readFileSync(`${realDir}${name}/${report.file}`, 'utf8');
        const hash = createHash('sha256').update(text).digest('hex');
        if (hash !== report.sha256)
          throw new Error(`${realDir}${name}/${report.file}: SHA-256 differs from gold.json`);
        return extract(text, {
          articleId: report.id,
          published: report.published,
          placeIndex,
          proposer: worldProposer(),
        });
      });
      const ids = new Set(present.map((r) => r.id));
      const held = evaluate(
        extractions,
        gold.places.filter((g) => ids.has(g.article)),
        gold.dates.filter((g) => ids.has(g.article)),
        [],
      );
      const missing = gold.reports.length - present.length;
      return heldOutLines(`${header}${missing > 0 ? `; ${missing} texts missing` : ''}`, held);
    });
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
    ...heldoutLines,
    ...realLines,
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
