/**
 * Turns an article file's bytes into text, or says plainly why it cannot: empty, binary, not UTF-8
 * (and whether it looks like Windows-1256, the common legacy Arabic encoding), or without Arabic.
 */

import { invalidUtf8 } from '../../data/article-text.ts';

export type Encoding = 'utf-8' | 'windows-1256';
export const ENCODINGS: readonly Encoding[] = ['utf-8', 'windows-1256'];

export type ReadResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

const SNIFF_BYTES = 8192;
const ARABIC_LETTER = /[\u0621-\u064a\u0671-\u06d3\ufb50-\ufdff\ufe70-\ufefc]/u;

/** NUL bytes or many C0 control bytes in the first 8 KB: an image, an archive, a PDF. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) controls += 1;
  }
  return controls > sample.length * 0.1;
}

function countArabic(text: string, limit: number): number {
  let count = 0;
  for (const char of text) {
    if (ARABIC_LETTER.test(char)) {
      count += 1;
      if (count >= limit) break;
    }
  }
  return count;
}

/**
 * @example
 * decodeArticle(new TextEncoder().encode('مرحبا'), 'a.txt') // { ok: true, text: 'مرحبا' }
 * decodeArticle(new Uint8Array(), 'a.txt') // { ok: false, message: 'a.txt: the file is empty' }
 */
export function decodeArticle(
  bytes: Uint8Array,
  file: string,
  encoding: Encoding = 'utf-8',
  /**
   * The bytes already decoded as UTF-8 (checkArticleBytes' text), used as is when `encoding` is
   * UTF-8: a large article is then decoded once, not twice.
   */
  utf8Text?: string,
): ReadResult {
  if (bytes.length === 0) return { ok: false, message: `${file}: the file is empty` };
  if (looksBinary(bytes)) {
    return {
      ok: false,
      message: `${file}: this looks like a binary file, not text; give a plain-text .txt article`,
    };
  }
  let text: string;
  if (encoding === 'windows-1256') {
    text = new TextDecoder('windows-1256').decode(bytes);
  } else if (utf8Text !== undefined) {
    text = utf8Text;
  } else {
    try {
      // ignoreBOM keeps a byte-order mark as U+FEFF, as Node's readFileSync(…, 'utf8') does, so
      // offsets agree with the build, which reads files that way.
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      // A few bad bytes in UTF-8 text are damage, not another encoding: say where they are.
      const invalid = invalidUtf8(bytes);
      if (invalid !== undefined && !invalid.legacy) {
        return { ok: false, message: `${file}: ${invalid.problem.message}` };
      }
      const legacy = new TextDecoder('windows-1256').decode(bytes.subarray(0, SNIFF_BYTES * 8));
      const hint =
        countArabic(legacy, 20) >= 20
          ? 'it looks like Windows-1256 (legacy Arabic): re-run with --encoding windows-1256, or convert it with `iconv -f WINDOWS-1256 -t UTF-8`'
          : 'save it as UTF-8 and try again';
      return { ok: false, message: `${file}: the file is not valid UTF-8; ${hint}` };
    }
  }
  if (text.trim() === '') return { ok: false, message: `${file}: the file holds only white space` };
  if (countArabic(text, 1) === 0) {
    return { ok: false, message: `${file}: no Arabic text found; the ingest reads Arabic news articles` };
  }
  return { ok: true, text };
}
