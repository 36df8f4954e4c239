/**
 * Turns zod issues into sentences a curator can act on. zod/mini ships no English messages (its
 * default is "Invalid input"), so the generic cases are worded here; the schema's own messages
 * ("must be a real calendar date…") are kept as they are.
 */
import type * as z from 'zod/mini';

type Issue = z.core.$ZodIssue;
const GENERIC_MESSAGE = 'Invalid input';
const SHOWN_VALUE_CHARS = 80;

/**
 * Dotted path of a field, with array indexes in brackets.
 * @example formatPath(['excerpts', 0, 'text']) // 'excerpts[0].text'
 */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/**
 * The message for one issue, ending with the offending value when there is one.
 * @example describeIssue({ code: 'custom', path: ['date', 'start'], message: 'must be a real calendar date written YYYY-MM-DD' }, { date: { start: '2025-02-30' } })
 * // 'must be a real calendar date written YYYY-MM-DD (got "2025-02-30")'
 */
export function describeIssue(issue: Issue, entry: unknown): string {
  const text =
    issue.message !== GENERIC_MESSAGE && issue.message !== '' ? issue.message : genericMessage(issue);
  if (issue.code === 'unrecognized_keys') return text;
  const found = valueAt(entry, issue.path);
  if (issue.code === 'invalid_type' && !found.present) return `is missing (${text})`;
  return found.present ? `${text} (got ${showValue(found.value)})` : text;
}

function genericMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if ((issue as { received?: unknown }).received === 'Infinity') return 'must be a finite number';
      return `must be ${article(issue.expected)} ${issue.expected === 'int' ? 'integer' : issue.expected}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`
        : `must be ${issue.inclusive === false ? '>' : '≥'} ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `must have at most ${String(issue.maximum)} item${issue.maximum === 1 ? '' : 's'}`
        : `must be ${issue.inclusive === false ? '<' : '≤'} ${String(issue.maximum)}`;
    case 'invalid_union': {
      const union = issue as Issue & { discriminator?: string; options?: unknown[] };
      if (union.options !== undefined) {
        return `must be one of ${union.options.map((option) => JSON.stringify(option)).join(', ')}`;
      }
      return 'matches none of the allowed shapes';
    }
    case 'invalid_format':
      return `must be a valid ${issue.format}`;
    default:
      return 'is not valid';
  }
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}

function valueAt(root: unknown, path: readonly PropertyKey[]): { present: boolean; value?: unknown } {
  let current: unknown = root;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || !(key in current)) return { present: false };
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return { present: true, value: current };
}

/**
 * A value as it would read in the JSON file, shortened. JSON has no Infinity: JSON.parse reads a
 * number too large for a double (`1e999`) as Infinity, which JSON.stringify would print as null.
 * @example showValue('37.6') // '"37.6"'
 * @example showValue(Infinity) // '1e999 or another number too large for a double, read as Infinity'
 */
export function showValue(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return Number.isNaN(value)
      ? 'NaN'
      : `${value > 0 ? '' : '-'}1e999 or another number too large for a double, read as ${String(value)}`;
  }
  let shown: string;
  try {
    shown =
      JSON.stringify(value, (_key, item: unknown) =>
        typeof item === 'number' && !Number.isFinite(item) ? String(item) : item,
      ) ?? String(value);
  } catch {
    // Too deep or cyclic: parse-json's depth limit should make this unreachable.
    shown = Array.isArray(value) ? '[…]' : typeof value === 'object' ? '{…}' : String(value);
  }
  return shown.length > SHOWN_VALUE_CHARS ? `${shown.slice(0, SHOWN_VALUE_CHARS)}…` : shown;
}
