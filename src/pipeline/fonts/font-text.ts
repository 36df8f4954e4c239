/**
 * Every piece of text the page can show, with where it comes from: the interface strings in both
 * languages, what the date and number formatters produce, every string of the built data and the
 * articles the reader shows, the basemap's names, the characters written into the page's code and
 * CSS (symbols, quotation marks), and printable ASCII (typed searches, addresses). The webfont
 * subsets keep exactly the characters of this text (src/pipeline/fonts/subset-fonts.ts); the unit
 * test shapes each piece with them. Read from the repository at build time, so an article dropped
 * into geo/ brings its letters with it.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import type { DateWindow } from '../../data/schema.ts';
import { registerMessages, t } from '../../i18n/i18n.ts';
import { AR } from '../../i18n/messages-ar.ts';
import { EN } from '../../i18n/messages-en.ts';

/** Both languages' interface strings, registered so the formatters below can run in Node. */
const MESSAGES = { en: EN, ar: AR } as const;
registerMessages('en', EN);
registerMessages('ar', AR);
import { formatDateWindow, formatDay, formatTick, type TickUnit } from '../../i18n/format-date.ts';
import type { Language } from '../../store/types.ts';
import { regularFilesIn } from '../fs/regular-files.ts';

/** A string the page can show and where it comes from, e.g. `geo/events.geojson: abu-dhabi.title.ar`. */
export interface FontText {
  source: string;
  text: string;
}

const LANGUAGES: readonly Language[] = ['ar', 'en'];

/** The built data the app shows, every string of it (ids and URLs too: they are shown in links). */
const DATA_FILES = ['events.geojson', 'places.geojson', 'articles.json', 'chapters.json'];

/**
 * Characters the formatters and the layout may add around the text: the bidi marks (format-date.ts
 * writes U+200E; ICU may write U+200F or U+061C in Arabic dates), the joiners, the spaces and dashes
 * Intl's ranges use, the Arabic comma, semicolon and question mark, and the ellipsis of a snippet.
 */
const LAYOUT_MARKS =
  '\u200c\u200d\u200e\u200f\u061c\u00a0\u2009\u200a\u202f\u2010\u2011\u2013\u2014\u2212،؛؟…';

/**
 * The code whose literals reach the page as they are: the page's parts, their CSS and the HTML
 * shell. Not i18n/ (its strings are read above, through the formatters), nor data/ and store/
 * (tables and patterns, not shown), nor the Node-only code.
 */
const BROWSER_CODE = /(?<!\.d)\.(?:tsx?|css|html)$/;
const NOT_PAGE_CODE = new Set(['pipeline', 'tools', 'node_modules', 'i18n', 'data', 'store']);

function walkStrings(value: unknown, path: string, out: FontText[], file: string): void {
  if (typeof value === 'string') {
    if (value !== '') out.push({ source: `${file}: ${path}`, text: value });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => walkStrings(item, `${path}[${String(index)}]`, out, file));
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    // A feature is named by its id, the rest by the keys down to the string.
    const id = typeof record.id === 'string' && path === '' ? record.id : undefined;
    for (const [key, item] of Object.entries(record)) {
      walkStrings(item, id ?? (path === '' ? key : `${path}.${key}`), out, file);
    }
  }
}

function isDateWindow(value: unknown): value is DateWindow {
  if (value === null || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.start === 'string' && typeof record.end === 'string' && typeof record.precision === 'string'
  );
}

/** Every date window in the data, as the page writes it in each language. */
function dateTexts(value: unknown, file: string, out: FontText[]): void {
  if (isDateWindow(value)) {
    for (const language of LANGUAGES) {
      out.push({
        source: `${file}: date ${value.start}/${value.end} (${language})`,
        text: formatDateWindow(value, language),
      });
    }
  } else if (Array.isArray(value)) {
    for (const item of value) dateTexts(item, file, out);
  } else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) dateTexts(item, file, out);
  }
}

