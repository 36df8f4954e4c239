/**
 * `npm run world:import -- [--mo FILE] [--ne-admin1 FILE]`: refreshes the two committed source
 * extracts under geo/world/ from their upstream files. CI never runs this (it needs Debian's apt
 * and a copy of the Natural Earth table); it runs `world:check`, which needs only npm packages and
 * the committed extracts. Provenance: geo/world/SOURCES.md.
 *
 * - geonames-ar.tsv: GeoNames id → Arabic name, from Debian's libgeonames-common
 *   (usr/share/locale/ar/LC_MESSAGES/geonames.mo). Without --mo, the package is fetched with
 *   `apt-get download libgeonames-common` and unpacked with `dpkg-deb -x` in a temporary folder.
 * - ne-admin1.tsv: the columns of Natural Earth 10m admin-1 v5 the index uses, rows with name_ar.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mo as moFormat } from 'gettext-parser';
import { parseCsv, toRecords, writeTsv } from './csv.ts';
import { WORLD_DIR, cleanArabicName } from './world-gazetteer.ts';

export const NE_ADMIN1_COLUMNS = [
  'ne_id',
  'iso_3166_2',
  'iso_a2',
  'adm0_a3',
  'type_en',
  'name_en',
  'name_ar',
  'latitude',
  'longitude',
  'gn_id',
  'wikidataid',
] as const;

/** GeoNames id → Arabic name rows from a gettext .mo file's bytes, sorted by id. */
export function geonamesArabicRows(mo: Uint8Array): { id: number; name_ar: string }[] {
  const parsed = moFormat.parse(Buffer.from(mo));
  const rows: { id: number; name_ar: string }[] = [];
  for (const [context, messages] of Object.entries(parsed.translations)) {
    if (context !== '') continue;
    for (const [msgid, message] of Object.entries(messages)) {
      if (!/^\d+$/.test(msgid)) continue;
      const name = cleanArabicName(message.msgstr[0] ?? '');
      if (name) rows.push({ id: Number(msgid), name_ar: name });
    }
  }
  return rows.sort((a, b) => a.id - b.id);
}

/** The kept columns of the Natural Earth admin-1 CSV, rows with an Arabic name, sorted by ne_id. */
export function neAdmin1Rows(csv: string): Record<string, string>[] {
  return toRecords(parseCsv(csv))
    .filter((record) => cleanArabicName(record['name_ar'] ?? '') !== '')
    .map((record) =>
      Object.fromEntries(
        NE_ADMIN1_COLUMNS.map((column) => [
          column,
          column === 'name_ar' ? cleanArabicName(record[column] ?? '') : (record[column] ?? '').trim(),
        ]),
      ),
    )
    .sort((a, b) => Number(a['ne_id']) - Number(b['ne_id']));
}

function debianMo(): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'geonames-'));
  try {
    execFileSync('apt-get', ['download', 'libgeonames-common'], { cwd: dir, stdio: 'inherit' });
    const deb = readdirSync(dir).find((name) => name.endsWith('.deb'));
    if (!deb) throw new Error('apt-get download libgeonames-common left no .deb');
    execFileSync('dpkg-deb', ['-x', join(dir, deb), join(dir, 'x')]);
    process.stderr.write(`world:import: ${deb}\n`);
    return readFileSync(join(dir, 'x/usr/share/locale/ar/LC_MESSAGES/geonames.mo'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main(argv: readonly string[]): void {
  const value = (flag: string): string | undefined => {
    const at = argv.indexOf(flag);
    return at === -1 ? undefined : argv[at + 1];
  };
  const moPath = value('--mo');
  const nePath = value('--ne-admin1');
  if (moPath !== undefined || nePath === undefined) {
    const rows = geonamesArabicRows(moPath ? readFileSync(moPath) : debianMo());
    writeFileSync(join(WORLD_DIR, 'geonames-ar.tsv'), writeTsv(['id', 'name_ar'], rows));
    process.stderr.write(`world:import: geonames-ar.tsv, ${rows.length} names\n`);
  }
  if (nePath !== undefined) {
    const rows = neAdmin1Rows(readFileSync(nePath, 'utf8'));
    writeFileSync(join(WORLD_DIR, 'ne-admin1.tsv'), writeTsv(NE_ADMIN1_COLUMNS, rows));
    process.stderr.write(`world:import: ne-admin1.tsv, ${rows.length} regions\n`);
  }
}

if (process.argv[1]?.endsWith('import-sources.ts')) main(process.argv.slice(2));
