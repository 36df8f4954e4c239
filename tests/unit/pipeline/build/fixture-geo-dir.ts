/** A throwaway copy of the fixture geo dir, so a test can break it without touching the fixture. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OUTPUT_FILES } from '../../../../src/pipeline/build/inputs.ts';

export const FIXTURE_GEO_DIR = fileURLToPath(new URL('../../../fixtures/build/geo', import.meta.url));
export const EXPECTED_DIR = fileURLToPath(new URL('../../../fixtures/build/expected', import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL('../../../..', import.meta.url));

/** Content put in the output files before a build that must fail, to see that it stays. */
export const PREVIOUS_OUTPUT = '{"previous":"output"}\n';

export interface TempGeoDir {
  /** The directory to run in; the geo dir is `<root>/geo`, shown in messages as `geo/…`. */
  root: string;
  geoDir: string;
  read(file: string): string;
  write(file: string, content: string): void;
  /** Parses a curated JSON file, lets the test change it, writes it back. */
  editJson<T>(file: string, change: (value: T) => void): void;
  remove(file: string): void;
  /** Writes PREVIOUS_OUTPUT into every output file. */
  seedOutputs(): void;
  outputs(): Record<string, string>;
  dispose(): void;
}

export function copyFixtureGeoDir(): TempGeoDir {
  const root = mkdtempSync(join(tmpdir(), 'qanat-build-'));
  const geoDir = join(root, 'geo');
  cpSync(FIXTURE_GEO_DIR, geoDir, { recursive: true });
  const path = (file: string) => join(geoDir, file);
  const dir: TempGeoDir = {
    root,
    geoDir,
    read: (file) => readFileSync(path(file), 'utf8'),
    write: (file, content) => writeFileSync(path(file), content),
    editJson: (file, change) => {
      const value = JSON.parse(dir.read(file)) as Parameters<typeof change>[0];
      change(value);
      dir.write(file, `${JSON.stringify(value, null, 2)}\n`);
    },
    remove: (file) => rmSync(path(file)),
    seedOutputs: () => {
      for (const file of OUTPUT_FILES) dir.write(file, PREVIOUS_OUTPUT);
    },
    outputs: () => Object.fromEntries(OUTPUT_FILES.map((file) => [file, dir.read(file)])),
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
  return dir;
}
