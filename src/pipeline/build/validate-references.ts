import { aliasInArticles } from './alias-in-articles.ts';
import { buildError, buildWarning, type BuildError } from './build-error.ts';
import { displayPath, type ParsedInputs } from './inputs.ts';
import type { Excerpt } from '../../data/schema.ts';

const SHOWN_TEXT_CHARS = 40;
const MAX_SHOWN_OCCURRENCES = 3;

/**
 * Stage 2: what the schemas cannot see alone: duplicate ids, ids that point nowhere, article files
 * that are missing, excerpts that are not verbatim slices of their article, aliases that never occur.
 * @example validateReferences(inputs) // [{ severity: 'error', file: 'geo/chronology.json', entry: 'entry "x"', field: 'places[0]', message: 'unknown place id "kiev" …' }]
 */
export function validateReferences(inputs: ParsedInputs): BuildError[] {
  const label = inputs.geoDirLabel;
  const articlesFile = displayPath(label, 'articles.json');
  const gazetteerFile = displayPath(label, 'gazetteer.json');
  const chronologyFile = displayPath(label, 'chronology.json');
  const problems: BuildError[] = [
    ...duplicateIds(inputs.articles, articlesFile),
    ...duplicateIds(inputs.gazetteer, gazetteerFile),
    ...duplicateIds(inputs.chronology, chronologyFile),
  ];

  const textsById = new Map<string, string>();
  for (const article of inputs.articles) {
    const text = inputs.articleFiles.get(article.file);
    const refused =
      inputs.refusedFiles.has(`articles/${article.file}`) || inputs.refusedFiles.has('articles');
    // A refused file has its own message (a link, an encoding); "not found" would be wrong.
    if (text === undefined && refused) continue;
    if (text === undefined) {
      problems.push(
        buildError(
          displayPath(label, `articles/${article.file}`),
          `file not found (named by ${articlesFile} entry "${article.id}")`,
        ),
      );
    } else {
      textsById.set(article.id, text);
    }
  }

  for (const event of inputs.chronology) {
    const entry = `entry "${event.id}"`;
    event.places.forEach((placeId, index) => {
      if (inputs.knownIds.places?.has(placeId) === false) {
        problems.push(
          buildError(chronologyFile, `unknown place id "${placeId}" (not in ${gazetteerFile})`, {
            entry,
            field: `places[${index}]`,
          }),
        );
      }
    });
    event.excerpts.forEach((excerpt, index) => {
      const field = `excerpts[${index}]`;
      if (inputs.knownIds.articles?.has(excerpt.article) === false) {
        problems.push(
          buildError(chronologyFile, `unknown article id "${excerpt.article}" (not in ${articlesFile})`, {
            entry,
            field: `${field}.article`,
          }),
        );
        return;
      }
      const text = textsById.get(excerpt.article);
      if (text === undefined) return;
      const mismatch = excerptMismatch(excerpt, text, textsById);
      if (mismatch !== undefined) {
        problems.push(
          buildError(chronologyFile, mismatch.message, { entry, field: `${field}.${mismatch.field}` }),
        );
      }
    });
  }

  // With an article refused (a link, an encoding), "occurs in no article" cannot be judged.
  const articlesRefused = [...inputs.refusedFiles].some((file) => file.startsWith('articles'));
  const occurs = aliasInArticles([...textsById.values()]);
  for (const place of articlesRefused ? [] : inputs.gazetteer) {
    place.aliases.forEach((alias, index) => {
      if (!occurs(alias)) {
        problems.push(
          buildWarning(gazetteerFile, `alias "${alias}" does not occur in any article`, {
            entry: `entry "${place.id}"`,
            field: `aliases[${index}]`,
          }),
        );
      }
    });
  }
  return problems;
}

function duplicateIds(entries: readonly { id: string }[], file: string): BuildError[] {
  const firstIndex = new Map<string, number>();
  const problems: BuildError[] = [];
  entries.forEach((entry, index) => {
    const first = firstIndex.get(entry.id);
    if (first === undefined) firstIndex.set(entry.id, index);
    else {
      problems.push(
        buildError(file, `duplicate id "${entry.id}" (already used by entry #${first})`, {
          entry: `entry #${index}`,
          field: 'id',
        }),
      );
    }
  });
  return problems;
}

/**
 * Why an excerpt is not `articleText.slice(start, end)`, with where its text really is, so the
 * curator can correct the offsets.
 * @example excerptMismatch({ article: 'a', start: 0, end: 3, text: 'bcd' }, 'abcd', new Map())
 * // { field: 'text', message: '… the text occurs at 1..4: set "start": 1, "end": 4' }
 */
export function excerptMismatch(
  excerpt: Excerpt,
  articleText: string,
  textsById: ReadonlyMap<string, string>,
): { field: 'end' | 'text'; message: string } | undefined {
  if (excerpt.end > articleText.length) {
    return {
      field: 'end',
      message: `${excerpt.end} is past the end of article "${excerpt.article}" (${articleText.length} characters)`,
    };
  }
  const actual = articleText.slice(excerpt.start, excerpt.end);
  if (actual === excerpt.text) return undefined;
  const head = `is not the article text at ${excerpt.start}..${excerpt.end} (which reads ${JSON.stringify(shorten(actual))})`;
  const here = occurrences(articleText, excerpt.text);
  if (here.length > 0) {
    const [first] = here;
    const more =
      here.length > 1
        ? ` (${here.length} occurrences: ${here.slice(0, MAX_SHOWN_OCCURRENCES).join(', ')})`
        : '';
    const start = first ?? 0;
    return {
      field: 'text',
      message: `${head}; the text occurs at ${start}..${start + excerpt.text.length}${more}: set "start": ${start}, "end": ${start + excerpt.text.length}`,
    };
  }
  for (const [otherId, otherText] of textsById) {
    const there = occurrences(otherText, excerpt.text);
    if (otherId !== excerpt.article && there.length > 0) {
      const start = there[0] ?? 0;
      return {
        field: 'text',
        message: `${head}; the text occurs in article "${otherId}" at ${start}..${start + excerpt.text.length}`,
      };
    }
  }
  return { field: 'text', message: `${head}; the text does not occur verbatim in any article` };
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

function shorten(text: string): string {
  return text.length > SHOWN_TEXT_CHARS ? `${text.slice(0, SHOWN_TEXT_CHARS)}…` : text;
}
