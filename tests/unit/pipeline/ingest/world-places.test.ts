import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../../../src/pipeline/ingest/extract.ts';
import type { Extraction } from '../../../../src/pipeline/ingest/extract.ts';
import type { PlaceIndex } from '../../../../src/pipeline/ingest/place-index.ts';
import {
  arabicKey,
  createProposer,
  latinKeys,
  worldProposer,
} from '../../../../src/pipeline/ingest/proposals.ts';
import { spellingVariants, vowelVariants } from '../../../../src/pipeline/ingest/spelling.ts';
import { loadPlaceIndex } from '../../../../src/pipeline/ingest/story-files.ts';
import { foldKey } from '../../../../src/data/arabic-normalise.ts';

let world: PlaceIndex;
let story: PlaceIndex;
beforeAll(() => {
  world = loadPlaceIndex();
  story = loadPlaceIndex(undefined, null);
});

const run = (text: string, index = world, published = '2025-03-13'): Extraction =>
  extract(text, { articleId: 't', published, placeIndex: index, proposer: worldProposer() });
const mentions = (text: string, index = world) =>
  run(text, index).sentences.flatMap((s) => s.places.map((p) => [p.surface, p.placeId]));
const ids = (text: string, index = world) => mentions(text, index).map(([, id]) => id);

describe('the world gazetteer', () => {
  it('knows places no story list has: US states and GeoNames cities with Arabic names', () => {
    expect(ids('وصل الوفد إلى ألاسكا ثم إلى فلوريدا')).toEqual(['adm1-us-ak', 'adm1-us-fl']);
    expect(ids('وصل الوفد إلى ألاسكا', story)).toEqual([]);
    expect(ids('قمة في أنكوريج')).toEqual(['ne-anchorage']);
    // A GeoNames Arabic name joins the Natural Earth city with the same GeoNames id.
    expect(ids('اجتماع في جنيف')).toEqual(['ne-geneva']);
  });

  it('a name two GeoNames places share goes to the bigger one (Moscow, not Moscow, Idaho)', () => {
    expect(ids('في موسكو')).toEqual(['moscow']);
  });

  it('never indexes everyday words or directions (مدينة is a Maltese council, الغرب a region of Cameroon)', () => {
    expect(ids('في المدينة الغرب مدينة صباح اليوم')).toEqual([]);
  });
});

describe('generated spelling variants', () => {
  it.each([
    ['زابوروجييه', ['زابوروجيه', 'زابوروجيا']],
    ['اوديسا', ['اوديسه']],
  ])('%s → %j', (word, expected) => {
    expect(spellingVariants(word)).toEqual(expect.arrayContaining(expected));
  });

  it('long vowels dropped, swapped or added, never in the first syllable', () => {
    expect(vowelVariants(foldKey('زيورخ'))).toContain(foldKey('زيوريخ'));
    expect(vowelVariants(foldKey('زابوروجييه'))).toContain(foldKey('زابوريجيا'));
    expect(vowelVariants(foldKey('بسكوف'))).not.toContain(foldKey('بيسكوف'));
  });

  it.each([
    ['زيوريخ', 'ne-zurich'],
    ['زابوريجيا', 'ne-zaporizhzhia'],
    ['زابوروجيه', 'ne-zaporizhzhia'],
    ['أنكوراج', 'ne-anchorage'],
    ['سان بطرسبرج', 'ne-saint-petersburg'],
  ])('%s → %s', (name, id) => {
    expect(ids(`وصل إلى ${name} أمس`)).toEqual([id]);
  });

  it('a variant that is a demonym or a personal name stays what it is', () => {
    expect(ids('وكالة روسية وقال بيسكوف وقال بايدن')).toEqual([]);
  });
});

describe('regions versus cities', () => {
  it('منطقة موسكو is the oblast, bare موسكو the city', () => {
    expect(ids('في منطقة موسكو')).toEqual(['ne-moscow']);
    expect(ids('في موسكو')).toEqual(['moscow']);
  });

  it('مناطق بريانسك وكورسك وبيلغورود names three regions', () => {
    expect(mentions('هجمات على مناطق بريانسك وكورسك وبيلغورود')).toEqual([
      ['بريانسك', 'ne-bryansk-region'],
      ['كورسك', 'kursk-oblast'],
      ['بيلغورود', 'ne-belgorod-region'],
    ]);
  });
});

