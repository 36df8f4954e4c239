import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chronologyEntrySchema } from '../../../../src/data/schema.ts';
import { runIngest } from '../../../../src/pipeline/ingest/ingest-command.ts';
import type { IngestIo } from '../../../../src/pipeline/ingest/ingest-command.ts';
import type { PlaceIndex } from '../../../../src/pipeline/ingest/place-index.ts';
import { loadPlaceIndex } from '../../../../src/pipeline/ingest/story-files.ts';

const ROOT = new URL('../../../../', import.meta.url).pathname;
let placeIndex: PlaceIndex;
beforeAll(() => {
  placeIndex = loadPlaceIndex();
});

/** Runs the command on in-memory files; returns the exit code and what it wrote. */
function run(argv: string[], files: Record<string, Uint8Array | string>) {
  let stdout = '';
  let stderr = '';
  const written: Record<string, string> = {};
  const io: IngestIo = {
    readBytes: (path) => {
      const file = files[path];
      if (file === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return typeof file === 'string' ? new TextEncoder().encode(file) : file;
    },
    writeFile: (path, text) => {
      written[path] = text;
    },
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    loadPlaceIndex: () => placeIndex,
    articles: () => [],
  };
  const code = runIngest(argv, io);
  return { code, stdout, stderr, written };
}

const ARTICLE = 'اجتمع الوفدان في موسكو يوم الخميس.\nوقالت كييف إن المحادثات ستستأنف.';

describe('npm run ingest: bad input', () => {
  it('needs a file (usage error, exit 2)', () => {
    const result = run([], {});
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('give the article file');
  });
  it('rejects a malformed --published (exit 2)', () => {
    expect(run(['a.txt', '--published', '2022-02-30'], { 'a.txt': ARTICLE }).code).toBe(2);
  });
  it('says when the file does not exist', () => {
    const result = run(['nope.txt', '--published', '2022-05-13'], {});
    expect(result).toMatchObject({ code: 1, stderr: 'ingest: nope.txt: no such file\n' });
  });
  it('says when the file is empty', () => {
    const result = run(['a.txt', '--published', '2022-05-13'], { 'a.txt': '' });
    expect(result).toMatchObject({ code: 1, stderr: 'ingest: a.txt: the file is empty\n' });
  });
  it('says when the file is binary', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const result = run(['a.png', '--published', '2022-05-13'], { 'a.png': png });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('binary');
  });
  it('detects Windows-1256 and reads it with --encoding windows-1256', () => {
    const cp1256 = new Uint8Array(readFileSync(join(ROOT, 'tests/fixtures/ingest/windows-1256.txt')));
    const refused = run(['w.txt', '--published', '2022-05-13'], { 'w.txt': cp1256 });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('not valid UTF-8');
    expect(refused.stderr).toContain('--encoding windows-1256');
    const read = run(['w.txt', '--published', '2022-05-13', '--encoding', 'windows-1256'], {
      'w.txt': cp1256,
    });
    expect(read.code).toBe(0);
    const json = JSON.parse(read.stdout);
    expect(json.sentences[0].places.map((p: { placeId: string }) => p.placeId)).toEqual(['moscow']);
  });
  it('says when there is no Arabic', () => {
    const result = run(['a.txt', '--published', '2022-05-13'], { 'a.txt': 'Talks in Moscow on Thursday.' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no Arabic text');
  });
  it('stops without a publication date, and names the flag', () => {
    const result = run(['a.txt'], { 'a.txt': ARTICLE });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--published YYYY-MM-DD');
    expect(result.stdout).toBe('');
  });
  it('takes the publication date from a dateline', () => {
    const result = run(['a.txt'], { 'a.txt': `عنوان\nالجمعة - 13 مايو 2022\n${ARTICLE}` });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).article.published).toBe('2022-05-13');
  });
  it('reads a 20 MB article', () => {
    // Long paragraphs of ordinary prose, then the article: every stage walks all 20 MB.
    const filler =
      'وقال المسؤولون إن المحادثات بين الجانبين تناولت قضايا عديدة تتعلق بالأمن والتعاون، '.repeat(20);
    const paragraph = `${filler}\n`;
    const repeats = Math.ceil((20 * 1024 * 1024) / new TextEncoder().encode(paragraph).length);
    const big = paragraph.repeat(repeats) + ARTICLE;
    expect(new TextEncoder().encode(big).length).toBeGreaterThan(20 * 1024 * 1024);
    const result = run(['big.txt', '--published', '2022-05-13', '--out', 'out.json'], { 'big.txt': big });
    expect(result.code).toBe(0);
    const json = JSON.parse(result.written['out.json']!);
    const last = json.sentences.at(-1);
    expect(big.slice(last.start, last.end)).toBe('وقالت كييف إن المحادثات ستستأنف.');
    expect(last.places[0]).toMatchObject({ placeId: 'kyiv', surface: 'كييف' });
  }, 60_000);
});

describe('npm run ingest: output', () => {
  it('writes drafts in the chronology format with offsets into the original text', () => {
    const result = run(['a.txt', '--published', '2022-05-13'], { 'a.txt': ARTICLE });
    const json = JSON.parse(result.stdout);
    expect(json.drafts).toHaveLength(1);
    const draft = chronologyEntrySchema.parse(json.drafts[0]);
    expect(draft.date).toMatchObject({ start: '2022-05-12', end: '2022-05-12', precision: 'day' });
    expect(draft.places).toEqual(['moscow']);
    expect(ARTICLE.slice(draft.excerpts[0]!.start, draft.excerpts[0]!.end)).toBe(draft.excerpts[0]!.text);
    expect(result.stderr).toContain('1 draft events');
  });

  it('matches the golden output for article 004', () => {
    const file = join(ROOT, 'geo/articles/004_576a10afaf96e38e.txt');
    const golden = join(ROOT, 'tests/fixtures/ingest/004.golden.json');
    const result = run([file], { [file]: new Uint8Array(readFileSync(file)) });
    expect(result.code).toBe(0);
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(golden, result.stdout);
    // Compared as data: the committed file is Prettier-formatted (regenerate with UPDATE_GOLDEN=1, then Prettier).
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
  });

  it('never prints a stack trace from the real command', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const child = spawnSync(
      join(ROOT, 'node_modules/.bin/tsx'),
      [join(ROOT, 'src/pipeline/ingest/cli.ts'), empty],
      {
        encoding: 'utf8',
      },
    );
    expect(child.status).toBe(1);
    expect(child.stderr).toBe(`ingest: ${empty}: the file is empty\n`);
    expect(child.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});
