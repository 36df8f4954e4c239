/**
 * Property test of geo:build's parsers (issue 15): whatever JSON shape or depth replaces one input
 * file, the build never throws or prints a stack trace, never exits 0 on it, names a file on every
 * error line, and never changes the outputs that were there.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../../../src/pipeline/build/run-build.ts';
import { copyFixtureGeoDir, PREVIOUS_OUTPUT, type TempGeoDir } from './fixture-geo-dir.ts';

const FILES = [
  'articles.json',
  'gazetteer.json',
  'chronology.json',
  'chapters.json',
  'naturalearth/populated_places.geojson',
  'naturalearth/regions.geojson',
  'naturalearth/seas.geojson',
  'naturalearth/countries.geojson',
] as const;

let dir: TempGeoDir;
const originals = new Map<string, string>();
beforeAll(() => {
  dir = copyFixtureGeoDir();
  for (const file of FILES) originals.set(file, dir.read(file));
});
afterAll(() => dir.dispose());

/** Text that is not a valid input for any of the files (checked below by the exit code). */
const hostileText = (file: string) => {
  const original = originals.get(file) ?? '';
  const body = original.trimEnd();
  return fc.oneof(
    // Random JSON values of any shape, as text; none is a valid gazetteer, layer, chronology…
    fc.json({ depthSize: 'large' }).filter((text) => !/^\[\s*\]$/.test(text)),
    // Nesting from shallow to far past any call stack, closed or not.
    fc
      .tuple(fc.integer({ min: 1, max: 150_000 }), fc.constantFrom('[', '{"a":'), fc.boolean())
      .map(([depth, open, closed]) => {
        const close = open === '[' ? ']' : '}';
        return `${open.repeat(depth)}${closed ? `1${close.repeat(depth)}` : ''}`;
      }),
    // The real file cut short somewhere inside: never valid JSON.
    fc.integer({ min: 0, max: Math.max(0, body.length - 1) }).map((cut) => body.slice(0, cut)),
    // The real file with one value replaced by something deep or odd.
    fc
      .tuple(
        fc.constantFrom(
          'null',
          '"x"',
          '1e999',
          '-1e999',
          '{}',
          '[]',
          '{"__proto__":[]}',
          '[[[[[[[[[[]]]]]]]]]]',
        ),
        fc.integer({ min: 0, max: 20 }),
      )
      .map(([value, skip]) => {
        let seen = 0;
        return body.replace(/: ([-\d.]+|"[^"]*"|null|true|false)/g, (match) =>
          seen++ === skip ? `: ${value}` : match,
        );
      })
      .filter((text) => text !== body),
  );
};

describe('geo:build parsers under random JSON (fast-check)', () => {
  beforeAll(() => dir.seedOutputs());

  it(
    'never throws, never prints a stack trace, names a file, keeps the outputs',
    { timeout: 300_000 },
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...FILES).chain((file) => fc.tuple(fc.constant(file), hostileText(file))),
          ([file, text]) => {
            dir.write(file, text);
            try {
              const result = runBuild({ geoDir: 'geo', check: false, cwd: dir.root });
              expect(result.stderr).not.toMatch(/\n\s+at /);
              expect(result.stderr).not.toContain('failed unexpectedly');
              // A replaced value may happen to be valid (a name "x"): then the build may pass, but
              // it must say nothing odd; it must never pass on text that is not the original's shape.
              if (result.exitCode === 0) {
                expect(text).not.toBe(originals.get(file));
                dir.seedOutputs();
                return;
              }
              expect(result.stdout).toBe('');
              for (const line of result.stderr.trimEnd().split('\n')) {
                expect(line).toMatch(/^(warning: )?geo\/\S+|^geo:build: \d+ errors?; nothing was written\.$/);
              }
              for (const content of Object.values(dir.outputs())) expect(content).toBe(PREVIOUS_OUTPUT);
            } finally {
              dir.write(file, originals.get(file) ?? '');
            }
          },
        ),
        { numRuns: 40, seed: 15 },
      );
    },
  );

  it('exits 1 for random JSON in place of each file', { timeout: 300_000 }, () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FILES),
        fc.json({ depthSize: 'medium' }).filter((text) => !/^\[\s*\]$/.test(text)),
        (file, text) => {
          dir.write(file, text);
          try {
            const result = runBuild({ geoDir: 'geo', check: false, cwd: dir.root });
            expect(result.exitCode).toBe(1);
            expect(result.stderr).not.toMatch(/\n\s+at /);
          } finally {
            dir.write(file, originals.get(file) ?? '');
          }
        },
      ),
      { numRuns: 25, seed: 7 },
    );
  });
});
