// The staff editor at /admin/ (docs/cms.md): built from the npm package with nothing from a CDN,
// never indexed, and absent from the sitemap, the search index and the feeds; its own CSP.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../helpers/headers-file';
import { adminPaths, adminPrefix, dist, page } from '../helpers/site';
import { searchDocument } from '../../scripts/build-search-index';

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));

describe('the editor at /admin/', () => {
  it('is built, with its config, and says noindex', () => {
    expect(adminPaths).toEqual([adminPrefix]);
    expect(readFileSync(join(dist, 'admin/config.yml'), 'utf8')).toMatch(/^collections:/m);
    expect(page(adminPrefix).querySelector('meta[name="robots"]')?.getAttribute('content')).toMatch(/\bnoindex\b/);
  });

  it('loads its script from its own origin only (no CDN)', () => {
    const srcs = page(adminPrefix)
      .querySelectorAll('script[src], link[href]')
      .map((e) => e.getAttribute('src') ?? e.getAttribute('href')!);
    expect(srcs.length).toBeGreaterThan(0);
    expect(srcs.filter((s) => !s.startsWith(`${adminPrefix}assets/`))).toEqual([]);
  });

  it('is in no sitemap, feed or calendar, and not in the search index', () => {
    const listed = walk(dist).filter((f) => /\.(xml|ics)$/.test(f) && readFileSync(f, 'utf8').includes(adminPrefix));
    expect(listed).toEqual([]);
    expect(searchDocument(readFileSync(join(dist, 'admin/index.html'), 'utf8'))).toBeUndefined();
  });

  it('gets its own CSP in _headers, with nothing from other origins but the git host API', () => {
    const rules = parseHeadersFile(join(dist, '_headers'));
    const admin = rules.find((r) => r.pattern === `${adminPrefix}*`);
    const csp = admin?.headers.find(([name]) => name === 'Content-Security-Policy')?.[1] ?? '';
    const directives = Object.fromEntries(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v]),
    );
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['font-src']).toEqual(["'self'"]);
    expect(admin?.headers).toContainEqual(['X-Robots-Tag', 'noindex, nofollow']);
  });
});
