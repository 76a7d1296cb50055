// The language switcher on every page leads to the same page in each language; never a 404.
import { describe, expect, it } from 'vitest';
import { fileFor, localizedPaths, page, siteLocales, withoutLocale } from '../helpers/site';

describe('language switcher', () => {
  it('links every page to itself in every language of the locale table, marking the current one', () => {
    for (const p of localizedPaths) {
      // One switcher in the wide header, one in the phone menu: each must be complete.
      const switchers = page(p).querySelectorAll('.lang-switcher');
      expect(switchers.length, p).toBeGreaterThan(0);
      for (const switcher of switchers) {
        const links = switcher.querySelectorAll('a');
        expect(
          links.map((a) => [a.getAttribute('lang'), a.getAttribute('href')]),
          p,
        ).toEqual(siteLocales.map((l) => [l, `/${l}${withoutLocale(p)}`]));
        expect(
          links.filter((a) => a.getAttribute('aria-current')).map((a) => a.getAttribute('lang')),
          p,
        ).toEqual([p.split('/')[1]]);
      }
    }
  });

  it('never leads to a missing page', () => {
    const broken = localizedPaths.flatMap((p) =>
      page(p)
        .querySelectorAll('.lang-switcher a')
        .map((a) => a.getAttribute('href')!)
        .filter((h) => !fileFor(h))
        .map((h) => `${p} → ${h}`),
    );
    expect(broken).toEqual([]);
  });
});
