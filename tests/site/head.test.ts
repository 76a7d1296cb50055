// Canonical URLs and hreflang alternates on every localized page, each pointing at a real page.
import { describe, expect, it } from 'vitest';
import { siteUrl } from '../../src/lib/build-settings';
import { fileFor, localizedPaths, page, siteLocales, withoutLocale } from '../helpers/site';

describe('head links', () => {
  it('gives every localized page its own canonical URL', () => {
    const wrong = localizedPaths.filter((p) => page(p).querySelector('link[rel=canonical]')?.getAttribute('href') !== siteUrl + p);
    expect(wrong).toEqual([]);
  });

  it('lists hreflang alternates for every language of the locale table plus x-default, to the same page', () => {
    for (const p of localizedPaths) {
      const alts = page(p)
        .querySelectorAll('link[rel=alternate][hreflang]')
        .map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]);
      const rest = withoutLocale(p);
      const xDefault = rest === '/' ? `${siteUrl}/` : `${siteUrl}/vi${rest}`;
      expect(alts, p).toEqual([...siteLocales.map((l) => [l, `${siteUrl}/${l}${rest}`]), ['x-default', xDefault]]);
    }
  });

  it('points every alternate at a page that exists', () => {
    const broken = localizedPaths.flatMap((p) =>
      page(p)
        .querySelectorAll('link[rel=alternate][hreflang]')
        .map((l) => l.getAttribute('href')!.slice(siteUrl.length))
        .filter((href) => !fileFor(href))
        .map((href) => `${p} → ${href}`),
    );
    expect(broken).toEqual([]);
  });
});
