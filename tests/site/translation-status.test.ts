// The editors' translation page and `npm run i18n:status` report the same, consistent with the files.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentEntries, page, siteLocales } from '../helpers/site';

const root = resolve(import.meta.dirname, '../..');

describe('translation status', () => {
  it('lists every entry, “missing” exactly where a file is missing', () => {
    for (const l of siteLocales) {
      const doc = page(`/${l}/editors/translations/`);
      expect(doc.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex');
      for (const e of contentEntries()) {
        const row = doc.querySelector(`tr[data-entry="${e.type}/${e.slug}"]`);
        expect(row, `${e.type}/${e.slug}`).toBeTruthy();
        const states = row!.querySelectorAll('td').map((td) => td.getAttribute('data-state'));
        expect(
          states.map((s) => s === 'missing'),
          `${e.type}/${e.slug}`,
        ).toEqual(siteLocales.map((x) => !e.locales.includes(x)));
      }
    }
  });

  it('npm run i18n:status prints the same table', () => {
    const out = spawnSync(process.execPath, ['scripts/i18n-status.ts'], { cwd: root, encoding: 'utf8' });
    expect(out.status).toBe(0);
    expect(out.stdout).toContain(`${contentEntries().length} entries:`);
    for (const e of contentEntries()) expect(out.stdout).toContain(`${e.type}/${e.slug}`);
  });
});
