import { describe, expect, it } from 'vitest';
import type { Chapter, ChronologyEntry } from '../../../../src/data/schema.ts';
import { buildPlaceIndex } from '../../../../src/pipeline/ingest/place-index.ts';
import {
  chapterProblems,
  titleStyleProblems,
  unexplainedPlaces,
} from '../../../../src/pipeline/build/validate-story-rules.ts';

const fields = (title: { ar: string; en: string }) => titleStyleProblems(title).map((p) => p.field);

describe('titleStyleProblems', () => {
  it.each([
    { ar: 'لقاء بيرنز وناريشكين في أنقرة', en: 'Burns and Naryshkin met in Ankara' },
    { ar: 'توقيع معاهدة نيو ستارت', en: 'New START treaty signed' },
    { ar: 'بايدن: بوتين لا يعرف كيف يجد مخرجا', en: "Biden: Putin doesn't know how to find a way out" },
    { ar: 'موعد انتهاء صفقة الحبوب', en: 'Black Sea grain deal was due to expire' },
    { ar: 'اتصال أوستن وشويغو بعد التلميح النووي', en: 'Austin and Shoigu spoke after the nuclear hint' },
  ])('accepts $en', (title) => {
    expect(titleStyleProblems(title)).toEqual([]);
  });

  it.each([
    [
      { ar: 'لقاء في أنقرة', en: 'Burns and Naryshkin meet in Ankara' },
      'title.en',
      /present-tense verb "meet"/,
    ],
    [{ ar: 'لقاء في أنقرة', en: 'Guterres welcomes the talks' }, 'title.en', /"welcomes"/],
    [{ ar: 'مكالمة ترامب وبوتين', en: 'Trump–Putin phone call' }, 'title.en', /no past-tense verb/],
    [{ ar: 'مكالمة', en: 'trump and Putin spoke' }, 'title.en', /capital letter/],
    [{ ar: 'مكالمة', en: 'Trump and Putin spoke.' }, 'title.en', /full stop/],
    [{ ar: 'تعليق عمل السفارتين (بحسب المقال)', en: 'Embassies suspended' }, 'title.ar', /brackets/],
    [{ ar: 'بوتين يلمّح إلى السلاح النووي', en: 'Putin hinted at nuclear weapons' }, 'title.ar', /«يلمح»/],
    [{ ar: 'محادثات تستضيفها تركيا', en: 'Talks hosted by Turkey' }, 'title.ar', /«تستضيفها»/],
    [{ ar: 'MQ-9', en: 'Drone lost' }, 'title.ar', /no Arabic letters/],
  ])('rejects %j at %s', (title, field, message) => {
    const problems = titleStyleProblems(title);
    expect(problems.map((p) => p.field)).toContain(field);
    expect(problems.find((p) => p.field === field)?.message).toMatch(message);
  });

  it('does not read nouns or infinitives as present tenses', () => {
    expect(fields({ ar: 'يوم الخميس', en: 'Talks held to end the war' })).toEqual([]);
  });
});

describe('unexplainedPlaces', () => {
  const index = buildPlaceIndex(
    [
      {
        id: 'moscow',
        name: { ar: 'موسكو', en: 'Moscow' },
        kind: 'city',
        aliases: ['موسكو'],
        ref: { wikidata: 'Q649' },
        geometry: { source: 'manual', coordinates: [37.6, 55.75], citation: 'test' },
      },
      {
        id: 'washington',
        name: { ar: 'واشنطن', en: 'Washington' },
        kind: 'city',
        aliases: ['واشنطن'],
        ref: { wikidata: 'Q61' },
        geometry: { source: 'manual', coordinates: [-77, 38.9], citation: 'test' },
      },
    ],
    {
      countries: { features: [] },
      seas: { features: [] },
      populated_places: { features: [] },
      regions: { features: [] },
    },
  );
  const names = new Map([
    ['moscow', 'Moscow'],
    ['washington', 'Washington'],
  ]);
  const event = (note?: ChronologyEntry['note']): Pick<ChronologyEntry, 'places' | 'excerpts' | 'note'> => ({
    places: ['moscow', 'washington'],
    excerpts: [
      { article: 'a', start: 0, end: 11, text: 'وصل إلى موسكو', translation: { en: 'reached Moscow' } },
    ],
    ...(note === undefined ? {} : { note }),
  });

  it('finds a place that no excerpt names (with proclitics and all)', () => {
    expect(unexplainedPlaces(event(), index, names)).toEqual(['washington']);
  });

  it('accepts it when the English note names the place', () => {
    expect(
      unexplainedPlaces(
        event({ en: 'Placed in Washington, the calling end.', ar: 'في واشنطن.' }),
        index,
        names,
      ),
    ).toEqual([]);
  });

  it('is not satisfied by a note that only names it in Arabic', () => {
    expect(unexplainedPlaces(event({ en: 'The calling end.', ar: 'في واشنطن.' }), index, names)).toEqual([
      'washington',
    ]);
  });
});

describe('chapterProblems', () => {
  const day = (id: string, start: string) => ({ id, date: { start } }) as unknown as ChronologyEntry;
  const chronology = [day('b', '2022-02-01'), day('a', '2021-10-01'), day('c', '2025-02-12')];
  const ids = new Set(chronology.map((event) => event.id));
  const chapter = (id: string, firstEvent: string): Chapter => ({
    id,
    title: { ar: 'ف', en: 'C' },
    framing: { ar: 'ف', en: 'C' },
    firstEvent,
  });
  const run = (chapters: Chapter[]) =>
    chapterProblems(chapters, chronology, ids, 'geo/chapters.json', 'geo/chronology.json').map(
      (p) => `${p.entry ?? ''} ${p.field ?? ''}: ${p.message}`,
    );

  it('accepts chapters in story order starting at the first event', () => {
    expect(run([chapter('one', 'a'), chapter('two', 'c')])).toEqual([]);
  });

  it('names an unknown event, a wrong start, the wrong order and a duplicate id', () => {
    expect(run([chapter('one', 'zz')])).toEqual([
      'entry "one" firstEvent: unknown event id "zz" (not in geo/chronology.json)',
    ]);
    expect(run([chapter('one', 'b')])[0]).toMatch(
      /^entry "one" firstEvent: the first chapter must start at the story's first event "a"/,
    );
    expect(run([chapter('one', 'a'), chapter('two', 'c'), chapter('three', 'b')])[0]).toMatch(
      /^entry "three" firstEvent: starts at "b" \(2022-02-01\), not after the previous chapter "two"/,
    );
    expect(run([chapter('one', 'a'), chapter('one', 'b')])[0]).toBe(
      'entry #1 id: duplicate id "one" (already used by entry #0)',
    );
    expect(run([])).toEqual([' : needs at least one chapter']);
  });
});
