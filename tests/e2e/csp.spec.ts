import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST_DIR, assertBuilt } from '../../src/tools/static-server.ts';

/** The CSP of the built page, from its <meta http-equiv="Content-Security-Policy">. */
function builtContentSecurityPolicy(): string | undefined {
  assertBuilt();
  const html = readFileSync(join(DIST_DIR, 'index.html'), 'utf8');
  const meta = /<meta\s[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/i.exec(html)?.[0];
  const content = meta === undefined ? undefined : /content=(["'])(.*?)\1/i.exec(meta)?.[2];
  return content
    ?.replaceAll('&#39;', "'")
    .replaceAll('&#x27;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&');
}

describe('content security policy of the built page', () => {
  it('allows no remote origin when no remote basemap is configured', () => {
    const policy = builtContentSecurityPolicy();
    expect(policy, 'dist/index.html has no Content-Security-Policy meta').toBeDefined();
    const sources = (policy ?? '')
      .split(';')
      .flatMap((directive) => directive.trim().split(/\s+/).slice(1))
      .filter((source) => source !== '');
    const remote = sources.filter(
      (source) => /^(https?|wss?):/i.test(source) || source === '*' || source.includes('*.'),
    );
    expect(remote, `remote sources in "${policy}"`).toEqual([]);
    expect(policy, 'the policy restricts defaults').toMatch(/default-src\s+'(self|none)'/);
    expect(policy, 'the policy forbids inline scripts').not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });
});
