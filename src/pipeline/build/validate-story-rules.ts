import { UNKNOWN_PUBLISHER } from '../../data/publisher.ts';
/**
 * Stage 2b: the editorial rules of the story that the schemas cannot express, checked so that both
 * languages get the whole story and every claim stays traceable:
 * - titles follow one style per language (see {@link titleStyleProblems});
 * - each place of an event is named in one of its excerpts (by the extractor's matcher), or the
 *   event's note names the place in English and says why it is linked;
 * - a publisher other than "unknown" is named in its article's text;
 * - geo/chapters.json starts at the first event and follows the story order.
 * The schemas already require `summary.ar`, `excerpts[].translation.en` and a bilingual `note`.
 */
import type { Chapter, ChronologyEntry } from '../../data/schema.ts';
import type { PlaceIndex } from '../ingest/place-index.ts';
import { sortEvents } from './assemble-features.ts';
import { buildError, type BuildError } from './build-error.ts';
import { placeMentions } from './count-place-mentions.ts';
import { displayPath, type ParsedInputs } from './inputs.ts';

/** Irregular English past forms accepted as a headline's verb (regular ones end in -ed). */
const ENGLISH_IRREGULAR_PAST = new Set(
  (
    'began begun brought broke broken built came chose chosen cut did drew drawn fell felt flew fought ' +
    'found froze frozen gave given got grew had held hit kept knew known laid led left lost made met paid ' +
    'put ran rose said saw seen sent set shot shown sold sought spoke spoken stood struck swore sworn ' +
    'taken thrown told took was went were withdrew withdrawn won wrote written'
  ).split(' '),
);

/**
 * Present-tense forms that mark the old mixed headline style ("Russia launches", "Guterres
 * welcomes"). Base forms that are also nouns ("hint", "end", "hope", "call") are left out, and a
 * word after "to" is an infinitive ("due to expire"), not a present tense.
 */
const ENGLISH_PRESENT_FORMS = new Set(
  (
    'is are has have does agree agrees begin begins ends expire expires hints hopes intensify ' +
    'intensifies launches meet meets refuse refuses restore restores resume resumes say says signs ' +
    'suspend suspends tell tells wants warn warns welcomes withdraw withdraws'
  ).split(' '),
);

/** Arabic words that begin with the imperfect prefix ي but are not verbs. */
const ARABIC_YA_NOUNS = new Set(['يوم', 'يومي', 'يومين', 'يناير', 'يونيو', 'يوليو']);
/** Imperfect verbs with the prefix ت that a headline might slip in (ت- verbal nouns are fine). */
const ARABIC_TA_VERBS = new Set([
  'تريد',
  'ترفض',
  'تستضيف',
  'تستضيفها',
  'تتفق',
  'تتفقان',
  'تعلن',
  'تؤكد',
  'تطالب',
]);
const ARABIC_LETTER = /[\u0621-\u064a]/u;
const BRACKETS = /[()[\]{}]/u;
const FINAL_STOP = /[.。۔]\s*$/u;

/**
 * The title style, checked mechanically:
 * - English: a past-tense headline. Before any colon there is a past verb (…ed or an irregular past
 *   such as "met", "held", "lost") and no present-tense headline verb; "Speaker: their words" quotes
 *   a statement. Starts with a capital or a digit.
 * - Arabic: a nominal headline led by a verbal noun («توقيع…», «لقاء…», «سقوط…») or
 *   «المتكلم: كلامه»; no imperfect verb («يلمّح», «تستضيفها») before any colon.
 * - Both: no final full stop, no brackets (hedges belong in the note), no stray spaces.
 * @example titleStyleProblems({ ar: 'بوتين يلمّح', en: 'Putin hints at nuclear weapons' })
 * // [{ field: 'title.en', message: '…present-tense verb "hints"…' }, { field: 'title.ar', … }]
 */
