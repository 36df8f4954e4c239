import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stepEndSignal } from '../../../../src/tools/bench/step-timing.ts';

describe('stepEndSignal', () => {
  let dist = '';
  afterEach(() => rmSync(dist, { recursive: true, force: true }));

  function site(code: string): string {
    dist = mkdtempSync(join(tmpdir(), 'qanat-step-signal-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'assets', 'index-a.js'), code);
    writeFileSync(join(dist, 'assets', 'events-b.geojson'), 'qanat:step-committed');
    return dist;
  }

  it('ends steps at the commit mark when the build sets it', () => {
    expect(stepEndSignal(site('useLayoutEffect(()=>performance.mark("qanat:step-committed"))'))).toBe(
      'commit-mark',
    );
  });

  it('falls back to the app’s step measure when no script sets the mark', () => {
    expect(stepEndSignal(site('performance.measure("qanat:step","qanat:step")'))).toBe('step-measure');
  });
});
