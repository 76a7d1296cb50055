// Speed budgets on the built site: no JavaScript outside search, and every page at most 50 kB
// transferred (HTML and CSS, gzip-compressed as a static host serves them; images aside).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fileFor, page, pagePaths, siteLocales } from '../helpers/site';

const isSearch = (p: string) => siteLocales.some((l) => p === `/${l}/search/`);
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

describe('budgets', () => {
  it('loads no script on any page but search', () => {
    // JSON-LD blocks are data, not scripts: browsers never run them.
    const withScripts = pagePaths.filter((p) => !isSearch(p) && page(p).querySelectorAll('script:not([type="application/ld+json"])').length > 0);
    expect(withScripts).toEqual([]);
  });

  it('keeps every page within 50 kB compressed (HTML + CSS + fonts)', () => {
    const weights = pagePaths.map((p) => {
      const assets = page(p)
        .querySelectorAll('link[rel=stylesheet], link[rel=preload][as=font]')
        .map((l) => fileFor(l.getAttribute('href')!)!);
      return { p, bytes: gz(fileFor(p)!) + assets.reduce((sum, f) => sum + gz(f), 0) };
    });
    expect(weights.filter((w) => w.bytes > 50 * 1024).map((w) => `${w.p}: ${w.bytes} B`)).toEqual([]);
  });
});
