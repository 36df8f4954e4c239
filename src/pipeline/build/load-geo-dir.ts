/**
 * The only stage that reads the disk: every input of the build, as text. It reads regular files
 * only, inside the geo dir: a symbolic link (which could publish any file of the machine through
 * the app's asset glob), a directory, a named pipe (which would hang the read) or a device named
 * like an input is refused with a message, never followed or opened for reading. Article files
 * are checked against the shared article-text rule (UTF-8, no BOM, LF line ends) here, so a bad
 * encoding is named once instead of surfacing as an offset error in every excerpt.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readFileSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { join } from 'node:path';
import { checkArticleBytes } from '../../data/article-text.ts';
import { NATURAL_EARTH_LAYERS } from '../../data/schema.ts';
import { buildError, type BuildError } from './build-error.ts';
import {
  CURATED_FILES,
  displayPath,
  type CuratedFile,
  type NaturalEarthLayer,
  type RawInputs,
} from './inputs.ts';

type ReadOutcome = { kind: 'read'; bytes: Buffer } | { kind: 'missing' } | { kind: 'refused' };

/**
 * @example loadGeoDir('/work/main/geo', 'geo') // { geoDirLabel: 'geo', curated: { 'articles.json': '[…' , … }, … }
 */
export function loadGeoDir(geoDir: string, geoDirLabel: string): RawInputs {
  const problems: BuildError[] = [];
  const refusedFiles = new Set<string>();
  const shown = (file: string) => displayPath(geoDirLabel, file);
  const readText = (file: string): string | undefined => {
    const outcome = readRegularFile(join(geoDir, file), shown(file), problems);
    if (outcome.kind === 'refused') refusedFiles.add(file);
    return outcome.kind === 'read' ? outcome.bytes.toString('utf8') : undefined;
  };

  const curated = {} as Record<CuratedFile, string | undefined>;
  for (const file of CURATED_FILES) curated[file] = readText(file);
  const naturalEarth = {} as Record<NaturalEarthLayer, string | undefined>;
  const layersUsable = checkDirectory(join(geoDir, 'naturalearth'), shown('naturalearth'), problems);
  for (const layer of NATURAL_EARTH_LAYERS) {
    const file = `naturalearth/${layer}.geojson`;
    if (layersUsable) naturalEarth[layer] = readText(file);
    else refusedFiles.add(file);
  }

  const articleFiles = new Map<string, string>();
  if (checkDirectory(join(geoDir, 'articles'), shown('articles'), problems)) {
    for (const name of readdirSync(join(geoDir, 'articles')).sort()) {
      if (!name.endsWith('.txt')) continue;
      const file = `articles/${name}`;
      const outcome = readRegularFile(join(geoDir, file), shown(file), problems);
      if (outcome.kind !== 'read') {
        refusedFiles.add(file);
        continue;
      }
      const checked = checkArticleBytes(outcome.bytes);
      if (checked.ok) {
        articleFiles.set(name, checked.text);
        continue;
      }
      refusedFiles.add(file);
      for (const problem of checked.problems) {
        problems.push(
          buildError(shown(file), problem.message.replaceAll(' FILE`', ` ${shellQuote(shown(file))}\``)),
        );
      }
    }
  } else {
    refusedFiles.add('articles');
  }
  return { geoDirLabel, curated, naturalEarth, articleFiles, readProblems: problems, refusedFiles };
}

/**
 * Opens without following a final symbolic link and without blocking on a named pipe, then asks
 * the open file what it is: no window between the check and the read.
 */
function readRegularFile(path: string, shown: string, problems: BuildError[]): ReadOutcome {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    if (code === 'ELOOP' || code === 'EMLINK') {
      problems.push(buildError(shown, symlinkMessage()));
    } else {
      problems.push(buildError(shown, `cannot be opened (${code ?? 'error'})`));
    }
    return { kind: 'refused' };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) {
      problems.push(
        buildError(shown, `${describeKind(stats)}, not a regular file; geo:build reads only regular files`),
      );
      return { kind: 'refused' };
    }
    return { kind: 'read', bytes: readFileSync(fd) };
  } catch (error) {
    problems.push(buildError(shown, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`));
    return { kind: 'refused' };
  } finally {
    closeSync(fd);
  }
}

/** A sub-directory of the geo dir must be a real directory (not a link to one elsewhere), or absent. */
function checkDirectory(path: string, shown: string, problems: BuildError[]): boolean {
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch {
    return false;
  }
  if (stats.isSymbolicLink()) {
    problems.push(buildError(shown, symlinkMessage()));
    return false;
  }
  if (!stats.isDirectory()) {
    problems.push(buildError(shown, `${describeKind(stats)}, not a directory`));
    return false;
  }
  return true;
}

function symlinkMessage(): string {
  return (
    'is a symbolic link; geo:build reads only regular files inside the geo dir (a link would ' +
    'publish whatever it points to): put the file itself here'
  );
}

function describeKind(stats: Stats): string {
  if (stats.isDirectory()) return 'is a directory';
  if (stats.isFIFO()) return 'is a named pipe (FIFO)';
  if (stats.isSocket()) return 'is a socket';
  if (stats.isBlockDevice() || stats.isCharacterDevice()) return 'is a device';
  if (stats.isSymbolicLink()) return 'is a symbolic link';
  return 'is a regular file';
}

function shellQuote(path: string): string {
  return /^[\w./-]+$/.test(path) ? path : `'${path.replaceAll("'", "'\\''")}'`;
}
