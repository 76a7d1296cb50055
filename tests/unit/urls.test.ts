import { describe, expect, it } from 'vitest';
import { alternates, entryPath, localePath, splitLocale, switchLocale } from '../../src/lib/urls';
import { siteUrl } from '../../src/lib/build-settings';
import { locales } from '../../src/i18n/locales';

describe('URL helpers', () => {
  it('builds locale paths with a trailing slash', () => {
    expect(localePath('vi')).toBe('/vi/');
    expect(localePath('en', 'news')).toBe('/en/news/');
    expect(entryPath('ko', 'partners', 'chungcheongnam')).toBe('/ko/partners/chungcheongnam/');
    expect(entryPath('lo', 'standalone', 'about')).toBe('/lo/about/');
  });
  it('splits and switches the locale of a path', () => {
    expect(splitLocale('/ko/news/x/')).toEqual({ locale: 'ko', rest: 'news/x' });
    expect(splitLocale('/')).toEqual({ locale: undefined, rest: '' });
    expect(switchLocale('/ko/news/x/', 'lo')).toBe('/lo/news/x/');
    expect(switchLocale('/en/', 'vi')).toBe('/vi/');
  });
  it('lists an alternate per row of the locale table plus x-default', () => {
    const alt = alternates('/en/partners/xaysomboun/');
    expect(alt.map((a) => a.hreflang)).toEqual([...locales, 'x-default']);
    expect(alt.slice(0, -1).map((a) => a.href)).toEqual(locales.map((l) => `${siteUrl}/${l}/partners/xaysomboun/`));
    expect(alt.at(-1)!.href).toBe(`${siteUrl}/vi/partners/xaysomboun/`);
  });
  it('points the x-default of a home page to the language choice', () => {
    expect(alternates('/ko/').at(-1)!.href).toBe(`${siteUrl}/`);
  });
});
