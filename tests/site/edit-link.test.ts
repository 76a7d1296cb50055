// Every entry page links to that entry, in that language, in the staff editor (like Starlight's
// editLink): an unobtrusive, localized link with no script, hidden in print.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentEntries, entryUrl, localizedPaths, page, siteLocales } from '../helpers/site';

const ui = (locale: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, `../../src/i18n/ui/${locale}.json`), 'utf8'));
const entries = contentEntries();

describe('edit this page', () => {
  it.each(siteLocales)('is on every entry page in %s, pointing at its collection, slug and language, in the page language', (locale) => {
    const wrong = entries.flatMap(({ type, slug }) => {
      const links = page(entryUrl(locale, type, slug)).querySelectorAll('a[data-edit-link]');
      const expected = `/admin/#/collections/${type}/entries/${slug}/index?_locale=${locale}`;
      const ok =
        links.length === 1 &&
        links[0].getAttribute('href') === expected &&
        links[0].text.trim() === ui(locale).meta.edit &&
        links[0].getAttribute('rel') === 'nofollow';
      return ok ? [] : [`${entryUrl(locale, type, slug)}: ${links.map((l) => l.toString()).join(' ') || 'no link'}`];
    });
    expect(entries.length).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });

  it('is only on entry pages', () => {
    const entryPages = new Set(entries.flatMap(({ type, slug }) => siteLocales.map((l) => entryUrl(l, type, slug))));
    expect(localizedPaths.filter((p) => !entryPages.has(p) && page(p).querySelector('a[data-edit-link]'))).toEqual([]);
  });

  it('is hidden in print', () => {
    const css = readFileSync(resolve(import.meta.dirname, '../../src/styles/global.css'), 'utf8');
    const print = css.slice(css.indexOf('@media print'));
    expect(print).toMatch(/\.edit-link[^{]*\{[^}]*display:\s*none/);
  });
});
