// The sitemap lists every page once, with its alternates in every language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { siteUrl } from '../../src/lib/build-settings';
import { dist, pagePaths, siteLocales } from '../helpers/site';

const xml = parse(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8'), { lowerCaseTagName: true });
const urls = xml.querySelectorAll('url');
const locs = urls.map((u) => u.querySelector('loc')!.text);

describe('sitemap', () => {
  it('is referenced from the sitemap index', () => {
    expect(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8')).toContain(`${siteUrl}/sitemap-0.xml`);
  });

  it('lists exactly the built pages (not the 404 nor the editors’ pages)', () => {
    const expected = pagePaths
      .filter((p) => p !== '/404.html' && !p.includes('/editors/'))
      .map((p) => siteUrl + p)
      .sort();
    expect([...locs].sort()).toEqual(expected);
  });

  it('gives each page its alternates in every language of the locale table plus x-default', () => {
    for (const u of urls) {
      const loc = u.querySelector('loc')!.text;
      const path = loc.slice(siteUrl.length);
      const rest = path === '/' ? '/' : path.replace(/^\/[^/]+/, '');
      const xDefault = rest === '/' ? `${siteUrl}/` : `${siteUrl}/vi${rest}`;
      const alts = u.querySelectorAll('xhtml\\:link').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]);
      expect(alts, loc).toEqual([...siteLocales.map((l) => [l, `${siteUrl}/${l}${rest}`]), ['x-default', xDefault]]);
    }
  });
});
