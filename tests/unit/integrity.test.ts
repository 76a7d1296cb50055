// Cross-entry rules: each broken rule yields a problem naming the file, the field and what was expected.
import { describe, expect, it } from 'vitest';
import { checkContent, checkContentFolders, formatProblems, type ContentSnapshot, type RawEntry } from '../../src/lib/integrity';

const e = (id: string, data: any, filePath?: string): RawEntry => ({ id, data, filePath: filePath ?? `content/x/${id}` });

/** A small, valid content set; each test breaks one thing. */
function valid(): ContentSnapshot {
  const text = (slug: string, locale: string, extra: any = {}) =>
    e(`${slug}/${locale}.mdx`, { title: 'T', summary: 'S', ...extra });
  return {
    glossary: [e('home', { kind: 'locality' }), e('dept', { kind: 'agency' })],
    sources: [e('doc', { issuer: 'dept' })],
    facts: {
      partners: [e('alpha', { vietnameseParty: 'home', history: [{ id: 'visit', date: '2020', source: 'doc' }], sources: ['doc'] })],
      agreements: [e('deal', { vietnameseParty: 'home', partners: ['alpha'], sources: ['doc'] })],
      plans: [e('plan', { agreement: 'deal', document: 'doc', areas: [{ id: 'a', tasks: [{ id: '1.1', lead: ['dept'], coordinating: [] }] }], sources: ['doc'] })],
      events: [e('ev', { partners: ['alpha'], agreement: 'deal', plan: 'plan', sources: ['doc'] })],
      news: [e('nw', { partners: ['alpha'], agreements: ['deal'], sources: ['doc'] })],
      pages: [e('about', { figures: [{ id: 'area', source: 'doc' }], sources: [] })],
    },
    texts: {
      partners: [text('alpha', 'vi', { history: { visit: 'x' } }), text('alpha', 'en', { history: { visit: 'x' } })],
      agreements: [text('deal', 'vi')],
      plans: [text('plan', 'vi', { areas: { a: 'x' }, tasks: { '1.1': 'x' } })],
      events: [text('ev', 'vi')],
      news: [text('nw', 'vi')],
      pages: [text('about', 'vi', { figures: { area: 'x' } })],
    },
  };
}

