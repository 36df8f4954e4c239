/**
 * The one rule for an article's text, shared by the build (Node), the ingest (Node) and the
 * reader (browser), so excerpt offsets mean the same thing everywhere:
 *
 *   an article is UTF-8 without a byte-order mark, with LF line ends; offsets count the UTF-16
 *   code units of that text (JavaScript string indexes).
 *
 * A file that breaks the rule is refused with what is wrong, where (the byte offset) and how to
 * fix it, never decoded with a guess: a BOM would be kept by Node's `readFileSync(…, 'utf8')` but
 * dropped by the browser's `Response.text()`, which would shift every offset by one between the
 * two; CR LF line ends and replaced invalid bytes shift or corrupt offsets in the same way.
 * A file that follows the rule decodes to the same string in both (see {@link decodeArticleBytes}).
 *
 * Browser-safe: no Node imports.
 */

export type ArticleTextProblemKind = 'bom' | 'utf-16' | 'invalid-utf-8' | 'nul' | 'cr';

export interface ArticleTextProblem {
  readonly kind: ArticleTextProblemKind;
  /** Byte offset in the file of the first offending byte. */
  readonly byteOffset: number;
  /** One sentence: what, where, and the fix. Callers put the file name in front. */
  readonly message: string;
}

export type ArticleTextResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly problems: readonly ArticleTextProblem[] };

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
const UTF16_SNIFF_BYTES = 4096;
const MAX_LISTED_OFFSETS = 3;

/**
 * Checks an article file's bytes against the rule and decodes them.
 * @example checkArticleBytes(new TextEncoder().encode('موسكو\n')) // { ok: true, text: 'موسكو\n' }
 * @example checkArticleBytes(Uint8Array.of(0xef, 0xbb, 0xbf, 0x61)).ok // false (a BOM)
 */
export function checkArticleBytes(bytes: Uint8Array): ArticleTextResult {
  const utf16 = utf16Problem(bytes);
  if (utf16 !== undefined) return { ok: false, problems: [utf16] };
  const problems: ArticleTextProblem[] = [];
  if (UTF8_BOM.every((byte, index) => bytes[index] === byte)) {
    problems.push({
      kind: 'bom',
      byteOffset: 0,
      message:
        'starts with a UTF-8 byte-order mark (bytes 0–2: EF BB BF); articles are UTF-8 without a BOM ' +
        '(browsers drop it, so offsets would differ by one): remove it, e.g. `sed -i "1s/^\\xEF\\xBB\\xBF//" FILE`',
    });
  }
  const invalid = invalidUtf8Problem(bytes);
  if (invalid !== undefined) problems.push(invalid);
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    problems.push({
      kind: 'nul',
      byteOffset: nul,
      message: `holds a NUL byte at byte ${nul} (line ${lineAt(bytes, nul)}); an article is plain text: remove it`,
    });
  }
  const cr = bytes.indexOf(0x0d);
  if (cr >= 0) {
    const count = countByte(bytes, 0x0d);
    const crlf = bytes[cr + 1] === 0x0a;
    problems.push({
      kind: 'cr',
      byteOffset: cr,
      message:
        `${crlf ? 'has Windows line ends (CR LF)' : 'holds a carriage return (CR)'}: first at byte ${cr} ` +
        `(line ${lineAt(bytes, cr)}), ${count} in all; articles use LF only, so offsets would shift by one ` +
        'per line: convert it, e.g. `sed -i "s/\\r$//" FILE` or `dos2unix FILE`',
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
}

/**
 * What a browser's `Response.text()` (the WHATWG "UTF-8 decode") makes of the same bytes. For a
 * file {@link checkArticleBytes} accepts, this is exactly the text the build checked offsets in.
 * @example decodeArticleBytes(new TextEncoder().encode('كييف')) // 'كييف'
 */
export function decodeArticleBytes(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/** UTF-16 by its byte-order mark, or by the shape of its first bytes (ASCII and Arabic alternate with 00 / 06). */
function utf16Problem(bytes: Uint8Array): ArticleTextProblem | undefined {
  const fix = 'articles are UTF-8: convert it, e.g. `iconv -f UTF-16 -t UTF-8 FILE`';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return {
      kind: 'utf-16',
      byteOffset: 0,
      message: `is UTF-16 little-endian (byte-order mark FF FE at byte 0); ${fix}`,
    };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return {
      kind: 'utf-16',
      byteOffset: 0,
      message: `is UTF-16 big-endian (byte-order mark FE FF at byte 0); ${fix}`,
    };
  }
  const pairs = Math.floor(Math.min(bytes.length, UTF16_SNIFF_BYTES) / 2);
  if (pairs < 2) return undefined;
  for (const [high, name] of [
    [1, 'little-endian'],
    [0, 'big-endian'],
  ] as const) {
    let zeros = 0;
    let typical = 0;
    for (let pair = 0; pair < pairs; pair += 1) {
      const byte = bytes[pair * 2 + high];
      if (byte === 0) zeros += 1;
      if (byte === 0 || byte === 0x06) typical += 1;
    }
    // In UTF-8 text a 00 byte never occurs and 06 is a control character: none of this is text.
    if (zeros > 0 && typical >= pairs * 0.9) {
      return {
        kind: 'utf-16',
        byteOffset: 0,
        message: `is UTF-16 ${name} without a byte-order mark (every ${high === 1 ? 'second' : 'first'} byte of a pair is 00 or 06); ${fix}`,
      };
    }
  }
  return undefined;
}

/** Offsets of invalid UTF-8 sequences (RFC 3629: no overlongs, no surrogates, nothing past U+10FFFF). */
function invalidUtf8Offsets(bytes: Uint8Array): { offsets: number[]; count: number; valid: number } {
  const offsets: number[] = [];
  let count = 0;
  let valid = 0;
  let at = 0;
  const bad = () => {
    count += 1;
    if (offsets.length < MAX_LISTED_OFFSETS) offsets.push(at);
    at += 1;
  };
  while (at < bytes.length) {
    const lead = bytes[at]!;
    if (lead < 0x80) {
      at += 1;
      continue;
    }
    let need: number;
    let min = 0x80;
    let max = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) need = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2;
      if (lead === 0xe0) min = 0xa0;
      if (lead === 0xed) max = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3;
      if (lead === 0xf0) min = 0x90;
      if (lead === 0xf4) max = 0x8f;
    } else {
      bad();
      continue;
    }
    let ok = true;
    for (let index = 1; ok && index <= need; index += 1) {
      const byte = bytes[at + index];
      const low = index === 1 ? min : 0x80;
      const high = index === 1 ? max : 0xbf;
      if (byte === undefined || byte < low || byte > high) ok = false;
    }
    if (!ok) {
      bad();
      continue;
    }
    valid += 1;
    at += need + 1;
  }
  return { offsets, count, valid };
}

