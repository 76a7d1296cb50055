// The staff workflow end to end: scaffold an entry, see the build refuse the unfinished template,
// write the text, build, and find the page live in all four languages.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWith, copyFixture } from '../helpers/build';

const root = resolve(import.meta.dirname, '../..');
const scaffold = (contentDir: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'scripts/new-entry.ts'), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: contentDir } });

describe('npm run new', () => {
  it('refuses an unknown type and a bad slug with a plain message', () => {
    const dir = copyFixture('scaffold-usage');
    const badType = scaffold(dir, 'article', 'x');
    expect(badType.status).not.toBe(0);
    expect(badType.stderr).toContain('"article" is not a type of entry.');
    const badSlug = scaffold(dir, 'news', 'Tin Mới');
    expect(badSlug.stderr).toContain('"Tin Mới" cannot be a slug');
  });

  it('scaffold → build refuses the template → edit → build → page live in four languages', () => {
    const dir = copyFixture('scaffold');
    const made = scaffold(dir, 'news', 'alpha-visit-2026');
    expect(made.status).toBe(0);
    const folder = join(dir, 'news/alpha-visit-2026');
    expect(readdirSync(folder).sort()).toEqual(['index.en.mdx', 'index.ko.mdx', 'index.lo.mdx', 'index.vi.mdx']);

    const unfinished = buildWith(dir);
    expect(unfinished.code).not.toBe(0);
    expect(unfinished.output).toContain('unknown source document "⟪source-id⟫"');
    expect(unfinished.output).toMatch(/news\/alpha-visit-2026\/index\.vi\.mdx\n[^\n]*\n\s+field \(text\): still holds template text marked ⟪…⟫/);

    // The editor fills in the facts (in the Vietnamese file) and the four texts.
    const titles = { vi: 'Đoàn Alpha thăm tỉnh', en: 'Alpha delegation visits', ko: '알파 대표단 방문', lo: 'ຄະນະຜູ້ແທນອານຟາ ຢ້ຽມຢາມ' };
    for (const [locale, title] of Object.entries(titles)) {
      const file = join(folder, `index.${locale}.mdx`);
      const text = readFileSync(file, 'utf8')
        .replace('[⟪source-id⟫]', '[doc-1]')
        .replace('partners: []', 'partners: [alpha]')
        .replace(/title: ⟪.*⟫/, `title: ${title}`)
        .replace(/summary: ⟪.*⟫/, `summary: ${title}.`)
        .replace(/⟪Body text.*⟫/, `${title}.`);
      writeFileSync(file, text);
    }
    const built = buildWith(dir);
    expect(built.output).toMatch(/page\(s\) built/);
    expect(built.code).toBe(0);
    for (const [locale, title] of Object.entries(titles)) {
      const html = readFileSync(join(dir, '..', 'dist', locale, 'news', 'alpha-visit-2026', 'index.html'), 'utf8');
      expect(html).toContain(`<h1>${title}</h1>`);
    }
  });
});
