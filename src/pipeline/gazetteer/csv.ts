/**
 * A small RFC 4180 CSV reader (quoted fields, doubled quotes, CRLF) for the Natural Earth tables,
 * and a TSV reader/writer for the committed extracts under geo/world/ (no tabs or newlines inside
 * fields, so no quoting).
 */

/**
 * @example parseCsv('a,b\n"x, y",2\n') // [['a', 'b'], ['x, y', '2']]
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Rows of a header + rows table as records. */
export function toRecords(rows: readonly (readonly string[])[]): Record<string, string>[] {
  const [header, ...body] = rows;
  if (!header) return [];
  return body
    .filter((cells) => cells.length > 1 || cells[0] !== '')
    .map((cells) => Object.fromEntries(header.map((name, index) => [name, cells[index] ?? ''])));
}

/** @example parseTsv('a\tb\n1\t2\n') // [{ a: '1', b: '2' }] */
export function parseTsv(text: string): Record<string, string>[] {
  return toRecords(
    text
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => line.split('\t')),
  );
}

/** Writes records as TSV with the given columns; tabs and newlines inside values become spaces. */
export function writeTsv(
  columns: readonly string[],
  records: readonly Record<string, string | number>[],
): string {
  const clean = (value: string | number | undefined): string =>
    String(value ?? '').replace(/[\t\r\n]+/g, ' ');
  return `${[columns.join('\t'), ...records.map((record) => columns.map((c) => clean(record[c])).join('\t'))].join('\n')}\n`;
}
