/**
 * The one article-text rule (issue 15, row 5): what the build accepts decodes to the same string
 * in Node and in a browser (`Response.text()`), so excerpt offsets agree; what would make them
 * disagree (a BOM, CR, invalid bytes, UTF-16) is refused with its byte offset.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkArticleBytes, decodeArticleBytes } from '../../../src/data/article-text.ts';

const encode = (text: string) => new TextEncoder().encode(text);

describe('checkArticleBytes', () => {
  it('accepts exactly the texts whose offsets agree between the build and the browser', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.boolean(),
        async (text, withBom) => {
          const bytes = withBom ? Uint8Array.of(0xef, 0xbb, 0xbf, ...encode(text)) : encode(text);
          const checked = checkArticleBytes(bytes);
          const browser = await new Response(bytes).text();
          expect(decodeArticleBytes(bytes)).toBe(browser);
          if (checked.ok) {
            // Accepted: Node's strict decode (what the build checks offsets in) equals the browser's.
            expect(checked.text).toBe(browser);
            expect(Buffer.from(bytes).toString('utf8')).toBe(browser);
          } else {
            expect(withBom || text.includes('\r') || text.includes('\0')).toBe(true);
          }
        },
      ),
      { numRuns: 300, seed: 15 },
    );
  });

  it('refuses a BOM, which Node keeps and the browser drops (offsets one apart)', async () => {
    const bytes = Uint8Array.of(0xef, 0xbb, 0xbf, ...encode('موسكو'));
    expect(Buffer.from(bytes).toString('utf8')).not.toBe(await new Response(bytes).text());
    const checked = checkArticleBytes(bytes);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.problems.map((problem) => [problem.kind, problem.byteOffset])).toEqual([
      ['bom', 0],
    ]);
  });

  it('finds invalid UTF-8 anywhere, with its byte offset (overlong, surrogate, truncated)', () => {
    for (const [bad, offset] of [
      [[0xc0, 0xaf], 10],
      [[0xed, 0xa0, 0x80], 10],
      [[0xd9], 10],
      [[0xff], 10],
    ] as const) {
      const checked = checkArticleBytes(Uint8Array.of(...encode('كييف'), 0x0a, 0x20, ...bad));
      expect(checked.ok).toBe(false);
      expect(!checked.ok && checked.problems[0]).toMatchObject({ kind: 'invalid-utf-8', byteOffset: offset });
    }
  });

  it('accepts every valid UTF-8 string, astral and combining marks included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (text) => {
        const clean = text.replace(/[\r\0]/g, '').replace(/^\ufeff/, '');
        // TextEncoder writes lone surrogates as U+FFFD: the bytes are always valid UTF-8.
        const checked = checkArticleBytes(encode(clean));
        expect(checked.ok).toBe(true);
      }),
      { numRuns: 300, seed: 3 },
    );
  });
});
