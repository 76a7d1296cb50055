/**
 * The locale table: the single definition of the site's languages.
 * Astro's i18n config, the sitemap, <html lang>, Intl formatting, the language switcher and the
 * content checks, search, share images, the editor's config and the tests all derive from it.
 * Adding a language = one row here + one UI JSON (src/i18n/ui/<code>.json) + content (docs/languages.md);
 * tests/fifth-locale proves it by building the site with a fifth row added.
 */
export const localeTable = {
  vi: {
    label: 'Tiếng Việt',
    englishName: 'Vietnamese',
    dir: 'ltr',
    intl: 'vi-VN',
    ogLocale: 'vi_VN',
    largeNumbers: {
      scales: [
        [1e9, 'tỷ'],
        [1e6, 'triệu'],
      ],
    },
    search: { words: 'syllables' },
    scriptFont: null,
  },
  en: {
    label: 'English',
    englishName: 'English',
    dir: 'ltr',
    intl: 'en-GB',
    ogLocale: 'en_GB',
    largeNumbers: {
      scales: [
        [1e12, 'trillion'],
        [1e9, 'billion'],
        [1e6, 'million'],
      ],
    },
    search: { words: 'spaced' },
    scriptFont: null,
  },
  ko: {
    label: '한국어',
    englishName: 'Korean',
    dir: 'ltr',
    intl: 'ko-KR',
    ogLocale: 'ko_KR',
    largeNumbers: { groups: ['경', '조', '억', '만'] },
    search: { words: 'compounds', script: 'Hangul' },
    scriptFont: { package: '@expo-google-fonts/noto-sans-kr', family: 'NotoSansKR' },
  },
  lo: {
    label: 'ພາສາລາວ',
    englishName: 'Lao',
    dir: 'ltr',
    intl: 'lo-LA',
    ogLocale: 'lo_LA',
    largeNumbers: {
      scales: [
        [1e9, 'ຕື້'],
        [1e6, 'ລ້ານ'],
      ],
    },
    search: { words: 'unspaced', script: 'Lao' },
    scriptFont: { package: '@expo-google-fonts/noto-sans-lao', family: 'NotoSansLao' },
  },
} as const satisfies Record<string, LocaleRow>;

/**
 * How a locale writes large amounts (src/lib/format.ts, formatAmount): either scale words from the
 * largest down (vi tỷ/triệu, lo ຕື້/ລ້ານ as Vietnamese and Lao documents write them, not "nghìn tỷ" or
 * "ລ້ານລ້ານ"), or groups of four digits named from the largest down (Korean 경/조/억/만).
 */
type LargeNumbers = { scales: ReadonlyArray<readonly [number, string]> } | { groups: readonly string[] };

/**
 * How search cuts a language into words: `spaced` (words between spaces), `syllables` (a space
 * between syllables, as in Vietnamese: pairs of syllables are indexed as phrases), `compounds`
 * (spaced, but nouns join into compounds and take particles, as in Korean) or `unspaced` (no spaces
 * between words, as in Lao or Thai: cut into syllables by the script's spelling rules,
 * src/lib/syllables.ts). `script` is the Unicode script name of the language's own letters where
 * search treats them specially.
 */
export interface SearchWords {
  words: 'spaced' | 'syllables' | 'compounds' | 'unspaced';
  script?: string;
}

/**
 * One row of the locale table. `dir` is the writing direction of the language (<html dir>, and the
 * direction of text in that language elsewhere). `scriptFont` is the font the build-time share images need for the
 * language's script beyond Noto Sans (Latin and Vietnamese): an `@expo-google-fonts/*` npm package
 * of TTF files and its file prefix (e.g. NotoSansThai for Thai), or null when Noto Sans covers it.
 */
interface LocaleRow {
  label: string;
  englishName: string;
  dir: 'ltr' | 'rtl';
  intl: string;
  ogLocale: string;
  largeNumbers: LargeNumbers;
  search: SearchWords;
  scriptFont: { package: string; family: string } | null;
}

/** A language code of the site (a key of the locale table). */
export type Locale = keyof typeof localeTable;

/** The authoritative language: every entry must exist in it; it is the fallback for all others. */
export const defaultLocale: Locale = 'vi';

/** All locales, the authoritative one first. */
export const locales = Object.keys(localeTable) as Locale[];

/** True when `value` is one of the site's locales. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(localeTable, value);
}

/** The dir attribute an element in `lang` needs inside an element in `around`: undefined when both run the same way. */
export function dirWithin(lang: Locale, around: Locale): 'ltr' | 'rtl' | undefined {
  return localeTable[lang].dir === localeTable[around].dir ? undefined : localeTable[lang].dir;
}
