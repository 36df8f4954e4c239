/**
 * `mentions` is counted by the ingest matcher over the repository's own gazetteer and Natural
 * Earth layers, read the way geo:build reads them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  countPlaceMentions,
  placeMentions,
  storyPlaceIndex,
} from '../../../../src/pipeline/build/count-place-mentions.ts';
import type { ParsedInputs } from '../../../../src/pipeline/build/inputs.ts';
import { loadGeoDir } from '../../../../src/pipeline/build/load-geo-dir.ts';
import { parseInputs } from '../../../../src/pipeline/build/parse-inputs.ts';
import type { PlaceIndex } from '../../../../src/pipeline/ingest/place-index.ts';
import { REPO_ROOT } from './fixture-geo-dir.ts';

const GEO_DIR = join(REPO_ROOT, 'geo');

let inputs: ParsedInputs;
let index: PlaceIndex;
beforeAll(() => {
  inputs = parseInputs(loadGeoDir(GEO_DIR, 'geo')).inputs;
  index = storyPlaceIndex(inputs.gazetteer, inputs.layers);
});

const counts = (...texts: string[]): Record<string, number> =>
  Object.fromEntries(countPlaceMentions(texts, index));

describe('countPlaceMentions', () => {
  it('counts "العاصمة السعودية الرياض" once, for Riyadh, and not for Saudi Arabia', () => {
    expect(counts('استضافت العاصمة السعودية الرياض محادثات')).toEqual({ riyadh: 1 });
    expect(counts('في العاصمة السعودية الرياض، ثم الرياض')).toEqual({ riyadh: 2 });
    expect(counts('وصل إلى العاصمة السعودية')).toEqual({ riyadh: 1 });
  });

  it.each(['وموسكو', 'فموسكو', 'بموسكو', 'لموسكو', 'كموسكو', 'وبموسكو'])(
    'allows the proclitics of %s',
    (word) => {
      expect(counts(`وصل ${word} أمس`)).toEqual({ moscow: 1 });
    },
  );

  it('allows ل contracted with the article ال', () => {
    expect(counts('للبحر الأسود وللبحر الأسود والبحر الأسود')).toEqual({ 'black-sea': 3 });
  });

  it('counts whole words only', () => {
    expect(counts('موسكو وموسكوفيون')).toEqual({ moscow: 1 });
    expect(counts('سموسكو')).toEqual({});
  });

  it('counts a multiword name once, preferring the longest', () => {
    expect(counts('الولايات المتحدة الأمريكية والولايات المتحدة')).toEqual({ 'united-states': 2 });
    expect(counts('شبه جزيرة القرم')).toEqual({ crimea: 1 });
  });

  it('folds hamza, so every spelling counts', () => {
    expect(counts('إسطنبول وأسطنبول واسطنبول')).toEqual({ istanbul: 3 });
  });

  it('counts neither institutions nor country adjectives', () => {
    expect(counts('أعلن البيت الأبيض وذكرت صحيفة واشنطن بوست')).toEqual({});
    expect(counts('قال الوفد الروسي')).toEqual({});
  });

  it('maps a Natural Earth feature with a curated Wikidata id to the curated id', () => {
    expect(index.places.get('moscow')?.source).toBe('gazetteer');
    expect(counts('في موسكو وباريس')).toEqual({ moscow: 1, 'ne-paris': 1 });
  });

  it('sums over texts', () => {
    expect(counts('موسكو', 'وموسكو')).toEqual({ moscow: 2 });
    expect(counts()).toEqual({});
  });

  it('agrees with the hand-checked gold in geo/eval/ for every gazetteer place', () => {
    const gold = JSON.parse(readFileSync(join(GEO_DIR, 'eval', 'places.json'), 'utf8')) as {
      place: string;
    }[];
    const texts = inputs.articles.map((article) => inputs.articleFiles.get(article.file) ?? '');
    const found = countPlaceMentions(texts, index);
    for (const entry of inputs.gazetteer) {
      const expected = gold.filter((mention) => mention.place === entry.id).length;
      expect({ id: entry.id, mentions: found.get(entry.id) ?? 0 }).toEqual({
        id: entry.id,
        mentions: expected,
      });
    }
  });
});

describe('placeMentions', () => {
  it('lists the places an excerpt names, in order, without adjectives or institutions', () => {
    expect(placeMentions('بين واشنطن وموسكو، في العاصمة التركية أنقرة', index)).toEqual([
      'washington',
      'moscow',
      'ankara',
    ]);
    expect(placeMentions('قال البيت الأبيض إن القوات الروسية انسحبت', index)).toEqual([]);
  });
});
