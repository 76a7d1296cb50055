// Every entry and every section has a page in every language of the locale table, with the right language and direction marked.
import { describe, expect, it } from 'vitest';
import { localeTable } from '../../src/i18n/locales';
import { contentEntries, entryUrl, fileFor, localizedPaths, page, pagePaths, siteLocales, withoutLocale } from '../helpers/site';

const entries = contentEntries();

describe('pages in every language', () => {
  it('has content to check', () => {
    expect(entries.length).toBeGreaterThan(5);
  });

  it.each(siteLocales)('builds a page for every entry in %s', (locale) => {
    const missing = entries.map((e) => entryUrl(locale, e.type, e.slug)).filter((u) => !fileFor(u));
    expect(missing).toEqual([]);
  });

  it.each(siteLocales)('builds home, section indexes and search in %s', (locale) => {
    const sections = ['', 'partners/', 'agreements/', 'events/', 'news/', 'search/'];
    expect(sections.map((s) => `/${locale}/${s}`).filter((u) => !fileFor(u))).toEqual([]);
  });

  it('builds the same set of pages in every language', () => {
    const rest = (l: string) =>
      localizedPaths
        .filter((p) => p.startsWith(`/${l}/`))
        .map(withoutLocale)
        .sort();
    for (const l of siteLocales) expect(rest(l)).toEqual(rest('vi'));
  });

  it('marks <html lang> with the language of the URL on every localized page', () => {
    const wrong = localizedPaths.filter((p) => page(p).querySelector('html')!.getAttribute('lang') !== p.split('/')[1]);
    expect(wrong).toEqual([]);
  });

  it('marks <html dir> with the direction the locale table gives the language of the URL', () => {
    const wrong = localizedPaths.filter(
      (p) => page(p).querySelector('html')!.getAttribute('dir') !== localeTable[p.split('/')[1] as keyof typeof localeTable].dir,
    );
    expect(wrong).toEqual([]);
  });

  it('has a localized 404 page and a language choice at the root', () => {
    expect(pagePaths).toContain('/404.html');
    const notFound = page('/404.html');
    expect(notFound.querySelectorAll('section[lang]').map((s) => s.getAttribute('lang'))).toEqual([...siteLocales]);
  });
});

describe('the root page', () => {
  const root = page('/');
  it('offers every language at once, without a redirect or script', () => {
    expect(root.querySelectorAll('script')).toHaveLength(0);
    expect(root.querySelector('meta[http-equiv="refresh"]')).toBeNull();
    const links = root.querySelectorAll('.lang-choice a');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(siteLocales.map((l) => `/${l}/`));
    expect(root.querySelectorAll('.lang-choice li').map((li) => li.getAttribute('lang'))).toEqual([...siteLocales]);
  });
});
