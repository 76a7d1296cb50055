// The rule for UI strings: every language of the site ships complete (exactly the keys Vietnamese has,
// none empty, the same placeholders). While a new language is being translated its file may lack keys:
// the build shows them in Vietnamese and prints how many (missingUiKeys), and this test lists them until done.
// The UI files are found by name from the locale table: a row without its file, or a file without its row, stops the build.
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { matchUiFiles, missingUiKeys, uiResources, useTranslations, type UiStrings } from '../../src/i18n/ui';

function flatten(obj: Record<string, unknown>, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(obj).flatMap(([k, v]) =>
      v && typeof v === 'object' ? Object.entries(flatten(v as Record<string, unknown>, `${prefix}${k}.`)) : [[`${prefix}${k}`, String(v)]],
    ),
  );
}
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}|\[(\w+)\]/g)].map((m) => m[0]).sort();
const vi = flatten(uiResources.vi);

describe.each(locales.filter((l) => l !== 'vi'))('UI strings in %s', (locale) => {
  const strings = flatten(uiResources[locale]);
  it('has every key that vi has', () => {
    expect(Object.keys(vi).filter((k) => !(k in strings))).toEqual([]);
    expect(missingUiKeys(locale)).toEqual([]);
  });
  it('has no key that vi lacks', () => {
    expect(Object.keys(strings).filter((k) => !(k in vi))).toEqual([]);
  });
  it('has no empty string', () => {
    expect(
      Object.entries(strings)
        .filter(([, v]) => v.trim() === '')
        .map(([k]) => k),
    ).toEqual([]);
  });
  it('keeps the same placeholders as vi', () => {
    const differing = Object.keys(vi).filter((k) => k in strings && placeholders(vi[k]).join() !== placeholders(strings[k]).join());
    expect(differing).toEqual([]);
  });
});

describe('UI strings in vi', () => {
  it('has no empty string', () => {
    expect(
      Object.entries(vi)
        .filter(([, v]) => v.trim() === '')
        .map(([k]) => k),
    ).toEqual([]);
  });
});

describe('the UI files and the locale table', () => {
  const strings = { nav: { home: 'x' } } as unknown as UiStrings;
  it('pairs each row with ui/<code>.json', () => {
    expect(Object.keys(matchUiFiles(['vi', 'th'], { './ui/vi.json': strings, './ui/th.json': strings }))).toEqual(['vi', 'th']);
    expect(Object.keys(uiResources).sort()).toEqual([...locales].sort());
  });
  it('stops on a row without its file, naming the file to add', () => {
    expect(() => matchUiFiles(['vi', 'th'], { './ui/vi.json': strings })).toThrow(
      'UI strings: the locale table has "th" but src/i18n/ui/th.json does not exist',
    );
  });
  it('stops on a file without its row, naming the row to add', () => {
    expect(() => matchUiFiles(['vi'], { './ui/vi.json': strings, './ui/ja.json': strings })).toThrow(
      'src/i18n/ui/ja.json has no row in the locale table (add "ja" to src/i18n/locales.ts',
    );
  });
  it('shows a key missing from a language in Vietnamese', () => {
    // i18next's fallback: a partial file of a new language is usable (proved on a build in tests/fifth-locale).
    const en = uiResources.en as unknown as Record<string, Record<string, string>>;
    const saved = en.nav.home;
    delete en.nav.home;
    try {
      expect(missingUiKeys('en')).toEqual(['nav.home']);
      expect(useTranslations('en')('nav.home')).toBe(uiResources.vi.nav.home);
    } finally {
      en.nav.home = saved;
    }
  });
});