/**
 * Invalid UTF-8 in a file, if any, and whether it looks like a legacy encoding (most non-ASCII
 * bytes invalid) rather than a few damaged bytes in UTF-8 text.
 * @example invalidUtf8(Uint8Array.of(0xd9, 0x85, 0xff)) // { problem: { kind: 'invalid-utf-8', byteOffset: 2, … }, legacy: false }
 */
export function invalidUtf8(bytes: Uint8Array): { problem: ArticleTextProblem; legacy: boolean } | undefined {
  const problem = invalidUtf8Problem(bytes);
  if (problem === undefined) return undefined;
  const { count, valid } = invalidUtf8Offsets(bytes);
  return { problem, legacy: count > valid };
}

function invalidUtf8Problem(bytes: Uint8Array): ArticleTextProblem | undefined {
  const { offsets, count, valid } = invalidUtf8Offsets(bytes);
  const first = offsets[0];
  if (first === undefined) return undefined;
  const listed = offsets
    .map(
      (offset) =>
        `byte ${offset} (0x${bytes[offset]!.toString(16).toUpperCase().padStart(2, '0')}, line ${lineAt(bytes, offset)})`,
    )
    .join(', ');
  const more = count > offsets.length ? ` and ${count - offsets.length} more` : '';
  // Mostly invalid: the whole file is in a legacy encoding. A few bad bytes in UTF-8 text: damage.
  const fix =
    count > valid
      ? 'most of its non-ASCII bytes are not UTF-8, so it is probably in a legacy encoding such as ' +
        'Windows-1256 (Arabic): convert it, e.g. `iconv -f WINDOWS-1256 -t UTF-8 FILE`, and check the result'
      : 'the rest of the file is UTF-8, so these bytes are damage, not another encoding: delete or ' +
        'retype them (a decoder would turn each into U+FFFD)';
  return {
    kind: 'invalid-utf-8',
    byteOffset: first,
    message: `is not valid UTF-8: invalid ${count === 1 ? 'byte' : 'bytes'} at ${listed}${more}; ${fix}`,
  };
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index += 1) if (bytes[index] === 0x0a) line += 1;
  return line;
}

function countByte(bytes: Uint8Array, value: number): number {
  let count = 0;
  for (const byte of bytes) if (byte === value) count += 1;
  return count;
}
