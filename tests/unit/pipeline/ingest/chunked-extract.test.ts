/**
 * Issue 15 row 9: the extractor works block by block (paragraphs of about 64K characters) so that a
 * large article's memory stays linear; the result must be exactly that of the whole text at once.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract, textBlocks } from '../../../../src/pipeline/ingest/extract.ts';
import { outputJson } from '../../../../src/pipeline/ingest/ingest-command.ts';
import type { PlaceIndex } from '../../../../src/pipeline/ingest/place-index.ts';
import { worldProposer } from '../../../../src/pipeline/ingest/proposals.ts';
import type { Proposer } from '../../../../src/pipeline/ingest/proposals.ts';
import { GEO_DIR, loadPlaceIndex, readArticles } from '../../../../src/pipeline/ingest/story-files.ts';

/** One block for any text: the extractor as it was before blocks. */
const WHOLE = Number.MAX_SAFE_INTEGER;

let placeIndex: PlaceIndex;
let proposer: Proposer;
let articles: { id: string; text: string; published: string }[];
beforeAll(() => {
  placeIndex = loadPlaceIndex();
  proposer = worldProposer();
  articles = readArticles().map((article) => ({
    id: article.id,
    text: readFileSync(`${GEO_DIR}articles/${article.file}`, 'utf8'),
    published: article.published.date,
  }));
});

const run = (text: string, published: string, blockChars: number) =>
  extract(text, { articleId: 'a', published, placeIndex, proposer, blockChars });

describe('textBlocks', () => {
  it('covers the text in order, each block ending after a line break or at the end', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'ب', ' ', '\n', '.'), { maxLength: 60 }).map((cs) => cs.join('')),
        fc.integer({ min: 1, max: 20 }),
        (text, size) => {
          const blocks = textBlocks(text, size);
          expect(blocks.map((b) => text.slice(b.start, b.end)).join('')).toBe(text);
          blocks.forEach((block, index) => {
            expect(block.end).toBeGreaterThan(block.start);
            if (index < blocks.length - 1) {
              expect(text[block.end - 1]).toBe('\n');
              expect(block.end - block.start).toBeGreaterThanOrEqual(size);
            }
          });
        },
      ),
    );
  });
});

describe('extraction block by block equals extraction of the whole text', () => {
  it('on the five articles, for blocks of one line, a few lines and the default size', () => {
    expect(articles).toHaveLength(5);
    for (const { text, published } of articles) {
      const whole = run(text, published, WHOLE);
      expect(whole.sentences.length).toBeGreaterThan(5);
      expect(textBlocks(text, 1).length).toBeGreaterThan(3);
      for (const blockChars of [1, 300, 1 << 16]) expect(run(text, published, blockChars)).toEqual(whole);
    }
  }, 60_000);

  it('on synthetic multi-paragraph texts made of the articles’ lines (fast-check)', () => {
    const lines = articles.flatMap((a) => a.text.split('\n')).filter((line) => line.trim().length > 0);
    // Lines with a proposed name (مدينة سودجا) and relative dates anchored on an earlier line, so
    // that state crossing blocks (proposals, the last day named) is exercised.
    const extra = [
      'وصلت القوات إلى مدينة سودجا يوم 6 أغسطس 2024.',
      'وبعد ذلك بـ6 أيام انسحبت من سودجا نحو كورسك.',
      'التقى الوفدان في الرياض يوم الثلاثاء.',
    ];
    const paragraph = fc.array(fc.constantFrom(...lines, ...extra), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(paragraph, fc.constantFrom('\n', '\n\n', '\n \n', '\n\n\n')), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.integer({ min: 1, max: 2000 }),
        (paragraphs, blockChars) => {
          const text = paragraphs.map(([p, sep]) => `${p.join('\n')}${sep}`).join('');
          expect(run(text, '2025-03-01', blockChars)).toEqual(run(text, '2025-03-01', WHOLE));
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});

describe('outputJson', () => {
  it('is byte for byte JSON.stringify(…, null, 2) with a final line break', () => {
    const { text, published } = articles[3]!;
    const result = run(text, published, 1 << 16);
    const article = { id: '004', file: 'x.txt', published, publishedFrom: '--published' };
    const expected = `${JSON.stringify({ article, sentences: result.sentences, drafts: result.drafts }, null, 2)}\n`;
    expect([...outputJson(article, result.sentences, result.drafts)].join('')).toBe(expected);
    expect([...outputJson(article, [], [])].join('')).toBe(
      `${JSON.stringify({ article, sentences: [], drafts: [] }, null, 2)}\n`,
    );
  });
});
