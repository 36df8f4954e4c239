/**
 * Row 6 of issue 15: a build interrupted between its renames left the outputs of two builds mixed
 * and orphan temporary files. The outputs are now one generation (a manifest written last), the
 * temporaries of dead builds are removed, git ignores them, and geo:check and the app refuse a mix.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILD_MANIFEST_FILE, parseManifest } from '../../../../src/data/build-generation.ts';
import { StoryLoadError } from '../../../../src/data/fetch-json.ts';
import { loadStory } from '../../../../src/data/load-story.ts';
import { readSiteStory } from '../../../../src/pipeline/site/story-split-plugin.ts';
import type { ChronologyEntry, GazetteerEntry } from '../../../../src/data/schema.ts';
import {
  temporaryPathFor,
  writeFilesAtomically,
  type WriteOps,
} from '../../../../src/pipeline/fs/atomic-write.ts';
import { runBuild } from '../../../../src/pipeline/build/run-build.ts';
import { copyFixtureGeoDir, REPO_ROOT, type TempGeoDir } from './fixture-geo-dir.ts';

let dir: TempGeoDir;
beforeEach(() => {
  dir = copyFixtureGeoDir();
});
afterEach(() => dir.dispose());

const build = (writeOps?: WriteOps) =>
  runBuild({ geoDir: 'geo', check: false, cwd: dir.root, ...(writeOps ? { writeOps } : {}) });
const check = () => runBuild({ geoDir: 'geo', check: true, cwd: dir.root });

/** File-system calls that stop (as a SIGKILL would) before the rename number `killAt` (0-based). */
function killedBeforeRename(killAt: number): WriteOps {
  let renames = 0;
  return {
    writeFile: (path, content) => writeFileSync(path, content),
    rename: (from, to) => {
      if (renames === killAt) throw new Error('killed');
      renames += 1;
      spawnSync('mv', [from, to]);
    },
    // A killed process cleans nothing up.
    remove: () => undefined,
  };
}

/** A second generation: a place's note and an event's title change, so places and events both change. */
function changeTheStory() {
  dir.editJson<GazetteerEntry[]>('gazetteer.json', (entries) => {
    entries[0]!.note = 'A second build.';
  });
  dir.editJson<ChronologyEntry[]>('chronology.json', (entries) => {
    entries[0]!.title.en = `${entries[0]!.title.en} again`;
  });
}

/** The site's split of the geo dir (what `vite build` emits), served to loadStory as files. */
function fetchSiteStory(): typeof fetch {
  const { files } = readSiteStory(dir.geoDir);
  return (async (input: RequestInfo | URL) => new Response(files.get(String(input)) ?? '')) as typeof fetch;
}
const URLS = { index: 'index.json', basemap: 'basemap.geojson', basemapCoarse: 'basemap-coarse.geojson' };
const diskManifest = () => parseManifest(JSON.parse(dir.read(BUILD_MANIFEST_FILE)));

describe('geo:build writes one generation', () => {
  it('writes a manifest of the outputs, and the app loads a whole generation', async () => {
    expect(build().exitCode).toBe(0);
    const manifest = diskManifest();
    expect(manifest && Object.keys(manifest.files)).toEqual([
      'basemap-coarse.geojson',
      'basemap.geojson',
      'events.geojson',
      'places.geojson',
    ]);
    const { story } = await loadStory(URLS, fetchSiteStory(), manifest);
    expect(story.events.length).toBe(4);
  });

  it.each([1, 2, 3])(
    'a build killed before rename %i leaves a set that geo:check and the site build refuse by name',
    (killAt) => {
      expect(build().exitCode).toBe(0);
      changeTheStory();
      expect(() => build(killedBeforeRename(killAt))).not.toThrow();
      const checked = check();
      expect(checked.exitCode).toBe(1);
      expect(checked.stderr).toMatch(
        /outputs of two builds are mixed \(an interrupted build\?\): .*not of the build recorded in geo\/build-manifest\.json/,
      );

      // The site build refuses to split a mixed set, naming the file that is not of the manifest's build.
      expect(() => readSiteStory(dir.geoDir)).toThrow(/(places|events)\.geojson.*: not of build/);
    },
  );

  it('a page of one build refuses the story index of another (a stale cache)', async () => {
    expect(build().exitCode).toBe(0);
    const stale = fetchSiteStory();
    changeTheStory();
    expect(build().exitCode).toBe(0);
    const error = await loadStory(URLS, stale, diskManifest()).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(StoryLoadError);
    expect((error as StoryLoadError).message).toBe('The story data files come from different builds');
    expect((error as StoryLoadError).details[0]).toMatch(/index\.json was made from build/);
  });

  it('removes the temporary files a killed build left, but not those of a running build', () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    const live = process.ppid;
    const orphan = temporaryPathFor(join(dir.geoDir, 'places.geojson'), dead);
    const running = temporaryPathFor(join(dir.geoDir, 'events.geojson'), live);
    writeFileSync(orphan, 'half');
    writeFileSync(running, 'half');
    const result = build();
    expect(result.exitCode).toBe(0);
    expect(existsSync(orphan)).toBe(false);
    expect(existsSync(running)).toBe(true);
    expect(result.stderr).toContain('removed 1 temporary file(s) left by an interrupted build');
  });

  it('leaves no temporary file when a write fails, and keeps the old targets', () => {
    writeFileSync(join(dir.geoDir, 'a.json'), 'old a');
    writeFileSync(join(dir.geoDir, 'b.json'), 'old b');
    let writes = 0;
    const failing: WriteOps = {
      writeFile: (path, content) => {
        writes += 1;
        if (writes === 2) throw Object.assign(new Error('EFBIG'), { code: 'EFBIG' });
        writeFileSync(path, content);
      },
      rename: () => {
        throw new Error('must not rename after a failed write');
      },
      remove: (path) => spawnSync('rm', ['-f', path]),
    };
    expect(() =>
      writeFilesAtomically(
        [
          { path: join(dir.geoDir, 'a.json'), content: 'new a' },
          { path: join(dir.geoDir, 'b.json'), content: 'new b' },
        ],
        failing,
      ),
    ).toThrow('EFBIG');
    expect(dir.read('a.json')).toBe('old a');
    expect(dir.read('b.json')).toBe('old b');
    expect(readdirSync(dir.geoDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('git ignores the temporary files', () => {
    for (const path of [
      'geo/.places.geojson.1234.tmp',
      'geo/.build-manifest.json.99.tmp',
      '.out.json.7.tmp',
    ]) {
      const ignored = spawnSync('git', ['check-ignore', '--no-index', '-q', path], { cwd: REPO_ROOT });
      expect(ignored.status, path).toBe(0);
    }
  });
});
