import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { regularFilesIn } from '../../../../src/pipeline/fs/regular-files.ts';

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'qanat-regular-'));
  writeFileSync(join(dir, 'a.txt'), 'نص');
  writeFileSync(join(dir, 'notes.md'), '');
  return dir;
}

describe('regularFilesIn (what the site build may publish)', () => {
  it('lists the regular files with the suffix', () => {
    expect(regularFilesIn(folder(), '.txt')).toEqual(['a.txt']);
  });

  it('refuses a symbolic link, naming it', () => {
    const dir = folder();
    symlinkSync('/etc/passwd', join(dir, 'b.txt'));
    expect(() => regularFilesIn(dir, '.txt')).toThrow(/b\.txt: a symbolic link/);
  });

  it('refuses a directory named like an article, and a linked folder', () => {
    const dir = folder();
    mkdirSync(join(dir, 'c.txt'));
    expect(() => regularFilesIn(dir, '.txt')).toThrow(/c\.txt: a directory/);
    const linked = join(folder(), 'articles');
    symlinkSync(folder(), linked);
    expect(() => regularFilesIn(linked, '.txt')).toThrow(/not a directory/);
  });
});
