import { buildError, type BuildError } from './build-error.ts';

export type JsonResult = { ok: true; value: unknown } | { ok: false; error: BuildError };

/**
 * JSON.parse that reports where the text breaks as line:column (1-based). Node 20's messages
 * often carry no position ("Unexpected token ']', …"), so on failure a small syntax scanner finds
 * the offset itself.
 * @example parseJson('geo/x.json', '[1,\n 2,]')
 * // { ok: false, error: { file: 'geo/x.json', entry: 'line 2:4', message: 'invalid JSON: expected a value' } }
 */
export function parseJson(file: string, text: string): JsonResult {
  const tooDeep = depthExceededAt(text, MAX_JSON_DEPTH);
  if (tooDeep !== undefined) {
    const { line, column } = lineColumnAt(text, tooDeep);
    return {
      ok: false,
      error: buildError(
        file,
        `nesting deeper than ${MAX_JSON_DEPTH} levels of [ and {; no input of geo:build needs more than 10`,
        { entry: `line ${line}:${column}` },
      ),
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    const failure = findSyntaxError(text);
    const { line, column } = lineColumnAt(text, failure.offset);
    return {
      ok: false,
      error: buildError(file, `invalid JSON: ${failure.reason}`, { entry: `line ${line}:${column}` }),
    };
  }
}

/**
 * The deepest nesting any input may have. GeoJSON needs 8 (collection, features, feature, geometry,
 * and 4 levels of MultiPolygon coordinates); the limit keeps every later recursive step (the syntax
 * scanner, the schemas, printing a value) far from the call stack's limit.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * Offset of the bracket that first opens more than `limit` levels, outside strings; one linear pass
 * with no recursion, so it is safe on any text, valid JSON or not.
 * @example depthExceededAt('[[[]]]', 2) // 2
 */
export function depthExceededAt(text: string, limit: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (inString) {
      if (code === 0x5c) at += 1;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) {
      depth += 1;
      if (depth > limit) return at;
    } else if (code === 0x5d || code === 0x7d) depth -= 1;
  }
  return undefined;
}

/**
 * @example lineColumnAt('ab\ncd', 4) // { line: 2, column: 2 }
 */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

const LITERALS = ['true', 'false', 'null'];
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// JSON forbids raw control characters (U+0000–U+001F) inside strings.
// eslint-disable-next-line no-control-regex
const STRING_BODY = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*/y;

/**
 * The offset and reason of the first JSON syntax error in `text` (RFC 8259 grammar).
 * @example findSyntaxError('{"a": 1,}') // { offset: 8, reason: 'expected a string (a field name)' }
 */
export function findSyntaxError(text: string): { offset: number; reason: string } {
  let at = 0;
  const fail = (reason: string): never => {
    throw new JsonSyntaxError(at, reason);
  };
  const skipSpace = () => {
    while (at < text.length && ' \t\n\r'.includes(text.charAt(at))) at += 1;
  };
  const expectChar = (char: string, what: string) => {
    skipSpace();
    if (text.charAt(at) !== char)
      fail(at >= text.length ? `unexpected end of file, expected ${what}` : `expected ${what}`);
    at += 1;
  };
  const string = () => {
    expectChar('"', 'a string');
    STRING_BODY.lastIndex = at;
    STRING_BODY.exec(text);
    at = STRING_BODY.lastIndex;
    if (text.charAt(at) !== '"')
      fail(at >= text.length ? 'unexpected end of file inside a string' : 'invalid character in a string');
    at += 1;
  };
  const value = (): void => {
    skipSpace();
    const char = text.charAt(at);
    if (char === '{') {
      at += 1;
      skipSpace();
      if (text.charAt(at) === '}') {
        at += 1;
        return;
      }
      for (;;) {
        skipSpace();
        if (text.charAt(at) !== '"') fail('expected a string (a field name)');
        string();
        expectChar(':', '":"');
        value();
        skipSpace();
        if (text.charAt(at) === '}') {
          at += 1;
          return;
        }
        expectChar(',', '"," or "}"');
      }
    }
    if (char === '[') {
      at += 1;
      skipSpace();
      if (text.charAt(at) === ']') {
        at += 1;
        return;
      }
      for (;;) {
        value();
        skipSpace();
        if (text.charAt(at) === ']') {
          at += 1;
          return;
        }
        expectChar(',', '"," or "]"');
      }
    }
    if (char === '"') return string();
    const literal = LITERALS.find((word) => text.startsWith(word, at));
    if (literal !== undefined) {
      at += literal.length;
      return;
    }
    NUMBER.lastIndex = at;
    if (NUMBER.exec(text) !== null) {
      at = NUMBER.lastIndex;
      return;
    }
    fail(at >= text.length ? 'unexpected end of file, expected a value' : 'expected a value');
  };
  try {
    value();
    skipSpace();
    if (at < text.length) fail('unexpected text after the end of the JSON value');
    return { offset: text.length, reason: 'cannot be parsed' };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { offset: error.offset, reason: error.reason };
    throw error;
  }
}
