/**
 * UI strings through i18next: one JSON per locale in ./ui/ (found by file name, one per row of the
 * locale table), Vietnamese as the fallback language. Keys are typed from vi.json (see i18next.d.ts).
 * A language being translated may ship a partial file: missing strings show in Vietnamese and the
 * build says how many (tests/unit/i18n-keys.test.ts keeps the site's languages complete).
 */
import i18next, { type TFunction } from 'i18next';
import { defaultLocale, locales, type Locale } from './locales';
import type vi from './ui/vi.json';

/** The UI strings of one locale, as in vi.json (other locales may lack keys while being translated). */
export type UiStrings = typeof vi;

const files = import.meta.glob<UiStrings>('./ui/*.json', { eager: true, import: 'default' });

/**
 * Pairs the UI files with the locale table by file name (ui/<code>.json): a row without its file or a
 * file without its row throws, naming both, so the build stops with a message saying what to add.
 */
export function matchUiFiles(table: readonly string[], found: Record<string, UiStrings>): Record<string, UiStrings> {
  const byCode = Object.fromEntries(Object.entries(found).map(([path, strings]) => [path.replace(/^.*\/|\.json$/g, ''), strings]));
  const missing = table.filter((l) => !Object.hasOwn(byCode, l));
  const extra = Object.keys(byCode).filter((l) => !table.includes(l));
  const problems = [
    ...missing.map((l) => `the locale table has "${l}" but src/i18n/ui/${l}.json does not exist (add the UI strings, a copy of vi.json translated)`),
    ...extra.map((l) => `src/i18n/ui/${l}.json has no row in the locale table (add "${l}" to src/i18n/locales.ts, or remove the file)`),
  ];
  if (problems.length) throw new Error(`UI strings: ${problems.join('; ')}`);
  return byCode;
}

/** Dotted keys of every string in a UI file ("nav.home" …). */
export function uiKeys(strings: object, prefix = ''): string[] {
  return Object.entries(strings).flatMap(([k, v]) => (v && typeof v === 'object' ? uiKeys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

/** The UI string resources of every locale (one JSON file each). */
export const uiResources = matchUiFiles(locales, files) as Record<Locale, UiStrings>;

/** The keys of vi.json that `locale`'s file lacks (shown in Vietnamese). */
export function missingUiKeys(locale: Locale): string[] {
  const own = new Set(uiKeys(uiResources[locale]));
  return uiKeys(uiResources[defaultLocale]).filter((k) => !own.has(k));
}

for (const l of locales) {
  const missing = missingUiKeys(l);
  if (missing.length)
    console.warn(
      `[i18n] ${l}: ${missing.length} UI strings not translated yet, shown in Vietnamese (src/i18n/ui/${l}.json lacks ${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ' …' : ''})`,
    );
}

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
