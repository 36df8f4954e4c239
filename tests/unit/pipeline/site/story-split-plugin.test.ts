import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { detailsChunkFileSchema, storyIndexFileSchema } from '../../../../src/data/schema.ts';
import { runBuild } from '../../../../src/pipeline/build/run-build.ts';
import { readSiteStory } from '../../../../src/pipeline/site/story-split-plugin.ts';
import { copyFixtureGeoDir, type TempGeoDir } from '../build/fixture-geo-dir.ts';

let dir: TempGeoDir;
beforeEach(() => {
  dir = copyFixtureGeoDir();
  expect(runBuild({ geoDir: 'geo', check: false, cwd: dir.root }).exitCode).toBe(0);
});
afterEach(() => dir.dispose());

describe('the site’s story files', () => {
  it('split a built geo dir under story/<generation>/, every file valid', () => {
    const { base, files } = readSiteStory(dir.geoDir);
    const generation = (JSON.parse(dir.read('build-manifest.json')) as { generation: string }).generation;
    expect(base).toBe(`story/${generation}/`);
    const index = storyIndexFileSchema.parse(JSON.parse(files.get('index.json')!));
    expect(index.generation).toBe(generation);
    expect(index.articles.length).toBeGreaterThan(0);
    index.detailChunks.forEach((first, k) => {
      const chunk = detailsChunkFileSchema.parse(JSON.parse(files.get(`details-${k}.json`)!));
      expect(chunk.first).toBe(first);
    });
  });

  it('stop the site build naming the file when a contract file is broken', () => {
    dir.write('articles.json', '[{"id": "x"}]');
    expect(() => readSiteStory(dir.geoDir)).toThrow(/geo\/articles\.json: 0\.\w+: /);
  });
});
