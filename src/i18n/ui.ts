/**
 * UI strings through i18next: one JSON per locale in ./ui/, Vietnamese as the fallback language.
 * Keys are typed from vi.json (see i18next.d.ts); tests/i18n-keys.test.ts fails when locales differ.
 */
import i18next, { type TFunction } from 'i18next';
import { defaultLocale, locales, type Locale } from './locales';
import vi from './ui/vi.json';
import en from './ui/en.json';
import ko from './ui/ko.json';
import lo from './ui/lo.json';

/** The UI string resources of every locale (one JSON file each). */
export const uiResources: Record<Locale, typeof vi> = { vi, en, ko, lo };

const instance = i18next.createInstance();
void instance.init({
  resources: Object.fromEntries(locales.map((l) => [l, { translation: uiResources[l] }])),
  lng: defaultLocale,
  fallbackLng: defaultLocale,
  supportedLngs: locales,
  initAsync: false,
  interpolation: { escapeValue: false }, // Astro escapes on output
  returnNull: false,
});

/** The translate function for one locale: `t('nav.home')`. */
export function useTranslations(locale: Locale): TFunction {
  return instance.getFixedT(locale);
}
