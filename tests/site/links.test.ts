// Every internal link on every page resolves to a built page (and its #fragment to an element).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { siteUrl } from '../../src/lib/build-settings';
import { adminPrefix, dist, fileFor, page, pagePaths } from '../helpers/site';

describe('internal links', () => {
  it('all resolve', () => {
    const broken: string[] = [];
    for (const p of pagePaths) {
      for (const a of page(p).querySelectorAll('a[href], link[href]')) {
        const href = a.getAttribute('href')!;
        if (/^(https?:|mailto:|tel:)/.test(href)) continue;
        const [path, hash] = href.split('#');
        const target = path === '' ? p : path;
        // After /admin/ the hash is the editor's route (#/collections/…), not an element id; the
        // browser test cms-harness.test.ts opens such a route in the editor.
        const fragment = target.startsWith(adminPrefix) ? undefined : hash;
        if (target.startsWith('/pagefind/')) continue;
        if (!fileFor(target)) broken.push(`${p} → ${href}`);
        else if (
          fragment &&
          !page(target === p ? p : target.endsWith('/') || target.endsWith('.html') ? target : `${target}/`).querySelector(`[id="${fragment}"]`)
        ) {
          broken.push(`${p} → ${href} (no #${fragment})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('in feeds, calendars and the sitemap all resolve', () => {
    const files = pagePaths.length > 0 ? walkFiles(dist).filter((f) => /\.(xml|ics)$/.test(f)) : [];
    const broken: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8').replace(/\r\n /g, '');
      for (const [, url] of text.matchAll(/(?:<loc>|<link>|href="|URL:)(https?:\/\/[^<"\s]+)/g)) {
        if (!url.startsWith(siteUrl)) continue;
        if (!fileFor(url.slice(siteUrl.length))) broken.push(`${file.slice(dist.length)} → ${url}`);
      }
    }
    expect(files.length).toBeGreaterThan(0);
    expect(broken).toEqual([]);
  });
});

function walkFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walkFiles(join(dir, n)) : [join(dir, n)]));
}
