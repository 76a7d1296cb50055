// Reading and checking the content: each broken rule yields a problem naming the file, the field and
// what to do, in Vietnamese and English.
import { describe, expect, it } from 'vitest';
import { checkContent, checkContentFolders, checkStrayFiles, formatProblems, type ContentSnapshot, type RawEntry } from '../../src/lib/integrity';

const file = (id: string, data: any, body = ''): RawEntry => ({ id, data, body, filePath: `content/x/${id}` });
const base = { title: 'T', summary: 'S', sources: ['doc'], published: '2020' };

/** A small, valid content set; each test breaks one thing. */
function valid(): ContentSnapshot {
  return {
    glossary: [
      file('home.yaml', { kind: 'locality', vi: 'a', en: 'b', ko: 'c', lo: 'd' }),
      file('dept.yaml', { kind: 'agency', vi: 'a', en: 'b', ko: 'c', lo: 'd' }),
    ],
    files: {
      sources: [
        file('doc/index.vi.mdx', { title: 'Văn bản', number: null, date: '2020', issuer: 'dept', file: 'x.txt' }),
        file('doc/index.en.mdx', { title: 'Document' }),
      ],
      partners: [
        file('alpha/index.vi.mdx', {
          ...base,
          country: 'KR',
          level: 'province',
          nativeName: 'A',
          vietnameseParty: 'home',
          status: 'agreement',
          history: [{ id: 'visit', date: '2020', source: 'doc', text: 'Thăm' }],
        }),
        file('alpha/index.en.mdx', { title: 'T', summary: 'S', history: [{ id: 'visit', text: 'Visit' }] }),
      ],
      agreements: [file('deal/index.vi.mdx', { ...base, vietnameseParty: 'home', partners: ['alpha'], status: 'signed' })],
      plans: [
        file('plan/index.vi.mdx', {
          ...base,
          agreement: 'deal',
          document: 'doc',
          period: { from: 2020, to: 2021 },
          areas: [
            {
              id: 'a',
              title: 'Lĩnh vực',
              tasks: [
                { id: '1.1', text: 'Việc', lead: ['dept'], timeframe: { annual: true } },
                { id: '1.2', text: 'Việc 2', lead: ['dept'], timeframe: { annual: true } },
              ],
            },
          ],
        }),
        file('plan/index.en.mdx', {
          title: 'T',
          summary: 'S',
          areas: [
            {
              id: 'a',
              title: 'Area',
              tasks: [
                { id: '1.1', text: 'Task' },
                { id: '1.2', text: 'Task 2' },
              ],
            },
          ],
        }),
      ],
      events: [file('ev/index.vi.mdx', { ...base, start: '2020', status: 'held', partners: ['alpha'], agreement: 'deal', plan: 'plan' })],
      news: [file('nw/index.vi.mdx', { ...base, partners: ['alpha'], agreements: ['deal'] })],
      standalone: [
        file('about/index.vi.mdx', {
          title: 'T',
          summary: 'S',
          published: '2020',
          figures: [{ id: 'area', label: 'Diện tích', value: 1, unit: 'km2', asOf: '2020', source: 'doc' }],
        }),
      ],
    },
  };
}

const problemsOf = (c: ContentSnapshot) => checkContent(c).problems;

