// Bad content stops the real build, and the message names the file, the field and what was expected.
import { appendFileSync, copyFileSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWith, copyFixture } from '../helpers/build';

const edit = (file: string, from: string | RegExp, to: string) => {
  const text = readFileSync(file, 'utf8');
  if (typeof from === 'string' ? !text.includes(from) : !from.test(text)) throw new Error(`fixture ${file} has no ${from}`);
  writeFileSync(file, text.replace(from, to));
};

describe('the build', () => {
  it('succeeds on the valid fixture content (so each failure below is caused by its one change)', () => {
    const { code, output } = buildWith(copyFixture('valid'));
    expect(output).toMatch(/page\(s\) built/);
    expect(code).toBe(0);
  });

  it('fails on malformed frontmatter, naming the file and line', () => {
    const dir = copyFixture('malformed');
    writeFileSync(join(dir, 'news/alpha-news/vi.mdx'), '---\ntitle: [unclosed\nsummary: x\n---\n');
    const { code, output } = buildWith(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(/news\/alpha-news\/vi\.mdx:\d+/);
  });

  it('fails on a wrong type, naming the entry, the field and the allowed values', () => {
    const dir = copyFixture('wrong-type');
    edit(join(dir, 'partners/alpha/facts.yaml'), 'level: province', 'level: 3');
    const { code, output } = buildWith(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('partners → alpha data does not match collection schema');
    expect(output).toContain('level: expected province, city or district');
    expect(output).toContain('partners/alpha/facts.yaml');
  });

  it('fails on a bad date, giving the expected format', () => {
    const dir = copyFixture('bad-date');
    edit(join(dir, 'news/alpha-news/facts.yaml'), 'published: 2024-01-02', 'published: 02/01/2024');
    const { code, output } = buildWith(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('published: expected a date written YYYY-MM-DD (or YYYY-MM / YYYY when the source gives no day)');
    expect(output).toContain('news/alpha-news/facts.yaml');
  });

  it('fails on an unknown reference, naming the file, the field and the known ids', () => {
    const dir = copyFixture('unknown-ref');
    edit(join(dir, 'agreements/alpha-2020/facts.yaml'), 'partners: [alpha]', 'partners: [alfa]');
    const { code, output } = buildWith(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(/agreements\/alpha-2020\/facts\.yaml\s+field partners\[0\]: unknown partners entry "alfa"; expected one of: alpha/);
  });

  it('fails on a translation without its Vietnamese source', () => {
    const dir = copyFixture('no-source');
    rmSync(join(dir, 'partners/alpha/vi.mdx'));
    const { code, output } = buildWith(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(/partners\/alpha\/en\.mdx\s+field \(entry\): this translation has no Vietnamese source/);
  });

  it('fails on a fact written into a translation', () => {
    const dir = copyFixture('fact-in-translation');
    edit(join(dir, 'partners/alpha/en.mdx'), 'title: Alpha Province', 'title: Alpha Province\ncountry: KR');
    const { code, output } = buildWith(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('partnersText → alpha/en.mdx');
    expect(output).toContain('country: not a translated field; facts are written once, in facts.yaml');
  });

  it('fails on two files for the same entry and language (a duplicate slug)', () => {
    const dir = copyFixture('duplicate');
    copyFileSync(join(dir, 'news/alpha-news/vi.mdx'), join(dir, 'news/alpha-news/vi.md'));
    const { code, output } = buildWith(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(/news\/alpha-news\/vi\.mdx?\s+field \(file name\): two files hold the vi text of the same entry/);
  });

  it('fails on a text file not named after a language of the site', () => {
    const dir = copyFixture('wrong-locale');
    copyFileSync(join(dir, 'news/alpha-news/vi.mdx'), join(dir, 'news/alpha-news/fr.mdx'));
    const { code, output } = buildWith(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(/news\/alpha-news\/fr\.mdx\s+field \(file name\): "fr\.mdx" is not named after a language of this site/);
  });

  it('fails on a glossary term defined twice, naming both files', () => {
    const dir = copyFixture('glossary-twice');
    writeFileSync(join(dir, 'glossary/more.yaml'), 'lead-agency: { kind: agency, vi: a, en: b, ko: c, lo: d }\n');
    const { code, output } = buildWith(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(/glossary\/terms\.yaml: "lead-agency" is already defined in .*glossary\/more\.yaml|glossary\/more\.yaml: "lead-agency" is already defined in .*glossary\/terms\.yaml/);
  });

  it('fails on a glossary term missing a language', () => {
    const dir = copyFixture('glossary-language');
    writeFileSync(join(dir, 'glossary/more.yaml'), 'new-term: { kind: agency, vi: a, en: b, ko: c }\n');
    const { code, output } = buildWith(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('glossary → new-term data does not match collection schema');
    expect(output).toContain('lo: expected the lo text');
  });

  it('fails on a missing required field, naming it', () => {
    const dir = copyFixture('missing-field');
    writeFileSync(join(dir, 'news/alpha-news/en.mdx'), readFileSync(join(dir, 'news/alpha-news/vi.mdx'), 'utf8').replace(/summary: .*\n/, ''));
    const { code, output } = buildWith(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('newsText → alpha-news/en.mdx data does not match collection schema');
    expect(output).toContain('summary: expected a one-sentence summary (text)');
  });

  it('fails on an image without alt text, naming the file and line', () => {
    const dir = copyFixture('image-alt');
    appendFileSync(join(dir, 'news/alpha-news/vi.mdx'), '\n![](/images/visit.jpg)\n');
    const { code, output } = buildWith(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(/news\/alpha-news\/vi\.mdx\s+field \(text, line \d+\): the image "\/images\/visit\.jpg" has no alt text/);
  });

  it('fails on a content folder with a wrong name', () => {
    const dir = copyFixture('wrong-folder');
    cpSync(join(dir, 'news'), join(dir, 'new'), { recursive: true });
    const { code, output } = buildWith(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(/content\/new\s+field \(folder name\): "new" is not a content folder/);
  });

  it('lists every problem at once', () => {
    const dir = copyFixture('several');
    edit(join(dir, 'agreements/alpha-2020/facts.yaml'), 'partners: [alpha]', 'partners: [alfa]');
    appendFileSync(join(dir, 'events/alpha-visit/facts.yaml'), 'plan: no-such-plan\n');
    const { code, output } = buildWith(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('The content has 2 problems');
  });
});
