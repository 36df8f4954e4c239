/**
 * Issue 15 row 9: the extractor works block by block (paragraphs of about 64K characters) and the
 * command writes each sentence as it is made, so that a large article's memory stays linear; the
 * result must be exactly that of the whole text at once.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract, extractStream, textBlocks } from '../../../../src/pipeline/ingest/extract.ts';
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

describe('extractStream', () => {
  const ARTICLE =
    'اجتمع الوفدان في موسكو يوم الخميس.\nوصلت القوات إلى مدينة سودجا يوم 6 أغسطس 2024.\n' +
    'ثم انسحبت من سودجا نحو كورسك.\nوقالت كييف إن المحادثات ستستأنف.\n';

  it('makes each sentence when it is read, and its draft with it', () => {
    const stream = extractStream(ARTICLE, { articleId: 'a', published: '2024-08-10', placeIndex, proposer });
    const whole = extract(ARTICLE, { articleId: 'a', published: '2024-08-10', placeIndex, proposer });
    expect(stream.drafts).toHaveLength(0);
    const first = stream.sentences.next();
    expect(first.done).toBe(false);
    expect(first.value).toEqual(whole.sentences[0]);
    expect(stream.drafts).toHaveLength(1);
    const rest = [...stream.sentences];
    expect([first.value, ...rest]).toEqual(whole.sentences);
    // The proposal (سودجا → Sudzha) reaches the later mention too, though it was made in a first pass.
    expect(rest[1]!.places.map((p) => p.placeId)).toEqual(whole.sentences[2]!.places.map((p) => p.placeId));
    expect(whole.sentences[2]!.places.some((p) => p.proposed !== undefined)).toBe(true);
    expect([...stream.drafts]).toEqual(whole.drafts);
    expect([...stream.drafts]).toEqual(whole.drafts);
  });

  it('asks the proposer only about words after a place word, and about none when there is none', () => {
    const asked: string[] = [];
    const spy = {
      propose: (word: string, countries: ReadonlySet<string>) => {
        asked.push(word);
        return proposer.propose(word, countries);
      },
    };
    const withoutPlaceWord = 'اجتمع الوفدان في موسكو يوم الخميس.\nوقالت كييف إن المحادثات ستستأنف.\n';
    extract(withoutPlaceWord, { articleId: 'a', published: '2024-08-10', placeIndex, proposer: spy });
    expect(asked).toEqual([]);
    extract(ARTICLE, { articleId: 'a', published: '2024-08-10', placeIndex, proposer: spy });
    expect(new Set(asked)).toEqual(new Set(['سودجا']));
  });
});

describe('outputJson streams', () => {
  it('takes a sentence only when its piece is being made', () => {
    let made = 0;
    const sentences = (function* () {
      for (let index = 0; index < 20_000; index += 1) {
        made += 1;
        yield { index, text: 'جملة'.repeat(10) };
      }
    })();
    const pieces = outputJson({ id: 'a' }, sentences, []);
    const first = pieces.next();
    expect(first.done).toBe(false);
    expect(made).toBeGreaterThan(0);
    expect(made).toBeLessThan(1_000);
    const rest = [...pieces].map(String);
    expect(made).toBe(20_000);
    for (const piece of [first.value as string, ...rest.slice(0, -1)])
      expect(piece.length).toBeLessThan(1 << 16);
  });
});