describe('checkContent', () => {
  it('finds nothing wrong in valid content, and joins facts and texts', () => {
    const { problems, entries, glossary } = checkContent(valid());
    expect(problems).toEqual([]);
    const [plan] = entries.plans;
    expect(plan.facts.areas[0].tasks[0]).not.toHaveProperty('text'); // texts are not facts
    expect(plan.texts.vi!.text.tasks).toEqual({ '1.1': 'Việc', '1.2': 'Việc 2' });
    expect(plan.texts.en!.text.areas).toEqual({ a: 'Area' });
    expect(entries.partners[0].texts.en!.text.history).toEqual({ visit: 'Visit' });
    expect(glossary.get('dept')?.kind).toBe('agency');
  });

  it('reports an unknown reference with the file, field and known ids, in both languages', () => {
    const c = valid();
    c.files.agreements[0].data.partners = ['alfa'];
    const [p] = problemsOf(c);
    expect(p).toMatchObject({ file: 'content/x/deal/index.vi.mdx', field: 'partners[0]', message: 'unknown partners entry "alfa"; expected one of: alpha' });
    expect(p.vi).toBe('không tìm thấy địa phương đối tác "alfa": hãy chọn một mục có sẵn (alpha) hoặc tạo mục đó trước');
  });

  it('checks references inside task tables against the glossary', () => {
    const c = valid();
    c.files.plans[0].data.areas[0].tasks[0].coordinating = ['nobody'];
    const [p] = problemsOf(c);
    expect(p.field).toBe('areas[0].tasks[0].coordinating[0]');
    expect(p.message).toMatch(/unknown glossary term "nobody"; expected one of: dept, home/);
  });

  it('checks a source document cited by a history item, and the issuer of a source document', () => {
    const c = valid();
    c.files.partners[0].data.history[0].source = 'missing-doc';
    c.files.sources[0].data.issuer = 'nobody';
    expect(
      problemsOf(c)
        .map((p) => `${p.field}: ${p.message.split(';')[0]}`)
        .sort(),
    ).toEqual(['history[0].source: unknown source document "missing-doc"', 'issuer: unknown glossary term "nobody"']);
  });

  it('reports a translation without its Vietnamese source', () => {
    const c = valid();
    c.files.partners = c.files.partners.filter((t) => !t.id.endsWith('index.vi.mdx'));
    const problems = problemsOf(c).filter((p) => p.field === '(entry)');
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/x/alpha/index.en.mdx', message: expect.stringContaining('no Vietnamese source: add index.vi.mdx') }),
    ]);
  });

  it('reports a fact written into a translation, saying where facts belong', () => {
    const c = valid();
    c.files.partners[1].data.country = 'KR';
    const [p] = problemsOf(c);
    expect(p).toMatchObject({ file: 'content/x/alpha/index.en.mdx', field: '(frontmatter)' });
    expect(p.message).toMatch(/^country: not a translated field; facts are written once, in index\.vi\.mdx/);
    expect(p.vi).toMatch(/^trường country không được viết ở đây/);
  });

  it('reports a file not named after a language of the site, and a file of the old layout', () => {
    const c = valid();
    c.files.news.push(file('nw/index.fr.mdx', { title: 'T', summary: 'S' }), file('nw/en.mdx', { title: 'T', summary: 'S' }));
    expect(problemsOf(c).map((p) => [p.file, p.field, p.message.slice(0, 36)])).toEqual([
      ['content/x/nw/index.fr.mdx', '(file name)', '"index.fr.mdx" is not named after a '],
      ['content/x/nw/en.mdx', '(file name)', '"en.mdx" is not a name this site rea'],
    ]);
  });

  it('reports two files for the same language of one entry', () => {
    const c = valid();
    c.files.news.push(file('nw/index.vi.md', { ...base }));
    expect(problemsOf(c)[0]).toMatchObject({ field: '(file name)', message: expect.stringContaining('two files hold the vi text') });
  });

  it('reports a folder name that is not a valid slug, once', () => {
    const c = valid();
    c.files.news.push(file('Bad Name/index.vi.mdx', { ...base }), file('Bad Name/index.en.mdx', { title: 'T', summary: 'S' }));
    const problems = problemsOf(c);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: '(folder name)', message: expect.stringContaining('"Bad Name" is not a valid slug') });
  });

  it('reports a copied item id that differs from the Vietnamese one, and a missing or extra item', () => {
    const c = valid();
    const en = c.files.plans[1].data;
    en.areas[0].tasks[1].id = '1.3';
    expect(problemsOf(c)).toEqual([
      expect.objectContaining({
        file: 'content/x/plan/index.en.mdx',
        field: 'areas[0].tasks[1].id',
        message: expect.stringContaining('"1.3" differs from "1.2"'),
      }),
    ]);
    en.areas[0].tasks.pop();
    expect(problemsOf(c)[0]).toMatchObject({ field: 'areas[0].tasks[1]', message: expect.stringContaining('missing text for "1.2"') });
    en.areas[0].tasks.push({ id: '1.2', text: 'x' }, { id: '1.9', text: 'y' });
    expect(problemsOf(c)[0]).toMatchObject({ field: 'areas[0].tasks[2]', message: expect.stringContaining('"1.9" is not listed under areas[0].tasks') });
  });

  it('reports a translated item without its text', () => {
    const c = valid();
    delete c.files.partners[1].data.history[0].text;
    expect(problemsOf(c)[0]).toMatchObject({ field: 'history[0].text', message: 'expected the text of this history item (text)' });
  });

  it('reports a chart naming a figure the page does not list, or mixing units', () => {
    const c = valid();
    const page = c.files.standalone[0].data;
    page.figures.push({ id: 'people', label: 'Dân số', value: 2, unit: 'people', asOf: '2020', source: 'doc' });
    page.charts = [{ id: 'c1', title: 'Biểu đồ', figures: ['area', 'aera'] }];
    expect(problemsOf(c)[0]).toMatchObject({ field: 'charts[0].figures', message: expect.stringContaining('unknown figure "aera"') });
    page.charts = [{ id: 'c1', title: 'Biểu đồ', figures: ['area', 'people'] }];
    expect(problemsOf(c)[0]).toMatchObject({ field: 'charts[0].figures', message: 'a chart compares figures of one unit, but these mix km2 / people' });
  });

  it('refuses text still holding template placeholders, in frontmatter or body', () => {
    const c = valid();
    c.files.news[0].data.title = '⟪Title⟫';
    c.files.events[0].body = 'Intro ⟪Body text⟫';
    const problems = problemsOf(c);
    expect(problems.map((p) => p.file).sort()).toEqual(['content/x/ev/index.vi.mdx', 'content/x/nw/index.vi.mdx']);
    expect(problems[0].message).toMatch(/still holds template text marked ⟪…⟫/);
    expect(problems[0].vi).toMatch(/còn chữ mẫu ⟪…⟫ chưa viết/);
  });

  it('refuses images without alt text, naming the line', () => {
    const c = valid();
    c.files.news[0].body = 'Intro\n\n![](/images/visit.jpg)\n\n![Leaders meet](/images/ok.jpg)\n<img src="/images/b.png">\n<img src="c.png" alt="Described">';
    const problems = problemsOf(c);
    expect(problems.map((p) => p.field)).toEqual(['(text, line 3)', '(text, line 6)']);
    expect(problems[0].message).toContain('the image "/images/visit.jpg" has no alt text');
  });

  it('reports a glossary term defined twice, and a term missing a language', () => {
    const c = valid();
    c.glossary.push(
      file('dept.yml', { kind: 'agency', vi: 'a', en: 'b', ko: 'c', lo: 'd' }),
      file('new-term.yaml', { kind: 'agency', vi: 'a', en: 'b', ko: 'c' }),
    );
    expect(problemsOf(c).map((p) => [p.file, p.field, p.message])).toEqual([
      ['content/x/dept.yml', '(file name)', '"dept" is already defined in content/x/dept.yaml; each id is defined once'],
      ['content/x/new-term.yaml', 'lo', 'expected the lo text'],
    ]);
  });

  it('gives a wrong value, a bad date and a missing field a Vietnamese explanation', () => {
    const c = valid();
    Object.assign(c.files.partners[0].data, { level: 3, published: '12/09/2024' });
    delete c.files.news[0].data.summary;
    const byField = Object.fromEntries(problemsOf(c).map((p) => [p.field, p]));
    expect(byField.level.vi).toBe('giá trị không hợp lệ: hãy chọn một trong province, city, district');
    expect(byField.published.vi).toMatch(/^ngày viết sai dạng: hãy viết NNNN-TT-NN/);
    expect(byField.summary).toMatchObject({
      file: 'content/x/nw/index.vi.mdx',
      message: 'expected a one-sentence summary (text)',
      vi: 'thiếu trường bắt buộc "summary": hãy điền vào',
    });
  });

  it('reports a folder at the top of content/ that is not a content type, and a stray facts.yaml', () => {
    expect(checkContentFolders('content', ['partners', 'glossary', 'sources', 'README.md', 'partner'])).toEqual([
      expect.objectContaining({
        file: 'content/partner',
        field: '(folder name)',
        message:
          '"partner" is not a content folder, so nothing in it would be published; expected one of: partners, agreements, plans, events, news, standalone, sources, glossary',
      }),
    ]);
    expect(checkStrayFiles('content', ['news/x/index.vi.mdx', 'news/x/facts.yaml'])).toEqual([
      expect.objectContaining({
        file: 'content/news/x/facts.yaml',
        message: expect.stringContaining('facts are now written in the frontmatter of index.vi.mdx'),
      }),
    ]);
  });

  it('formats every problem into one report, Vietnamese first', () => {
    const c = valid();
    c.files.events[0].data.partners = ['x'];
    c.files.news[0].data.agreements = ['y'];
    const report = formatProblems(problemsOf(c));
    expect(report).toMatch(/^Nội dung có 2 lỗi cần sửa \/ The content has 2 problems:/);
    expect(report).toMatch(/trường partners\[0\]: không tìm thấy địa phương đối tác "x"[^\n]*\n\s+field partners\[0\]: unknown partners entry "x"/);
    expect(report).toContain('field agreements[0]');
  });
});
