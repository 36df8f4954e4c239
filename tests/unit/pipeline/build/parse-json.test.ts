import { describe, expect, it } from 'vitest';
import { findSyntaxError, lineColumnAt, parseJson } from '../../../../src/pipeline/build/parse-json.ts';

describe('parseJson', () => {
  it('returns the value of valid JSON', () => {
    expect(parseJson('f.json', '{"a":[1,2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
  });

  it.each([
    ['[1,\n 2,]', 'line 2:4', 'expected a value'],
    ['{"a": 1,}', 'line 1:9', 'expected a string (a field name)'],
    ['{\n  "a": 1\n  "b": 2\n}', 'line 3:3', 'expected "," or "}"'],
    ['[1, 2', 'line 1:6', 'unexpected end of file, expected "," or "]"'],
    ['{"a": "x\ny"}', 'line 1:9', 'invalid character in a string'],
    ['[1] 2', 'line 1:5', 'unexpected text after the end of the JSON value'],
    ['', 'line 1:1', 'unexpected end of file, expected a value'],
  ])('locates the error in %j', (text, entry, reason) => {
    expect(parseJson('geo/f.json', text)).toEqual({
      ok: false,
      error: { severity: 'error', file: 'geo/f.json', entry, message: `invalid JSON: ${reason}` },
    });
  });

  it('agrees with JSON.parse on what is valid', () => {
    const valid = '{"a": [true, false, null, -1.5e3, "\\u00e9\\n"], "b": {}}';
    expect(() => JSON.parse(valid)).not.toThrow();
    expect(findSyntaxError(valid)).toEqual({ offset: valid.length, reason: 'cannot be parsed' });
  });
});

describe('lineColumnAt', () => {
  it('counts lines and columns from 1', () => {
    expect(lineColumnAt('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
