/**
 * `npm run ingest -- FILE [--published YYYY-MM-DD] [--out FILE] [--encoding windows-1256]`:
 * argument parsing, file reading with clear errors, JSON out, a readable summary on stderr.
 * Exit codes: 0 done, 1 bad input (the file or the data), 2 usage error.
 */
import { basename } from 'node:path';
import { isCalendarDate } from '../../data/calendar-date.ts';
import { findDateline } from './dateline.ts';
import { extractStream } from './extract.ts';
import type { Drafts, SentenceResult } from './extract.ts';
import type { PlaceIndex } from './place-index.ts';
import type { Proposer } from './proposals.ts';
import { ENCODINGS, decodeArticle } from './read-article.ts';
import { checkArticleBytes } from '../../data/article-text.ts';
import { sameFile } from '../fs/same-file.ts';
import type { Encoding } from './read-article.ts';
import { slugify } from './place-index.ts';

export const USAGE = `Usage: npm run ingest -- FILE [--published YYYY-MM-DD] [--out FILE] [--encoding utf-8|windows-1256]

Reads an Arabic news article and proposes its places and dated events for review into
geo/chronology.json. JSON goes to stdout (or --out FILE); a summary goes to stderr.
The publication date comes from --published, else a dateline in the text, else the article's entry
in geo/articles.json; without any of them the command stops.`;

export interface IngestIo {
  readonly readBytes: (path: string) => Uint8Array;
  readonly writeFile: (path: string, text: string) => void;
  /**
   * Writes a file from pieces, so that a large output is never one string in memory; without it the
   * pieces are joined and given to `writeFile`.
   */
  readonly writeChunks?: (path: string, chunks: Iterable<string>) => void;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly loadPlaceIndex: () => PlaceIndex;
  /** Proposes names no list has (GeoNames' Latin names); absent in tests that do not need it. */
  readonly proposer?: () => Proposer;
  /** geo/articles.json entries (file name → id and date); empty when it cannot be read. */
  readonly articles: () => readonly {
    readonly id: string;
    readonly file: string;
    readonly published: { readonly date: string };
  }[];
}

interface Options {
  readonly file: string;
  readonly published: string | null;
  readonly out: string | null;
  readonly encoding: Encoding;
}

export class UsageError extends Error {}

/** @example parseArgs(['a.txt', '--published', '2022-05-13']) // { file: 'a.txt', published: '2022-05-13', out: null, encoding: 'utf-8' } */
export function parseArgs(argv: readonly string[]): Options | 'help' {
  let file: string | null = null;
  let published: string | null = null;
  let out: string | null = null;
  let encoding: Encoding = 'utf-8';
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string => {
      const next = inline ?? argv[++index];
      if (next === undefined || next === '') throw new UsageError(`${flag} needs a value`);
      return next;
    };
    if (flag === '--help' || flag === '-h') return 'help';
    else if (flag === '--published') {
      published = value();
      if (!isCalendarDate(published))
        throw new UsageError(`--published must be a real date written YYYY-MM-DD, got "${published}"`);
    } else if (flag === '--out') out = value();
    else if (flag === '--encoding') {
      const name = value().toLowerCase();
      const known = ENCODINGS.find(
        (e) =>
          e === name ||
          e.replace('-', '') === name.replace('-', '') ||
          (e === 'windows-1256' && name === 'cp1256'),
      );
      if (!known) throw new UsageError(`--encoding must be one of ${ENCODINGS.join(', ')}, got "${name}"`);
      encoding = known;
    } else if (flag.startsWith('-')) throw new UsageError(`unknown option ${flag}`);
    else if (file === null) file = arg;
    else throw new UsageError(`only one article file at a time (got "${file}" and "${arg}")`);
  }
  if (file === null) throw new UsageError('give the article file to read');
  return { file, published, out, encoding };
}

/**
 * About how many characters {@link outputJson} and the summary put in one piece: small enough that
 * a piece dies young (never a large object, so the heap does not grow with garbage), large enough
 * that writes stay few.
 */
const PIECE_CHARS = 1 << 14;

