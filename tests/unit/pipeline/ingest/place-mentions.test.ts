import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../../../src/pipeline/ingest/extract.ts';
import type { PlaceIndex } from '../../../../src/pipeline/ingest/place-index.ts';
import { loadPlaceIndex } from '../../../../src/pipeline/ingest/story-files.ts';

let index: PlaceIndex;
beforeAll(() => {
  index = loadPlaceIndex();
});

function places(text: string) {
  const result = extract(text, { articleId: 't', published: '2022-05-13', placeIndex: index });
  return result.sentences.flatMap((s) =>
    s.places.map((p) => ({ id: p.placeId, surface: p.surface, start: p.start, end: p.end })),
  );
}
function associations(text: string) {
  const result = extract(text, { articleId: 't', published: '2022-05-13', placeIndex: index });
  return result.sentences.flatMap((s) => s.associations.map((p) => p.placeId));
}
const ids = (text: string) => places(text).map((p) => p.id);

describe('proclitics', () => {
  it.each([
    ['وبموسكو', 'moscow', 'موسكو'],
    ['لأوكرانيا', 'ukraine', 'أوكرانيا'],
    ['بالرياض', 'riyadh', 'الرياض'],
    // ل + ال contracts to لل: the ل that carries the article stays in the span.
    ['للرياض', 'riyadh', 'للرياض'],
    ['وللرياض', 'riyadh', 'للرياض'],
    ['فكييف', 'kyiv', 'كييف'],
  ])('%s → %s', (text, id, surface) => {
    expect(places(`وصل ${text} اليوم`)).toEqual([
      { id, surface, start: 4 + text.length - surface.length, end: 4 + text.length },
    ]);
  });
});

describe('names', () => {
  it('matches multiword names, longest first', () => {
    expect(ids('قرب شبه جزيرة القرم وفي البحر الأسود وفي الإمارات العربية المتحدة')).toEqual([
      'crimea',
      'black-sea',
      'uae',
    ]);
    expect(ids('الولايات المتحدة الأميركية')).toEqual(['united-states']);
  });
  it('matches spelling variants and aliases', () => {
    expect(ids('أبو ظبي وأبوظبي')).toEqual(['abu-dhabi', 'abu-dhabi']);
    expect(ids('إسطنبول واسطنبول واستانبول')).toEqual(['istanbul', 'istanbul', 'istanbul']);
    expect(ids('خاركيف وخاركوف')).toEqual(['kharkiv', 'kharkiv']);
  });
  it('finds places beyond the story from Natural Earth', () => {
    expect(ids('في باريس ولندن')).toEqual(['ne-paris', 'ne-london']);
    expect(ids('في البحر الأحمر')).toEqual(['ne-red-sea']);
  });
  it('drops the مدينة that Natural Earth puts before some city names', () => {
    expect(ids('في بروكسل')).toEqual(['ne-brussels']);
  });
  it('merges a city and a region that share a Wikidata id', () => {
    expect(ids('في سيفاستوبول')).toEqual(['ne-sevastopol']);
  });
  it('reads /g/ spelled غ or ج', () => {
    expect(ids('في بيلغورود وبيلجورود')).toEqual(['ne-belgorod', 'ne-belgorod']);
  });
});

describe('triggers', () => {
  it('reads العاصمة + adjective as the capital', () => {
    expect(ids('في العاصمة الإماراتية')).toEqual(['abu-dhabi']);
    expect(ids('وصل إلى العاصمة التركية التي')).toEqual(['ankara']);
  });
  it('annotates an apposition once, on the name', () => {
    expect(places('في العاصمة الإماراتية أبو ظبي')).toEqual([
      { id: 'abu-dhabi', surface: 'أبو ظبي', start: 22, end: 29 },
    ]);
  });
  it('reads منطقة + name as the region', () => {
    expect(ids('في منطقة كورسك')).toEqual(['kursk-oblast']);
    const [oblast] = ids('في مقاطعة خاركيف');
    expect(index.places.get(oblast!)?.kind).toBe('region');
    expect(ids('في خاركيف')).toEqual(['kharkiv']);
  });
});

describe('not places', () => {
  it('كيف "how" is not Kyiv', () => {
    expect(ids('لا يعرف كيف سيتمكن')).toEqual([]);
  });
  it('institutions and media are not places', () => {
    expect(ids('أعلن البيت الأبيض')).toEqual([]);
    expect(ids('أكد الكرملين')).toEqual([]);
    expect(ids('ذكرت صحيفة واشنطن بوست')).toEqual([]);
    expect(ids('في مجلس الأمن القومي بالبيت الأبيض')).toEqual([]);
  });
  it('adjectives are country associations, not mentions', () => {
    expect(ids('قالت وزارة الدفاع الروسية')).toEqual([]);
    expect(associations('قالت وزارة الدفاع الروسية والقوات الأوكرانية')).toEqual(['russia', 'ukraine']);
    expect(ids('وأعلنت الخارجية السعودية')).toEqual([]);
    expect(ids('في السعودية')).toEqual(['saudi-arabia']);
  });
  it('personal names that are also towns are not places', () => {
    expect(ids('وزير الدفاع لويد أوستن والرئيس فلاديمير بوتين')).toEqual([]);
  });
  it('ك glued to a short name is part of a word', () => {
    expect(ids('عددًا كبيرًا من الأشخاص')).toEqual([]);
  });
});