describe('checkContent', () => {
  it('finds nothing wrong in valid content', () => {
    expect(checkContent(valid())).toEqual([]);
  });

  it('reports an unknown reference with the file, field and known ids', () => {
    const c = valid();
    c.facts.agreements[0].data.partners = ['alfa'];
    expect(checkContent(c)).toEqual([
      { file: 'content/x/deal', field: 'partners[0]', message: 'unknown partners entry "alfa"; expected one of: alpha' },
    ]);
  });

  it('checks references inside task tables against the glossary', () => {
    const c = valid();
    c.facts.plans[0].data.areas[0].tasks[0].coordinating = ['nobody'];
    const [p] = checkContent(c);
    expect(p.field).toBe('areas[0].tasks[0].coordinating[0]');
    expect(p.message).toMatch(/unknown glossary term "nobody"; expected one of: dept, home/);
  });

  it('checks a source document cited by a history item', () => {
    const c = valid();
    c.facts.partners[0].data.history[0].source = 'missing-doc';
    expect(checkContent(c)[0]).toMatchObject({ field: 'history[0].source', message: expect.stringContaining('unknown source document "missing-doc"') });
  });

  it('reports a translation without its Vietnamese source', () => {
    const c = valid();
    c.texts.partners = c.texts.partners.filter((t) => !t.id.endsWith('/vi.mdx'));
    const problems = checkContent(c);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/x/alpha/en.mdx', message: expect.stringContaining('no Vietnamese source') });
  });

  it('reports a text whose entry has no facts.yaml', () => {
    const c = valid();
    c.texts.news.push(e('ghost/vi.mdx', { title: 'T', summary: 'S' }));
    expect(checkContent(c)[0]).toMatchObject({ file: 'content/x/ghost/vi.mdx', message: expect.stringContaining('no content/news/ghost/facts.yaml') });
  });

  it('reports a file not named after a language of the site', () => {
    const c = valid();
    c.texts.news.push(e('nw/fr.mdx', { title: 'T', summary: 'S' }));
    expect(checkContent(c)[0]).toMatchObject({ field: '(file name)', message: expect.stringContaining('vi.mdx, en.mdx, ko.mdx, lo.mdx') });
  });

  it('reports two files for the same language of one entry', () => {
    const c = valid();
    c.texts.news.push(e('nw/vi.md', { title: 'T', summary: 'S' }));
    expect(checkContent(c)[0]).toMatchObject({ field: '(file name)', message: expect.stringContaining('two files hold the vi text') });
  });

  it('reports a folder name that is not a valid slug', () => {
    const c = valid();
    c.facts.news.push(e('Bad Name', { sources: ['doc'] }));
    c.texts.news.push(e('Bad Name/vi.mdx', { title: 'T', summary: 'S' }));
    expect(checkContent(c)[0]).toMatchObject({ field: '(folder name)', message: expect.stringContaining('"Bad Name" is not a valid slug') });
  });

  it('reports an entry with no text at all', () => {
    const c = valid();
    c.texts.events = [];
    expect(checkContent(c)[0]).toMatchObject({ message: expect.stringContaining('add content/events/ev/vi.mdx') });
  });

  it('reports translated item texts that do not match the ids in facts.yaml', () => {
    const c = valid();
    c.texts.partners[1].data.history = { vist: 'typo' };
    const problems = checkContent(c);
    expect(problems.map((p) => p.field).sort()).toEqual(['history.visit', 'history.vist']);
    expect(problems.every((p) => p.file === 'content/x/alpha/en.mdx')).toBe(true);
  });

  it('reports a chart naming a figure the page does not list, or mixing units', () => {
    const c = valid();
    const page = c.facts.pages[0].data;
    page.figures = [{ id: 'area', unit: 'km2', source: 'doc' }, { id: 'people', unit: 'people', source: 'doc' }];
    c.texts.pages[0].data.figures = { area: 'x', people: 'y' };
    page.charts = [{ id: 'c1', figures: ['area', 'aera'] }];
    c.texts.pages[0].data.charts = { c1: 'Chart' };
    expect(checkContent(c)[0]).toMatchObject({ field: 'charts[0].figures', message: expect.stringContaining('unknown figure "aera"') });
    page.charts = [{ id: 'c1', figures: ['area', 'people'] }];
    expect(checkContent(c)[0]).toMatchObject({ field: 'charts[0].figures', message: 'a chart compares figures of one unit, but these mix km2 and people' });
  });

  it('refuses text still holding template placeholders, in frontmatter or body', () => {
    const c = valid();
    c.texts.news[0].data.title = '⟪Title⟫';
    c.texts.events[0].body = 'Intro ⟪Body text⟫';
    const problems = checkContent(c);
    expect(problems.map((p) => p.file).sort()).toEqual(['content/x/ev/vi.mdx', 'content/x/nw/vi.mdx']);
    expect(problems[0].message).toMatch(/still holds template text marked ⟪…⟫/);
  });

  it('refuses images without alt text, naming the line', () => {
    const c = valid();
    c.texts.news[0].body = 'Intro\n\n![](/images/visit.jpg)\n\n![Leaders meet](/images/ok.jpg)\n<img src="/images/b.png">\n<img src="c.png" alt="Described">';
    const problems = checkContent(c);
    expect(problems.map((p) => p.field)).toEqual(['(text, line 3)', '(text, line 6)']);
    expect(problems[0].message).toContain('the image "/images/visit.jpg" has no alt text');
  });

  it('reports a folder at the top of content/ that is not a content type (e.g. a typo)', () => {
    expect(checkContentFolders('content', ['partners', 'glossary', 'sources.yaml', 'README.md', 'partner'])).toEqual([
      {
        file: 'content/partner',
        field: '(folder name)',
        message: '"partner" is not a content folder, so nothing in it would be published; expected one of: partners, agreements, plans, events, news, pages, glossary, sources.yaml',
      },
    ]);
  });

  it('formats every problem into one report', () => {
    const c = valid();
    c.facts.events[0].data.partners = ['x'];
    c.facts.news[0].data.agreements = ['y'];
    const report = formatProblems(checkContent(c));
    expect(report).toMatch(/^The content has 2 problems:/);
    expect(report).toContain('field partners[0]');
    expect(report).toContain('field agreements[0]');
  });
});