/** The formatters' vocabulary: every month's long and short name, the axis labels, numbers. */
function formatterTexts(): FontText[] {
  const out: FontText[] = [];
  for (const language of LANGUAGES) {
    for (let month = 0; month < 12; month += 1) {
      const utcMs = Date.UTC(2024, month, 28);
      const iso = new Date(utcMs).toISOString().slice(0, 10);
      const parts = [formatDay(iso, language)];
      for (const unit of ['year', 'month', 'day'] as TickUnit[]) {
        parts.push(formatTick(utcMs, unit, language), formatTick(utcMs, unit, language, true));
      }
      out.push({ source: `format-date.ts: month ${String(month + 1)} (${language})`, text: parts.join(' ') });
    }
    const window: DateWindow = {
      start: '2025-12-30',
      end: '2026-01-02',
      precision: 'days',
      label: { ar: '', en: '' },
    };
    out.push({
      source: `format-date.ts: a range across years (${language})`,
      text: formatDateWindow(window, language),
    });
    out.push({
      source: `i18n.ts: numbers (${language})`,
      text: t(language, 'eventOf', { n: 1234567.89, total: 0 }),
    });
  }
  return out;
}

function filesUnder(dir: string, root: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (!NOT_PAGE_CODE.has(name)) files.push(...filesUnder(path, root));
    } else if (BROWSER_CODE.test(name)) {
      files.push(relative(root, path));
    }
  }
  return files;
}

// eslint-disable-next-line no-control-regex
const BEYOND_ASCII = /[^\x00-\x7f]/;

/** The string literals and JSX text of a TypeScript file (comments are not shown, so not read). */
function literalsOf(file: string, code: string): string[] {
  const sourceFile = ts.createSourceFile(
    file,
    code,
    ts.ScriptTarget.Latest,
    false,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const literals: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node))
      literals.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return literals;
}

/** The characters beyond ASCII of the browser code's literals, CSS and HTML: symbols and marks the page writes. */
function codeTexts(repoRoot: string): FontText[] {
  const out: FontText[] = [];
  for (const file of filesUnder(join(repoRoot, 'src'), repoRoot)) {
    const code = readFileSync(join(repoRoot, file), 'utf8');
    const pieces = /\.tsx?$/.test(file)
      ? literalsOf(file, code)
      : code.replace(/\/\*[\s\S]*?\*\/|<!--[\s\S]*?-->/g, '').split('\n');
    for (const piece of pieces) if (BEYOND_ASCII.test(piece)) out.push({ source: file, text: piece.trim() });
  }
  return out;
}

/**
 * All the text of the page, in a stable order (the same repository gives the same list).
 * @example collectFontText('/work/main').find((item) => item.source.startsWith('i18n.ts: ar.appTitle')) // { source, text: 'قناة' }
 */
export function collectFontText(repoRoot: string): FontText[] {
  const geoDir = join(repoRoot, 'geo');
  const out: FontText[] = [];
  let ascii = '';
  for (let code = 0x20; code < 0x7f; code += 1) ascii += String.fromCharCode(code);
  out.push({ source: 'printable ASCII', text: ascii }, { source: 'layout marks', text: LAYOUT_MARKS });

  for (const language of LANGUAGES) {
    for (const [key, text] of Object.entries(MESSAGES[language])) {
      out.push({ source: `i18n.ts: ${language}.${key}`, text });
    }
  }
  out.push(...formatterTexts());

  for (const name of DATA_FILES) {
    const json: unknown = JSON.parse(readFileSync(join(geoDir, name), 'utf8'));
    const file = `geo/${name}`;
    const items =
      json !== null && typeof json === 'object' && 'features' in json && Array.isArray(json.features)
        ? (json.features as unknown[])
        : Array.isArray(json)
          ? (json as unknown[])
          : [json];
    for (const item of items) {
      walkStrings(item, '', out, file);
      dateTexts(item, file, out);
    }
  }

  const basemap = JSON.parse(readFileSync(join(geoDir, 'basemap.geojson'), 'utf8')) as {
    features: { properties: Record<string, unknown> }[];
  };
  for (const feature of basemap.features) {
    for (const key of ['name_ar', 'name_en']) {
      const name = feature.properties[key];
      if (typeof name === 'string' && name !== '')
        out.push({ source: `geo/basemap.geojson: ${key}`, text: name });
    }
  }

  const articlesDir = join(geoDir, 'articles');
  for (const name of regularFilesIn(articlesDir, '.txt').sort()) {
    readFileSync(join(articlesDir, name), 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (line.trim() !== '') out.push({ source: `geo/articles/${name}:${String(index + 1)}`, text: line });
      });
  }

  out.push(...codeTexts(repoRoot));
  return out;
}

/** The distinct code points of the texts, ascending. */
export function codePointsOf(texts: readonly FontText[]): number[] {
  const set = new Set<number>();
  for (const { text } of texts) for (const char of text) set.add(char.codePointAt(0) ?? 0);
  return [...set].sort((a, b) => a - b);
}
