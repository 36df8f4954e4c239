/**
 * `npm run geo:build` / `npm run geo:check`: validate the curated geodata, then write (or compare)
 * geo/places.geojson, geo/events.geojson and geo/basemap.geojson. A thin shell around runBuild.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runBuild } from './run-build.ts';

const USAGE = 'usage: tsx src/pipeline/build/cli.ts [--check] [--geo-dir DIR]';
const DEFAULT_GEO_DIR = fileURLToPath(new URL('../../../geo', import.meta.url));

function main(argv: string[]): number {
  let options;
  try {
    options = parseArgs({
      args: argv,
      options: {
        check: { type: 'boolean', default: false },
        'geo-dir': { type: 'string', default: DEFAULT_GEO_DIR },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 1;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const result = runBuild({ geoDir: options['geo-dir'], check: options.check, cwd: process.cwd() });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  return result.exitCode;
}

process.exitCode = main(process.argv.slice(2));