export function titleStyleProblems(title: { ar: string; en: string }): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const both = (field: string, text: string): void => {
    if (text !== text.trim() || text.includes('  ')) {
      problems.push({ field, message: 'has leading, trailing or double spaces' });
    }
    if (FINAL_STOP.test(text))
      problems.push({ field, message: 'ends with a full stop; titles are headlines' });
    if (BRACKETS.test(text)) {
      problems.push({ field, message: 'has brackets; put hedges and corrections in the note' });
    }
  };
  both('title.en', title.en);
  both('title.ar', title.ar);

  if (!/^[A-Z0-9]/u.test(title.en)) {
    problems.push({ field: 'title.en', message: 'must start with a capital letter or a digit' });
  }
  const [enHead = '', ...enRest] = title.en.split(':');
  const enWords = enHead.toLowerCase().match(/[a-z]+(?:'[a-z]+)?/gu) ?? [];
  const present = enWords.find(
    (word, index) => ENGLISH_PRESENT_FORMS.has(word) && enWords[index - 1] !== 'to',
  );
  if (present !== undefined) {
    problems.push({
      field: 'title.en',
      message: `uses the present-tense verb "${present}"; English titles are past-tense headlines ("New START signed", "Burns and Naryshkin met in Ankara")`,
    });
  } else if (enRest.length === 0 && !enWords.some(isEnglishPast)) {
    problems.push({
      field: 'title.en',
      message:
        'has no past-tense verb; English titles are past-tense headlines ("Trump and Putin spoke by phone") or "Speaker: their words"',
    });
  }

  if (!ARABIC_LETTER.test(title.ar)) problems.push({ field: 'title.ar', message: 'has no Arabic letters' });
  const [arHead = ''] = title.ar.split(':');
  const verb = arHead
    .split(/\s+/u)
    .map((word) => word.replace(/[\u064b-\u0652]/gu, ''))
    .find((word) => isArabicImperfect(word) || isArabicImperfect(word.replace(/^[وف]/u, '')));
  if (verb !== undefined) {
    problems.push({
      field: 'title.ar',
      message: `uses the verb «${verb}»; Arabic titles are nominal headlines led by a verbal noun («تلميح بوتين…», «لقاء بيرنز…») or «المتكلم: كلامه»`,
    });
  }
  return problems;
}

function isEnglishPast(word: string): boolean {
  return (word.length > 3 && word.endsWith('ed')) || ENGLISH_IRREGULAR_PAST.has(word);
}

function isArabicImperfect(word: string): boolean {
  if (ARABIC_TA_VERBS.has(word)) return true;
  return word.length >= 3 && word.startsWith('ي') && !ARABIC_YA_NOUNS.has(word);
}

/**
 * Places linked to an event that none of its excerpts names, and that the note does not account
 * for: a note qualifies when its English text contains the place's English name.
 * @example unexplainedPlaces(event, index, names) // ['washington']
 */
export function unexplainedPlaces(
  event: Pick<ChronologyEntry, 'places' | 'excerpts' | 'note'>,
  placeIndex: PlaceIndex,
  englishNames: ReadonlyMap<string, string>,
): string[] {
  const named = new Set(event.excerpts.flatMap((excerpt) => placeMentions(excerpt.text, placeIndex)));
  return event.places.filter((placeId) => {
    if (named.has(placeId)) return false;
    const name = englishNames.get(placeId);
    return name === undefined || event.note?.en.includes(name) !== true;
  });
}

/**
 * Chapter problems: ids are unique, each `firstEvent` is an event, the first chapter starts at the
 * story's first event, and chapters follow the story order (strictly: two chapters cannot start at
 * the same event).
 */
export function chapterProblems(
  chapters: readonly Chapter[],
  chronology: readonly ChronologyEntry[],
  knownEventIds: ReadonlySet<string> | undefined,
  chaptersFile: string,
  chronologyFile: string,
): BuildError[] {
  const problems: BuildError[] = [];
  if (chapters.length === 0) problems.push(buildError(chaptersFile, 'needs at least one chapter'));
  const seen = new Map<string, number>();
  chapters.forEach((chapter, index) => {
    const first = seen.get(chapter.id);
    if (first === undefined) seen.set(chapter.id, index);
    else {
      problems.push(
        buildError(chaptersFile, `duplicate id "${chapter.id}" (already used by entry #${first})`, {
          entry: `entry #${index}`,
          field: 'id',
        }),
      );
    }
  });
  if (knownEventIds === undefined) return problems;

  const order = new Map(sortEvents(chronology).map((event, index) => [event.id, { index, event }]));
  let previous: { chapter: Chapter; index: number } | undefined;
  chapters.forEach((chapter, position) => {
    const entry = `entry "${chapter.id}"`;
    if (!knownEventIds.has(chapter.firstEvent)) {
      problems.push(
        buildError(chaptersFile, `unknown event id "${chapter.firstEvent}" (not in ${chronologyFile})`, {
          entry,
          field: 'firstEvent',
        }),
      );
      return;
    }
    const at = order.get(chapter.firstEvent);
    if (at === undefined) return; // the event failed its own schema check, reported there
    if (position === 0 && at.index !== 0) {
      const firstEvent = sortEvents(chronology)[0];
      problems.push(
        buildError(
          chaptersFile,
          `the first chapter must start at the story's first event "${firstEvent?.id ?? ''}" (got "${chapter.firstEvent}", event #${at.index} in story order)`,
          { entry, field: 'firstEvent' },
        ),
      );
    }
    if (previous !== undefined && at.index <= previous.index) {
      problems.push(
        buildError(
          chaptersFile,
          `starts at "${chapter.firstEvent}" (${at.event.date.start}), not after the previous chapter "${previous.chapter.id}" (which starts at "${previous.chapter.firstEvent}"): chapters must follow the story order`,
          { entry, field: 'firstEvent' },
        ),
      );
    }
    previous = { chapter, index: at.index };
  });
  return problems;
}

/**
 * Every story rule over the parsed inputs.
 * @example validateStoryRules(inputs, index) // [{ file: 'geo/chronology.json', entry: 'entry "x"', field: 'places[0]', … }]
 */
export function validateStoryRules(inputs: ParsedInputs, placeIndex: PlaceIndex): BuildError[] {
  const label = inputs.geoDirLabel;
  const chronologyFile = displayPath(label, 'chronology.json');
  const problems: BuildError[] = [];
  const englishNames = new Map(inputs.gazetteer.map((place) => [place.id, place.name.en]));

  for (const event of inputs.chronology) {
    const entry = `entry "${event.id}"`;
    for (const problem of titleStyleProblems(event.title)) {
      problems.push(buildError(chronologyFile, problem.message, { entry, field: problem.field }));
    }
    const unexplained = new Set(unexplainedPlaces(event, placeIndex, englishNames));
    event.places.forEach((placeId, index) => {
      if (!unexplained.has(placeId) || !englishNames.has(placeId)) return;
      problems.push(
        buildError(
          chronologyFile,
          `place "${placeId}" is named in none of the event's excerpts; quote one that names it, drop the place, or say why it is linked in note.en (naming "${englishNames.get(placeId) ?? placeId}")`,
          { entry, field: `places[${index}]` },
        ),
      );
    });
  }

  const articlesFile = displayPath(label, 'articles.json');
  for (const article of inputs.articles) {
    if (article.publisher === UNKNOWN_PUBLISHER) continue;
    const text = inputs.articleFiles.get(article.file);
    if (text !== undefined && !text.includes(article.publisher)) {
      problems.push(
        buildError(
          articlesFile,
          `"${article.publisher}" is not named in the article's text; use "${UNKNOWN_PUBLISHER}" when the text does not name its publisher (put any inference in published.evidence)`,
          { entry: `entry "${article.id}"`, field: 'publisher' },
        ),
      );
    }
  }

  if (inputs.knownIds.chapters === undefined) return problems; // not read: already reported
  problems.push(
    ...chapterProblems(
      inputs.chapters,
      inputs.chronology,
      inputs.knownIds.events,
      displayPath(label, 'chapters.json'),
      chronologyFile,
    ),
  );
  return problems;
}
