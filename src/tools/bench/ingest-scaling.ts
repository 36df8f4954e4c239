/**
 * The whole ingest command (read, check, decode, extract, JSON to --out) on one large input, in a
 * fresh process per size so its peak memory is its own: MB/s and peak RSS per input MB at 1 and
 * 50 MB (issue 15). The input is the story's five articles repeated, paragraphs kept, to the size.
 *
 * `rssMbPerInputMb` is the process's peak resident set (GNU time's %M, the largest process of the
 * tree: the Node process tsx starts) divided by the input's size, so it includes the fixed start-up
 * cost (Node, tsx, the place index: about 210 MB); at 1 MB that cost is all there is. MB/s is by the
 * wall clock, and by CPU time (user + system) too, which a busy machine disturbs less.
 *
 * `npx tsx src/tools/bench/ingest-scaling.ts 1 50` prints one JSON line per size.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GEO_DIR, readArticles } from '../../pipeline/ingest/story-files.ts';

export const INGEST_SCALING_SIZES_MB = [1, 50] as const;

export interface IngestScalingPoint {
  /** Input size in MB (10^6 bytes). */
  inputMb: number;
  mbPerS: number;
  durationMs: number;
  /** CPU time of the command (user + system, all its processes), seconds, and MB per CPU second. */
  cpuS: number;
  mbPerCpuS: number;
  /** Peak resident memory of the ingest process, MB, and per input MB. */
  peakRssMb: number;
  rssMbPerInputMb: number;
  exitCode: number | null;
}

const CLI = fileURLToPath(new URL('../../pipeline/ingest/cli.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));

/** The story's articles repeated to at least `bytes` UTF-8 bytes, separated by blank lines. */
export function syntheticArticle(bytes: number): string {
  const texts = readArticles().map((article) =>
    readFileSync(`${GEO_DIR}articles/${article.file}`, 'utf8').trim(),
  );
  const parts: string[] = [];
  let size = 0;
  for (let index = 0; size < bytes; index += 1) {
    const text = texts[index % texts.length] ?? '';
    parts.push(text);
    size += Buffer.byteLength(text, 'utf8') + 2;
  }
  return `${parts.join('\n\n')}\n`;
}

/** Runs `npm run ingest -- FILE --published … --out …` on `inputMb` MB, under GNU time for peak RSS. */
export function measureIngestCommand(inputMb: number): IngestScalingPoint {
  const dir = mkdtempSync(join(tmpdir(), 'qanat-ingest-scaling-'));
  try {
    const input = join(dir, 'article.txt');
    writeFileSync(input, syntheticArticle(inputMb * 1_000_000));
    const bytes = statSync(input).size;
    const startMs = performance.now();
    const child = spawnSync(
      '/usr/bin/time',
      ['-f', '%M %U %S', TSX, CLI, input, '--published', '2025-01-01', '--out', join(dir, 'out.json')],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const durationMs = performance.now() - startMs;
    const lastLine = child.stderr.trimEnd().split('\n').pop() ?? '';
    const [maxRssKb, userS, systemS] = lastLine.split(' ').map(Number);
    const peakRssMb = Number(maxRssKb) / 1024;
    const cpuS = Number(userS) + Number(systemS);
    return {
      inputMb: bytes / 1e6,
      mbPerS: bytes / 1e6 / (durationMs / 1000),
      durationMs,
      cpuS,
      mbPerCpuS: bytes / 1e6 / cpuS,
      peakRssMb,
      rssMbPerInputMb: peakRssMb / (bytes / 1e6),
      exitCode: child.status,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = process.argv.slice(2).map(Number);
  for (const size of sizes.length > 0 ? sizes : INGEST_SCALING_SIZES_MB) {
    process.stdout.write(`${JSON.stringify(measureIngestCommand(size))}\n`);
  }
}
