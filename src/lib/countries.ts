/** Per-country facts the pages need besides Intl's data: native language and the site's own country names. */
import type { Locale } from '../i18n/locales';

/** The language a partner country writes its place names in, for lang attributes on native names. */
const nativeLanguage: Record<string, string> = { KR: 'ko', LA: 'lo', JP: 'ja', CN: 'zh', PL: 'pl' };

/** BCP 47 language of a country's own place names (undefined when unknown). */
export function nativeLanguageOf(country: string): string | undefined {
  return nativeLanguage[country];
}

/**
 * Country names where Intl's name differs from the site's terminology (docs/content-guide.md): the
 * one table every page showing a country reads through countryName() in format.ts. Lao: the official
 * ສ.ເກົາຫຼີ, not ICU's old spelling ເກົາຫລີໃຕ້; Korean and English: the site's 한국 / Korea, not ICU's
 * 대한민국 / South Korea. Countries not listed use Intl's name.
 */
const siteCountryNames: Partial<Record<Locale, Record<string, string>>> = {
  en: { KR: 'Korea' },
  ko: { KR: '한국' },
  lo: { KR: 'ສ.ເກົາຫຼີ' },
};

/** The site's own name of a country in a locale, when it differs from Intl's (undefined otherwise). */
export function countryNameOverride(code: string, locale: Locale): string | undefined {
  return siteCountryNames[locale]?.[code];
}