describe('crawled text', () => {
  it('splits glued names when the split is unique', () => {
    expect(mentions('ممثلين من روسياوأوكرانيا اجتمعوا')).toEqual([
      ['روسيا', 'russia'],
      ['أوكرانيا', 'ukraine'],
    ]);
    expect(ids('بين الأممالمتحدةوروسيا')).toEqual(['russia']);
  });

  it('outlets and facilities are not mentions of the place they are named after', () => {
    expect(ids('قناة اليمن - 15 آب, 2024')).toEqual([]);
    expect(ids('نقلت صحيفة «كييف تايمز» الخبر')).toEqual([]);
    expect(ids('قرب محطة زابوروجيه النووية')).toEqual([]);
    expect(ids('في قاعدة إلمندورف-ريتشاردسون العسكرية في أنكوريج')).toEqual(['ne-anchorage']);
    // مطار بموسكو: a preposition between, so Moscow is named.
    expect(ids('في مطار بموسكو')).toEqual(['moscow']);
  });

  it('an adjective with tanween is not the country (روسيًا, أوكرانيًا)', () => {
    const result = run('تحرير 63 عسكريا روسيًا وعاد 116 أسيرًا أوكرانيًا');
    expect(result.sentences.flatMap((s) => s.places)).toEqual([]);
    expect(result.sentences.flatMap((s) => s.associations.map((a) => a.placeId))).toEqual([
      'russia',
      'ukraine',
    ]);
  });

  it('datelines and bylines are metadata, never draft events', () => {
    for (const line of [
      '27.02.2025',
      '15 آب, 2024',
      '06:46 م الخميس 14 أغسطس 2025',
      'قناة اليمن - 15 آب, 2024',
    ]) {
      const result = run(`${line}\nوقال المتحدث إن الوفد وصل.`);
      expect(result.sentences[0]!.metadata, line).toBe(true);
      expect(result.sentences[0]!.dates).toHaveLength(1);
      expect(result.drafts).toEqual([]);
    }
    expect(run('التقى بوتين ترامب أمس').sentences[0]!.metadata).toBeUndefined();
  });
});

describe('names no list has: proposals', () => {
  it('transliterates to consonant keys on both sides', () => {
    expect(arabicKey(foldKey('سودجا'))).toBe('SDG');
    expect(latinKeys('Sudzha')).toEqual(['SDG', 'SDZ']);
    expect(arabicKey(foldKey('إنيرغودار'))).toBe('NRGDR');
    expect(latinKeys('Energodar')).toContain('NRGDR');
    expect(latinKeys('Chornomors’k')).toContain(arabicKey(foldKey('تشورنومورسك')));
  });

  it('ranks by the countries the article names, then population', () => {
    const city = (cityId: number, name: string, country: string, population: number) => ({
      cityId,
      name,
      country,
      featureCode: 'PPL',
      population,
      loc: { coordinates: [0, 0] },
    });
    const proposer = createProposer([city(1, 'Sidhi', 'IN', 54242), city(2, 'Sudzha', 'RU', 6940)]);
    expect(proposer.propose(foldKey('سودجا'), new Set()).map((c) => c.name)).toEqual(['Sidhi', 'Sudzha']);
    const ranked = proposer.propose(foldKey('سودجا'), new Set(['RU']));
    expect(ranked.map((c) => c.name)).toEqual(['Sudzha', 'Sidhi']);
    expect(ranked[0]!.confidence).toBeGreaterThan(ranked[1]!.confidence);
  });

  it('سودجا → Sudzha (Kursk oblast) first, and every later mention of it too', () => {
    const result = run('سيطرت القوات على مدينة سودجا في منطقة كورسك الروسية. ودمر القصف سودجا.');
    const proposed = result.sentences.flatMap((s) => s.places.filter((p) => p.proposed));
    expect(proposed.map((p) => [p.surface, p.placeId])).toEqual([
      ['سودجا', 'gn-486816'],
      ['سودجا', 'gn-486816'],
    ]);
    expect(proposed[0]!.proposed!.candidates[0]!.name).toBe('Sudzha');
  });

  it('مدينة /إنرغودار/ across slashes; a verb after مدينة is no name', () => {
    const result = run('قرب مدينة /إنرغودار/ في أوكرانيا. أكبر مدينة كانت خاضعة لأوكرانيا.');
    expect(result.sentences.flatMap((s) => s.places.filter((p) => p.proposed).map((p) => p.placeId))).toEqual(
      ['gn-709276'],
    );
  });

  it('proposes nothing in a country the article does not name', () => {
    const result = run('وصلوا إلى مدينة سودجا.');
    expect(result.sentences.flatMap((s) => s.places)).toEqual([]);
  });
});