/** What the summary on stderr counts, gathered sentence by sentence as the output is written. */
class Tally {
  sentences = 0;
  mentions = 0;
  dates = 0;
  readonly places = new Map<string, { name: string; count: number }>();

  add(sentence: SentenceResult): void {
    this.sentences += 1;
    this.dates += sentence.dates.length;
    for (const place of sentence.places) {
      this.mentions += 1;
      const entry = this.places.get(place.placeId) ?? { name: place.name, count: 0 };
      entry.count += 1;
      this.places.set(place.placeId, entry);
    }
  }
}

/** The summary for stderr, in pieces of about {@link PIECE_CHARS}: a large article has a line per draft. */
function* summarise(
  tally: Tally,
  result: { readonly articleId: string; readonly published: string; readonly drafts: Drafts },
  file: string,
  publishedFrom: string,
): Generator<string> {
  let lines: string[] = [];
  let size = 0;
  const { places } = tally;
  lines.push(`${file} → article "${result.articleId}", published ${result.published} (${publishedFrom})`);
  lines.push(
    `${tally.sentences} sentences, ${tally.mentions} place mentions of ${places.size} places, ${tally.dates} date mentions, ${result.drafts.length} draft events`,
  );
  lines.push(
    `places: ${
      [...places]
        .sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))
        .map(([id, p]) => `${id} ${p.name} ×${p.count}`)
        .join(', ') || 'none'
    }`,
  );
  for (const draft of result.drafts) {
    const when =
      draft.date.start === draft.date.end ? draft.date.start : `${draft.date.start}..${draft.date.end}`;
    const excerpt = draft.excerpts[0]!.text;
    const line = `  ${draft.id}  ${when} (${draft.date.precision})  [${draft.places.join(', ')}]  ${excerpt.length > 70 ? `${excerpt.slice(0, 70)}…` : excerpt}`;
    lines.push(line);
    size += line.length + 1;
    if (size >= PIECE_CHARS) {
      yield `${lines.join('\n')}\n`;
      lines = [];
      size = 0;
    }
  }
  if (lines.length > 0) yield `${lines.join('\n')}\n`;
}

/** `value` as JSON.stringify(value, null, 2) writes it at `depth` levels of nesting. */
function nested(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);
}

/**
 * An array member of the output, element by element, as JSON.stringify(…, null, 2) writes it. The
 * items are read only as the pieces are: a generator's items are made one at a time, and an array
 * that grows while earlier parts of the output are read is read at its final length.
 */
function* arrayJson(items: Iterable<unknown>): Generator<string> {
  let first = true;
  for (const item of items) {
    yield `${first ? '[\n' : ',\n'}    ${nested(item, 2)}`;
    first = false;
  }
  yield first ? '[]' : '\n  ]';
}

/**
 * The ingest output, byte for byte `JSON.stringify({ article, sentences, drafts }, null, 2) + '\n'`,
 * in pieces of about {@link PIECE_CHARS} characters: a 50 MB article's JSON (several times its size)
 * is never one string.
 * `sentences` and `drafts` are read in that order, each only as far as the pieces have been taken,
 * so the sentences can be made while the output is written and the drafts gathered meanwhile.
 */
export function* outputJson(
  article: Readonly<Record<string, unknown>>,
  sentences: Iterable<unknown>,
  drafts: Iterable<unknown>,
): Generator<string> {
  const parts = (function* (): Generator<string> {
    yield `{\n  "article": ${nested(article, 1)},\n  "sentences": `;
    yield* arrayJson(sentences);
    yield ',\n  "drafts": ';
    yield* arrayJson(drafts);
    yield '\n}\n';
  })();
  let piece: string[] = [];
  let size = 0;
  for (const part of parts) {
    piece.push(part);
    size += part.length;
    if (size >= PIECE_CHARS) {
      yield piece.join('');
      piece = [];
      size = 0;
    }
  }
  if (size > 0) yield piece.join('');
}

/**
 * The article's text, or null once the reason it cannot be read is on stderr. A function of its own
 * so that the file's bytes and the checker's copy of the text are garbage as soon as it returns.
 */
