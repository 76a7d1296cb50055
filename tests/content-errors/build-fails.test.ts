// Bad content stops the real build, and the message names the file, the field and what was expected.
import { appendFileSync, copyFileSync, cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWith, copyFixture } from '../helpers/build';

const edit = (file: string, from: string | RegExp, to: string) => {
  const text = readFileSync(file, 'utf8');
  if (typeof from === 'string' ? !text.includes(from) : !from.test(text)) throw new Error(`fixture ${file} has no ${from}`);
  writeFileSync(file, text.replace(from, to));
};

/** The first file under `path` (a file or a folder, searched in name order) whose text matches `pattern`: whatever the content layout. */
const fileWith = (path: string, pattern: RegExp): string => {
  if (!existsSync(path) && existsSync(`${path}.yaml`)) path = `${path}.yaml`; // content/sources.yaml or content/sources/
  if (statSync(path).isFile()) return path;
  for (const name of readdirSync(path).sort()) {
    const full = join(path, name);
    if (statSync(full).isDirectory()) {
      try {
        return fileWith(full, pattern);
      } catch {
        continue;
      }
    }
    if (pattern.test(readFileSync(full, 'utf8'))) return full;
  }
  throw new Error(`no file under ${path} matches ${pattern}`);
};

describe('the build', () => {
  it('succeeds on the valid fixture content (so each failure below is caused by its one change)', () => {
    const { code, output } = buildWith(copyFixture('valid'));
    expect(output).toMatch(/page\(s\) built/);
    expect(code).toBe(0);
  });

  it('fails on malformed frontmatter, naming the file and line', () => {
    const dir = copyFixture('malformed');
    writeFileSync(join(dir, 'news/alpha-news/index.vi.mdx'), '---\ntitle: [unclosed\nsummary: x\n---\n');
    const { code, output } = buildWith(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(/news\/alpha-news\/index\.vi\.mdx:\d+/);
  });

  it('fails on a wrong type, naming the entry, the field and the allowed values', () => {
    const dir = copyFixture('wrong-type');
    edit(join(dir, 'partners/alpha/index.vi.mdx'), 'level: province', 'level: 3');
    const { code, output } = buildWith(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(
      /partners\/alpha\/index\.vi\.mdx\n\s+trường level: giá trị không hợp lệ: hãy chọn một trong province, city, district\n\s+field level: expected province, city or district/,
    );
  });

  it('fails on a bad date, giving the expected format', () => {
    const dir = copyFixture('bad-date');
    edit(join(dir, 'news/alpha-news/index.vi.mdx'), 'published: 2024-01-02', 'published: 02/01/2024');
    const { code, output } = buildWith(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(/news\/alpha-news\/index\.vi\.mdx\n\s+trường published: ngày viết sai dạng: hãy viết NNNN-TT-NN/);
    expect(output).toContain('field published: expected a date written YYYY-MM-DD (or YYYY-MM / YYYY when the source gives no day)');
  });

  it('fails on an unknown reference, naming the file, the field and the known ids', () => {
    const dir = copyFixture('unknown-ref');
    edit(join(dir, 'agreements/alpha-2020/index.vi.mdx'), 'partners: [alpha]', 'partners: [alfa]');
    const { code, output } = buildWith(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(
      /agreements\/alpha-2020\/index\.vi\.mdx\n\s+trường partners\[0\]: không tìm thấy địa phương đối tác "alfa"[^\n]*\n\s+field partners\[0\]: unknown partners entry "alfa"; expected one of: alpha/,
    );
  });

  it('fails on a translation without its Vietnamese source', () => {
    const dir = copyFixture('no-source');
    rmSync(join(dir, 'partners/alpha/index.vi.mdx'));
    const { code, output } = buildWith(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(/partners\/alpha\/index\.en\.mdx\n[^\n]*\n\s+field \(entry\): this translation has no Vietnamese source/);
  });

  it('fails on a fact written into a translation', () => {
    const dir = copyFixture('fact-in-translation');
    edit(join(dir, 'partners/alpha/index.en.mdx'), 'title: Alpha Province', 'title: Alpha Province\ncountry: KR');
    const { code, output } = buildWith(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(/partners\/alpha\/index\.en\.mdx\n\s+trường \(frontmatter\): trường country không được viết ở đây/);
    expect(output).toContain('country: not a translated field; facts are written once, in index.vi.mdx');
  });

  it('fails on two files for the same entry and language (a duplicate slug)', () => {
    const dir = copyFixture('duplicate');
    copyFileSync(join(dir, 'news/alpha-news/index.vi.mdx'), join(dir, 'news/alpha-news/index.vi.md'));
    const { code, output } = buildWith(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(/news\/alpha-news\/index\.vi\.mdx?\n[^\n]*\n\s+field \(file name\): two files hold the vi text of the same entry/);
  });

  it('fails on a text file not named after a language of the site', () => {
    const dir = copyFixture('wrong-locale');
    copyFileSync(join(dir, 'news/alpha-news/index.vi.mdx'), join(dir, 'news/alpha-news/index.fr.mdx'));
    const { code, output } = buildWith(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(/news\/alpha-news\/index\.fr\.mdx\n[^\n]*\n\s+field \(file name\): "index\.fr\.mdx" is not named after a language of this site/);
  });

  it('fails on a file or a facts.yaml left in the old layout, saying how to convert it', () => {
    const dir = copyFixture('old-layout');
    copyFileSync(join(dir, 'news/alpha-news/index.vi.mdx'), join(dir, 'news/alpha-news/vi.mdx'));
    writeFileSync(join(dir, 'news/alpha-news/facts.yaml'), 'partners: [alpha]\n');
    const { code, output } = buildWith(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(
      /news\/alpha-news\/vi\.mdx\n[^\n]*\n\s+field \(file name\): "vi\.mdx" is not a name this site reads; name an entry's files index\.vi\.mdx/,
    );
    expect(output).toMatch(/news\/alpha-news\/facts\.yaml\n[^\n]*npm run content:migrate/);
  });

  it('fails on a glossary term defined twice, naming both files', () => {
    const dir = copyFixture('glossary-twice');
    writeFileSync(join(dir, 'glossary/lead-agency.yml'), 'kind: agency\nvi: a\nen: b\nko: c\nlo: d\n');
    const { code, output } = buildWith(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(/"lead-agency" is already defined in \S*glossary\/lead-agency\.ya?ml; each id is defined once/);
  });

  it('fails on a glossary term missing a language', () => {
    const dir = copyFixture('glossary-language');
    writeFileSync(join(dir, 'glossary/new-term.yaml'), 'kind: agency\nvi: a\nen: b\nko: c\n');
    const { code, output } = buildWith(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(/glossary\/new-term\.yaml\n\s+trường lo: thiếu trường bắt buộc "lo": hãy điền vào\n\s+field lo: expected the lo text/);
  });

  it('fails on a missing required field, naming it', () => {
    const dir = copyFixture('missing-field');
    writeFileSync(join(dir, 'news/alpha-news/index.en.mdx'), '---\ntitle: Alpha news\n---\n\nText.\n');
    const { code, output } = buildWith(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(
      /news\/alpha-news\/index\.en\.mdx\n\s+trường summary: thiếu trường bắt buộc "summary": hãy điền vào\n\s+field summary: expected a one-sentence summary \(text\)/,
    );
  });

  it('fails on an image without alt text, naming the file and line', () => {
    const dir = copyFixture('image-alt');
    appendFileSync(join(dir, 'news/alpha-news/index.vi.mdx'), '\n![](/images/visit.jpg)\n');
    const { code, output } = buildWith(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(/news\/alpha-news\/index\.vi\.mdx\n[^\n]*\n\s+field \(text, line \d+\): the image "\/images\/visit\.jpg" has no alt text/);
  });

  it('fails on a content folder with a wrong name', () => {
    const dir = copyFixture('wrong-folder');
    cpSync(join(dir, 'news'), join(dir, 'new'), { recursive: true });
    const { code, output } = buildWith(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(/content\/new\n[^\n]*\n\s+field \(folder name\): "new" is not a content folder/);
  });

  it('lists every problem at once', () => {
    const dir = copyFixture('several');
    edit(join(dir, 'agreements/alpha-2020/index.vi.mdx'), 'partners: [alpha]', 'partners: [alfa]');
    edit(join(dir, 'events/alpha-visit/index.vi.mdx'), 'status: held', 'status: held\nplan: no-such-plan');
    copyFileSync(join(dir, 'partners/alpha/index.en.mdx'), join(dir, 'partners/alpha/index.xx.mdx'));
    const { code, output } = buildWith(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('Nội dung có 3 lỗi cần sửa / The content has 3 problems');
  });

  // Dates are written unquoted, as editors do: YAML parsers read 2024-02-31 as 2 March unless the build keeps the text.
  it.each([
    ['an impossible day in an event', 'events/alpha-visit', /^start: .*$/m, 'start: 2024-02-31', 'start: 2024-02-31 is not a date: February 2024 has 29 days'],
    [
      '29 February of a common year in a source document',
      'sources',
      /^(\s*)date: .*$/m,
      '$1date: 2023-02-29',
      'date: 2023-02-29 is not a date: February 2023 has 28 days',
    ],
    ['month 13 in an agreement', 'agreements/alpha-2020', /^signed: .*$/m, 'signed: 2020-13-01', 'signed: 2020-13-01 is not a date: there is no month 13'],
    [
      'day 0 in a news article',
      'news/alpha-news',
      /^published: .*$/m,
      'published: 2024-01-00',
      'published: 2024-01-00 is not a date: January 2024 has 31 days',
    ],
    [
      'an event that ends before it starts',
      'events/alpha-visit',
      /^start: .*$/m,
      'start: 2020-05-10\nend: 2020-05-09',
      'start / end: the event ends (2020-05-09) before it starts (2020-05-10)',
    ],
    [
      'an agreement term that ends before it starts',
      'agreements/alpha-2020',
      /^term:.*(?:\n[ \t]+.*)*$/m,
      'term: { from: 2025, to: 2020 }',
      'term.from / term.to: the span ends (2020) before it starts (2025)',
    ],
    [
      'until without recurring',
      'events/alpha-visit',
      /^status: .*$/m,
      'status: held\nuntil: 2025',
      'until / recurring: until is the last year of a recurring event',
    ],
  ])('fails on %s, naming the file and the field(s)', (name, entry, from, to, message) => {
    const dir = copyFixture(`date-rule-${name.replace(/\W+/g, '-')}`);
    const file = fileWith(join(dir, entry), from);
    edit(file, from, to);
    const { code, output } = buildWith(dir);
    expect(code).not.toBe(0);
    expect(output).toContain(message);
    expect(output).toContain(relative(join(dir, '..'), file).replace(/\\/g, '/'));
  });
});
