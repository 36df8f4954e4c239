/**
 * Issue 15, rows 3 and 5 on the ingest side: `--out` never loses data (atomic write, never over
 * its own input), and article encodings are named with the byte offset and the fix, as geo:build
 * names them (one shared rule, src/data/article-text.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runIngest, type IngestIo } from '../../../../src/pipeline/ingest/ingest-command.ts';

const ROOT = fileURLToPath(new URL('../../../..', import.meta.url));
const ARTICLE_004 = join(ROOT, 'geo/articles/004_576a10afaf96e38e.txt');
const ARABIC = new TextEncoder().encode('التقى الوفدان في أنقرة يوم الاثنين.\n');

let scratch: string;
beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'qanat-ingest-'));
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

/** runIngest on in-memory files; the place index is never needed for a refusal. */
function run(argv: string[], files: Record<string, Uint8Array>) {
  let stderr = '';
  const written: string[] = [];
  const io: IngestIo = {
    readBytes: (path) => {
      const bytes = files[path];
      if (bytes === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return bytes;
    },
    writeFile: (path) => written.push(path),
    stdout: () => undefined,
    stderr: (text) => {
      stderr += text;
    },
    loadPlaceIndex: () => {
      throw new Error('a refused article must not reach extraction');
    },
    articles: () => [],
  };
  return { code: runIngest(argv, io), stderr, written };
}

const bytes = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((part) => [...part]));

describe('row 3: ingest --out cannot lose data', () => {
  it('refuses --out equal to the input, by another spelling too', () => {
    for (const out of ['a.txt', './a.txt', `${process.cwd()}/a.txt`]) {
      const result = run(['a.txt', '--published', '2022-05-13', '--out', out], { 'a.txt': ARABIC });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('is the article itself; writing there would replace the article');
      expect(result.written).toEqual([]);
    }
  });

  it('refuses --out that is a link to the input (real files)', () => {
    const article = join(scratch, 'a.txt');
    writeFileSync(article, ARABIC);
    symlinkSync(article, join(scratch, 'out.json'));
    const linked = run([article, '--published', '2022-05-13', '--out', join(scratch, 'out.json')], {
      [article]: ARABIC,
    });
    expect(linked.code).toBe(2);
    expect(linked.written).toEqual([]);
  });

  it('keeps the old --out whole when the write fails (a file size limit)', () => {
    const out = join(scratch, 'existing.json');
    const previous = `${JSON.stringify({ previous: 'result' })}\n`;
    writeFileSync(out, previous);
    const tsx = join(ROOT, 'node_modules/.bin/tsx');
    const cli = join(ROOT, 'src/pipeline/ingest/cli.ts');
    // 8 blocks of 1 KiB: the JSON for article 004 is far larger, so the write fails with EFBIG.
    const child = spawnSync(
      'sh',
      ['-c', `ulimit -f 8; exec "$0" "$1" "$2" --out "$3"`, tsx, cli, ARTICLE_004, out],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(child.stderr).toMatch(/EFBIG|file too large/i);
    expect(child.status).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe(previous);
    expect(readdirSync(scratch)).toEqual(['existing.json']);
    expect(child.stderr).not.toMatch(/\n\s+at /);
  }, 90_000);
});

describe('row 5: ingest names the encoding problem, with the byte offset and the fix', () => {
  const refused = (content: Uint8Array, expected: string[], unexpected: string[] = []) => {
    const result = run(['a.txt', '--published', '2022-05-13'], { 'a.txt': content });
    expect(result.code).toBe(1);
    for (const text of expected) expect(result.stderr).toContain(text);
    for (const text of unexpected) expect(result.stderr).not.toContain(text);
  };

  it('calls one stray byte in UTF-8 text damage at its offset, not Windows-1256', () => {
    refused(
      bytes(ARABIC, ARABIC, [0xff]),
      [
        `a.txt: is not valid UTF-8: invalid byte at byte ${ARABIC.length * 2} (0xFF, line 3)`,
        'damage, not another encoding',
      ],
      ['1256'],
    );
  });

  it('names UTF-16, not "binary"', () => {
    const text = new TextDecoder().decode(ARABIC);
    const utf16 = new Uint8Array(Buffer.from(`\ufeff${text}`, 'utf16le'));
    refused(
      utf16,
      ['a.txt: is UTF-16 little-endian (byte-order mark FF FE at byte 0)', 'iconv -f UTF-16 -t UTF-8 a.txt'],
      ['binary'],
    );
  });

  it('refuses a UTF-8 byte-order mark (geo:build would refuse the article, offsets would differ by one)', () => {
    refused(bytes([0xef, 0xbb, 0xbf], ARABIC), ['a.txt: starts with a UTF-8 byte-order mark']);
  });

  it('refuses CR LF line ends, naming the first', () => {
    const crlf = new TextEncoder().encode(new TextDecoder().decode(ARABIC).replace('\n', '\r\n'));
    refused(crlf, [`a.txt: has Windows line ends (CR LF): first at byte ${ARABIC.length - 1} (line 1)`]);
  });

  it('refuses a NUL byte after the first 8 KB', () => {
    const long = new Uint8Array(Array.from({ length: 200 }, () => [...ARABIC]).flat());
    refused(bytes(long, [0], ARABIC), [`a.txt: holds a NUL byte at byte ${long.length}`]);
  });
});