function readArticleText(options: Options, io: IngestIo): string | null {
  let bytes: Uint8Array;
  try {
    bytes = io.readBytes(options.file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'this is a folder, not a file'
          : `cannot read it (${code ?? 'error'})`;
    io.stderr(`ingest: ${options.file}: ${reason}\n`);
    return null;
  }
  // The shared article-text rule (src/data/article-text.ts): UTF-16, a BOM, CR LF, a NUL anywhere,
  // each named with its byte offset and the fix, as geo:build names them.
  const checked = checkArticleBytes(bytes);
  const textProblems = checked.ok
    ? []
    : checked.problems.filter(
        (problem) => options.encoding === 'utf-8' || problem.kind === 'cr' || problem.kind === 'nul',
      );
  const utf16 = textProblems.find((problem) => problem.kind === 'utf-16');
  if (utf16 !== undefined) {
    io.stderr(`ingest: ${options.file}: ${utf16.message.replaceAll(' FILE`', ` ${options.file}\``)}\n`);
    return null;
  }
  const decoded = decodeArticle(bytes, options.file, options.encoding, checked.ok ? checked.text : undefined);
  if (!decoded.ok) {
    io.stderr(`ingest: ${decoded.message}\n`);
    return null;
  }
  if (textProblems.length > 0) {
    for (const problem of textProblems) {
      io.stderr(`ingest: ${options.file}: ${problem.message.replaceAll(' FILE`', ` ${options.file}\``)}\n`);
    }
    return null;
  }
  return decoded.text;
}

/**
 * A proposer made on its first use: most articles never ask for one, and the world proposer holds
 * all GeoNames cities (about 55 MB).
 */
function lazyProposer(make: () => Proposer): Proposer {
  let proposer: Proposer | undefined;
  return { propose: (word, countries) => (proposer ??= make()).propose(word, countries) };
}

/** Runs the command; returns the exit code. Never throws for bad input. */
export function runIngest(argv: readonly string[], io: IngestIo): number {
  let options: Options | 'help';
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`ingest: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options === 'help') {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (options.out !== null && sameFile(options.out, options.file)) {
    io.stderr(
      `ingest: --out ${options.out} is the article itself; writing there would replace the article with JSON: choose another file\n`,
    );
    return 2;
  }
  const text = readArticleText(options, io);
  if (text === null) return 1;
  const fileName = basename(options.file);
  const listed = io.articles().find((article) => article.file === fileName);
  const articleId = listed?.id ?? (slugify(fileName.replace(/\.txt$/i, '')) || 'article');

  let published = options.published;
  let publishedFrom = '--published';
  const dateline = findDateline(text);
  if (published === null) {
    if (dateline) {
      published = dateline.date;
      publishedFrom = `dateline “${dateline.evidence}” at ${dateline.start}`;
    } else if (listed) {
      published = listed.published.date;
      publishedFrom = 'geo/articles.json';
    }
  }
  if (published === null) {
    io.stderr(
      `ingest: ${options.file}: needs a publication date to resolve relative dates (الخميس, الشهر الماضي): ` +
        'no dateline was found in the first lines and the file is not listed in geo/articles.json; ' +
        'pass --published YYYY-MM-DD\n',
    );
    return 1;
  }

  const placeIndex = io.loadPlaceIndex();
  const stream = extractStream(text, {
    articleId,
    published,
    placeIndex,
    ...(io.proposer ? { proposer: lazyProposer(io.proposer) } : {}),
    ...(dateline ? { dateline: { start: dateline.start, end: dateline.end } } : {}),
  });
  // Each sentence is made, counted and written in turn; only the drafts are held to the end.
  const tally = new Tally();
  const sentences = (function* (): Generator<SentenceResult> {
    for (const sentence of stream.sentences) {
      tally.add(sentence);
      yield sentence;
    }
  })();
  const json = outputJson(
    { id: articleId, file: fileName, published, publishedFrom },
    sentences,
    stream.drafts,
  );
  if (options.out) {
    if (io.writeChunks) io.writeChunks(options.out, json);
    else io.writeFile(options.out, [...json].join(''));
  } else for (const piece of json) io.stdout(piece);
  for (const piece of summarise(tally, stream, options.file, publishedFrom)) io.stderr(piece);
  return 0;
}
