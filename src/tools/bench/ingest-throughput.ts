/**
 * Extraction throughput of the ingest pipeline, in-process: the pure `extract` stage (normalise,
 * sentences, tokens, gazetteer matching, date grammar, drafts) run on each of the five articles in
 * turn, over and over, until 10 MB (10^7 UTF-8 bytes) of article text has been processed. Reading
 * files and building the place index happen once, before the clock starts.
 */
import { readFileSync } from 'node:fs';
import { extract } from '../../pipeline/ingest/extract.ts';
import { GEO_DIR, loadPlaceIndex, readArticles } from '../../pipeline/ingest/story-files.ts';

export const INGEST_TARGET_BYTES = 10_000_000;

export interface IngestThroughput {
  mbPerS: number;
  bytes: number;
  durationMs: number;
  articleRuns: number;
}

/** Times extraction over the story's articles repeated to `targetBytes`. */
export function measureIngestThroughput(targetBytes = INGEST_TARGET_BYTES): IngestThroughput {
  const placeIndex = loadPlaceIndex();
  const articles = readArticles().map((article) => {
    const text = readFileSync(`${GEO_DIR}articles/${article.file}`, 'utf8');
    return {
      id: article.id,
      published: article.published.date,
      text,
      bytes: Buffer.byteLength(text, 'utf8'),
    };
  });
  if (articles.length === 0) throw new Error('ingest throughput: geo/articles.json lists no articles');
  // One untimed pass so the JIT has compiled the hot paths, as in any longer ingest run.
  for (const article of articles) {
    extract(article.text, { articleId: article.id, published: article.published, placeIndex });
  }
  let bytes = 0;
  let articleRuns = 0;
  const startMs = performance.now();
  while (bytes < targetBytes) {
    const article = articles[articleRuns % articles.length];
    if (article === undefined) break;
    extract(article.text, { articleId: article.id, published: article.published, placeIndex });
    bytes += article.bytes;
    articleRuns += 1;
  }
  const durationMs = performance.now() - startMs;
  return { mbPerS: bytes / 1_000_000 / (durationMs / 1000), bytes, durationMs, articleRuns };
}
