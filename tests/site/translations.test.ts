// No translation gaps: every entry of the content has its text in all four languages.
import { describe, expect, it } from 'vitest';
import { contentEntries, siteLocales } from '../helpers/site';

describe('translations', () => {
  it('every entry exists in vi, en, ko and lo (lists the gaps)', () => {
    const gaps = contentEntries().flatMap((e) => siteLocales.filter((l) => !e.locales.includes(l)).map((l) => `${e.type}/${e.slug}: no index.${l}.mdx`));
    expect(gaps).toEqual([]);
  });
});
