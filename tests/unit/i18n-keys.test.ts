// Every locale has exactly the UI keys Vietnamese has, none empty, and placeholders match.
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { uiResources } from '../../src/i18n/ui';

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
  });
  it('has no key that vi lacks', () => {
    expect(Object.keys(strings).filter((k) => !(k in vi))).toEqual([]);
  });
  it('has no empty string', () => {
    expect(Object.entries(strings).filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
  });
  it('keeps the same placeholders as vi', () => {
    const differing = Object.keys(vi).filter((k) => k in strings && placeholders(vi[k]).join() !== placeholders(strings[k]).join());
    expect(differing).toEqual([]);
  });
});

describe('UI strings in vi', () => {
  it('has no empty string', () => {
    expect(Object.entries(vi).filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
  });
});
