// Static-host security headers (public/_headers) and the page CSP.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, localizedPaths, page } from '../helpers/site';

describe('security headers', () => {
  const headers = readFileSync(join(dist, '_headers'), 'utf8');
  it.each([
    /Strict-Transport-Security: max-age=\d{8,}/,
    /X-Content-Type-Options: nosniff/,
    /Referrer-Policy: \S+/,
    /Permissions-Policy: \S+/,
    /Content-Security-Policy: [^\n]*frame-ancestors 'none'/,
  ])('_headers sets %s for every path', (pattern) => {
    const all = headers.split(/\n(?=\/)/).find((block) => block.startsWith('/*'))!;
    expect(all).toMatch(pattern);
  });

  it('gives every page a CSP without unsafe-inline scripts', () => {
    const bad = localizedPaths.filter((p) => {
      const csp = page(p).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
      return !csp.includes("default-src 'self'") || scriptSrc === '' || scriptSrc.includes("'unsafe-inline'");
    });
    expect(bad).toEqual([]);
  });
});
