/**
 * The locale table: the single definition of the site's languages.
 * Astro's i18n config, the sitemap, <html lang>, Intl formatting, the language switcher and the
 * content checks all derive from it. Adding a language = one row here + one UI JSON + content.
 */
export const localeTable = {
  vi: { label: 'Tiếng Việt', englishName: 'Vietnamese', intl: 'vi-VN', ogLocale: 'vi_VN' },
  en: { label: 'English', englishName: 'English', intl: 'en-GB', ogLocale: 'en_GB' },
  ko: { label: '한국어', englishName: 'Korean', intl: 'ko-KR', ogLocale: 'ko_KR' },
  lo: { label: 'ພາສາລາວ', englishName: 'Lao', intl: 'lo-LA', ogLocale: 'lo_LA' },
} as const;

/** A language code of the site (`vi`, `en`, `ko`, `lo`). */
export type Locale = keyof typeof localeTable;

/** The authoritative language: every entry must exist in it; it is the fallback for all others. */
export const defaultLocale: Locale = 'vi';

/** All locales, the authoritative one first. */
export const locales = Object.keys(localeTable) as Locale[];

/** True when `value` is one of the site's locales. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(localeTable, value);
}
