/**
 * Problems found by `geo:build`, as values: each names the file, the entry and the field, so the
 * person curating the data can act on it without reading a stack trace.
 */
export interface BuildError {
  severity: 'error' | 'warning';
  /** Path as shown to the user, e.g. `geo/chronology.json`. */
  file: string;
  /** How the entry is named in the message: `entry "riyadh-talks"`, `entry #3`, `line 4:17`. */
  entry?: string;
  /** Dotted field path, e.g. `date.start` or `excerpts[0].text`. */
  field?: string;
  message: string;
}

/**
 * @example buildError('geo/chronology.json', 'no such place', { entry: 'entry "a"', field: 'places[0]' })
 */
export function buildError(
  file: string,
  message: string,
  where: { entry?: string | undefined; field?: string | undefined } = {},
): BuildError {
  return withLocation({ severity: 'error', file, message }, where);
}

/** Same as {@link buildError}, for problems that do not stop the build. */
export function buildWarning(
  file: string,
  message: string,
  where: { entry?: string | undefined; field?: string | undefined } = {},
): BuildError {
  return withLocation({ severity: 'warning', file, message }, where);
}

function withLocation(
  base: BuildError,
  where: { entry?: string | undefined; field?: string | undefined },
): BuildError {
  const located: BuildError = { ...base };
  if (where.entry !== undefined) located.entry = where.entry;
  if (where.field !== undefined && where.field !== '') located.field = where.field;
  return located;
}

/**
 * How an entry of a JSON array is named in messages: by its id when it has a usable one.
 * @example describeEntry({ id: 'riyadh-talks' }, 4) // 'entry "riyadh-talks"'
 * @example describeEntry({}, 4) // 'entry #4'
 */
export function describeEntry(value: unknown, index: number): string {
  if (typeof value === 'object' && value !== null && 'id' in value) {
    const id = (value as { id: unknown }).id;
    if (typeof id === 'string' && id !== '') return `entry "${id}"`;
  }
  return `entry #${index}`;
}

/**
 * One line per problem.
 * @example formatBuildError(buildError('geo/chronology.json', 'must be …', { entry: 'entry "a"', field: 'date.start' }))
 * // 'geo/chronology.json: entry "a" field date.start: must be …'
 */
export function formatBuildError(problem: BuildError): string {
  const location = [problem.entry, problem.field === undefined ? undefined : `field ${problem.field}`]
    .filter((part) => part !== undefined)
    .join(' ');
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  return `${prefix}${problem.file}:${location === '' ? '' : ` ${location}:`} ${problem.message}`;
}

/** True when any problem stops the build. */
export function hasErrors(problems: readonly BuildError[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}
