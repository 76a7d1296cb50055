// The not-translated notice appears exactly where a translation is missing, and the text is marked vi.
import { describe, expect, it } from 'vitest';
import { contentEntries, entryUrl, page, siteLocales } from '../helpers/site';

const cases = contentEntries().flatMap((e) => siteLocales.map((locale) => ({ ...e, locale, translated: e.locales.includes(locale) })));

describe('untranslated entries', () => {
  // The real site is fully translated; the site-untranslated project builds it with some translations removed.
  it.runIf(process.env.EXPECT_UNTRANSLATED)('checks untranslated pages of every entry type, as well as translated ones', () => {
    const untranslatedTypes = new Set(cases.filter((c) => !c.translated).map((c) => c.type));
    expect([...untranslatedTypes].sort()).toEqual(['agreements', 'events', 'news', 'partners', 'plans', 'standalone']);
    expect(cases.some((c) => c.translated && c.locale !== 'vi')).toBe(true);
  });

  it.each(cases)('$type/$slug in $locale', ({ type, slug, locale, translated }) => {
    const doc = page(entryUrl(locale, type, slug));
    const main = doc.querySelector('main')!;
    const notice = main.querySelector('[data-fallback-notice]');
    if (translated) {
      expect(notice).toBeNull();
      expect(main.getAttribute('lang')).toBe(locale);
    } else {
      expect(notice).not.toBeNull();
      expect(notice!.getAttribute('lang')).toBe(locale);
      expect(main.getAttribute('lang')).toBe('vi');
    }
    // A translated page (not the Vietnamese one) says it is a translation of the authoritative text.
    expect(!!main.querySelector('[data-translation-note]')).toBe(translated && locale !== 'vi');
  });
});
