// Impossible dates and contradictions between fields fail the schemas, naming every field involved.
import { describe, expect, it } from 'vitest';
import { calendarProblem } from '../../src/schemas/common';
import {
  agreementFile as agreementFacts,
  eventFile as eventFacts,
  newsFile as newsFacts,
  pageFile as pageFacts,
  partnerFile as partnerFacts,
  planFile as planFacts,
  sourceFile as sourceDocument,
} from '../../src/schemas/entries';
import { datesAsWritten, entryIn, parseWritten, toNfc } from '../../src/lib/written-text';

type Result = { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } };
const messages = (r: Result) => r.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

const named = { title: 'T', summary: 'S' };
const partner = {
  ...named,
  country: 'KR',
  level: 'province',
  nativeName: '충청남도',
  vietnameseParty: 'home',
  status: 'agreement',
  sources: ['doc'],
  published: '2024-09-12',
};
const event = { ...named, start: '2024-04-13', status: 'held', sources: ['d'], published: '2024-09-12' };
const agreement = { ...named, vietnameseParty: 'home', partners: ['p'], status: 'signed', sources: ['d'], published: '2024-01-01' };
const task = (id: string, years = [2024]) => ({ id, text: 't', lead: ['x'], timeframe: { years } });
const plan = {
  ...named,
  document: 'd',
  period: { from: 2024, to: 2025 },
  sources: ['d'],
  published: '2024-01-01',
  areas: [{ id: 'a', title: 'A', tasks: [task('1.1')] }],
};
const news = { ...named, sources: ['d'], published: '2024-01-01' };
const page = { ...named, published: '2024-01-01' };

describe('impossible dates', () => {
  it.each([
    ['2024-02-31', 'February 2024 has 29 days'],
    ['2023-02-29', 'February 2023 has 28 days'],
    ['2024-04-31', 'April 2024 has 30 days'],
    ['2024-01-00', 'January 2024 has 31 days'],
    ['2024-00-10', 'there is no month 0'],
    ['2024-13-01', 'there is no month 13'],
    ['2024-13', 'there is no month 13'],
    ['2024-00', 'there is no month 0'],
    ['0024-05-01', 'the year must be between 1900 and 2100'],
    ['3024', 'the year must be between 1900 and 2100'],
  ])('%s is refused: %s', (date, why) => {
    expect(calendarProblem(date)).toContain(why);
    expect(messages(eventFacts.safeParse({ ...event, start: date, published: '2025-01-01' }))).toContain(`start: ${calendarProblem(date)}`);
  });

  it.each(['2024-02-29', '2000-02-29', '2023-12-31', '2024-02', '2024'])('%s is a real date', (date) => {
    expect(calendarProblem(date)).toBeUndefined();
    expect(eventFacts.safeParse({ ...event, start: date }).success).toBe(true);
  });

  it('checks every date field of every schema (full, month-only and year-only dates)', () => {
    const bad = '2023-02-29';
    const cases: Array<[string, Result]> = [
      ['published', partnerFacts.safeParse({ ...partner, published: bad })],
      ['updated', newsFacts.safeParse({ ...news, updated: bad })],
      ['history.0.date', partnerFacts.safeParse({ ...partner, history: [{ id: 'h', date: bad, source: 'd', text: 't' }] })],
      ['signed', agreementFacts.safeParse({ ...agreement, signed: bad })],
      ['replaces.date', planFacts.safeParse({ ...plan, replaces: { number: '1/KH', date: bad } })],
      ['end', eventFacts.safeParse({ ...event, end: bad })],
      ['figures.0.asOf', pageFacts.safeParse({ ...page, figures: [{ id: 'f', value: 1, unit: 'people', asOf: '2024-13', source: 'd', label: 'f' }] })],
      ['date', sourceDocument.safeParse({ number: null, date: '2021-00', issuer: 'x', file: 'f.pdf', title: 'a' })],
    ];
    for (const [field, result] of cases) {
      expect(result.success, field).toBe(false);
      expect(messages(result).join('\n'), field).toMatch(new RegExp(`^${field.replace(/\./g, '\\.')}: .* is not a date`, 'm'));
    }
  });
});

describe('dates as written in the file', () => {
  it('replaces the Date a YAML parser made of an impossible date by the text written', () => {
    // js-yaml reads an unquoted 2024-02-31 as 2 March 2024.
    const parsed = { start: new Date(Date.UTC(2024, 1, 31)), history: [{ date: new Date(Date.UTC(2024, 12, 1)) }] };
    const written = parseWritten('start: 2024-02-31\nhistory:\n  - date: 2024-13-01\n', 'facts.yaml');
    expect(datesAsWritten(parsed, written)).toEqual({ start: '2024-02-31', history: [{ date: '2024-13-01' }] });
  });

  it('reads the frontmatter of Markdown and MDX files, and finds one entry in a file of many', () => {
    expect(parseWritten('---\ntitle: x\nstart: 2024-02-31\n---\nBody', 'content/events/a/index.vi.mdx')).toEqual({ title: 'x', start: '2024-02-31' });
    const file = parseWritten('- id: a\n  date: 2024-02-30\n- id: b\n  date: 2024-01-01\n', 'sources.yaml');
    expect(entryIn(file, 'a', { id: 'a', date: new Date() })).toEqual({ id: 'a', date: '2024-02-30' });
    const map = parseWritten('a:\n  date: 2024-02-30\n', 'sources.yaml');
    expect(entryIn(map, 'a', { date: new Date() })).toEqual({ date: '2024-02-30' });
  });

  it('normalises every string, and every key, to NFC', () => {
    const nfd = 'Bắc Giang'.normalize('NFD');
    expect(toNfc({ [nfd]: [nfd, 1, { t: nfd }] })).toEqual({ 'Bắc Giang': ['Bắc Giang', 1, { t: 'Bắc Giang' }] });
  });
});

describe('rules across fields', () => {
  const fails = (r: Result, field: string, ...named: string[]) => {
    expect(r.success).toBe(false);
    const m = messages(r).find((x) => x.startsWith(`${field}: `));
    expect(m, messages(r).join('\n')).toBeTruthy();
    for (const n of named) expect(m).toContain(n);
  };

  it('an event that ends before it starts (full and partial dates)', () => {
    fails(eventFacts.safeParse({ ...event, end: '2024-04-12' }), 'end', 'start / end', 'ends (2024-04-12) before it starts (2024-04-13)');
    fails(eventFacts.safeParse({ ...event, start: '2024-05', end: '2024-04' }), 'end', 'start / end');
    fails(eventFacts.safeParse({ ...event, start: '2024', end: '2023-12-31' }), 'end', 'start / end');
    expect(eventFacts.safeParse({ ...event, start: '2024-05', end: '2024-05-10' }).success).toBe(true);
    expect(eventFacts.safeParse({ ...event, end: '2024-04-13' }).success).toBe(true);
  });

  it('until without recurring, until before the first year, and an observance spanning two years', () => {
    fails(eventFacts.safeParse({ ...event, until: 2025 }), 'until', 'until / recurring');
    fails(eventFacts.safeParse({ ...event, recurring: 'annual', until: 2023 }), 'until', 'start / until');
    fails(eventFacts.safeParse({ ...event, recurring: 'annual', end: '2025-01-02', until: 2026 }), 'end', 'start / end / recurring');
    fails(eventFacts.safeParse({ ...event, recurring: 'annual' }), 'recurring', 'recurring / until');
    fails(eventFacts.safeParse({ ...event, start: '2024-04', recurring: 'annual', until: 2025 }), 'start', 'start / recurring');
    expect(eventFacts.safeParse({ ...event, recurring: 'annual', end: '2024-04-15', until: 2025 }).success).toBe(true);
  });

  it('an event reported held by a document published before it started', () => {
    fails(eventFacts.safeParse({ ...event, start: '2025-03-01' }), 'status', 'status / start / published');
    expect(eventFacts.safeParse({ ...event, start: '2025-03-01', status: 'planned' }).success).toBe(true);
  });

  it('an agreement term whose end precedes its start, a planned agreement with a signing date, a signing after the term', () => {
    fails(agreementFacts.safeParse({ ...agreement, term: { from: 2025, to: 2021 } }), 'term.to', 'term.from / term.to');
    fails(agreementFacts.safeParse({ ...agreement, status: 'planned', signed: '2021' }), 'signed', 'status / signed');
    fails(agreementFacts.safeParse({ ...agreement, signed: '2026-01-01', term: { from: 2021, to: 2025 } }), 'signed', 'signed / term.to');
    expect(agreementFacts.safeParse({ ...agreement, signed: '2021-08-09', term: { from: 2021, to: 2025 } }).success).toBe(true);
  });

  it('a plan period from > to, task years outside it, repeated ids, a budget part above the total, a bad school year', () => {
    fails(planFacts.safeParse({ ...plan, period: { from: 2025, to: 2024 } }), 'period.to', 'period.from / period.to');
    fails(
      planFacts.safeParse({ ...plan, areas: [{ id: 'a', title: 'A', tasks: [task('1.1', [2024, 2027])] }] }),
      'areas.0.tasks.0.timeframe.years.1',
      'timeframe.years / period',
      '2027',
    );
    fails(
      planFacts.safeParse({ ...plan, areas: [{ id: 'a', title: 'A', tasks: [task('1.1'), task('1.1')] }] }),
      'areas.0.tasks.1.id',
      'areas[0].tasks[0].id / areas[0].tasks[1].id',
    );
    fails(
      planFacts.safeParse({
        ...plan,
        areas: [
          { id: 'a', title: 'A', tasks: [task('1.1')] },
          { id: 'a', title: 'A', tasks: [task('2.1')] },
        ],
      }),
      'areas.1.id',
      'areas[0].id / areas[1].id',
    );
    fails(
      planFacts.safeParse({ ...plan, budget: { amount: 10, currency: 'VND', breakdown: [{ id: 'x', amount: 11, label: 'x' }] } }),
      'budget.breakdown.0.amount',
      'budget.breakdown[0].amount / budget.amount',
    );
    fails(
      planFacts.safeParse({
        ...plan,
        areas: [{ id: 'a', title: 'A', tasks: [{ id: '1.1', text: 't', lead: ['x'], timeframe: { fromSchoolYear: '2025-2027' } }] }],
      }),
      'areas.0.tasks.0.timeframe.fromSchoolYear',
      'fromSchoolYear',
    );
    fails(planFacts.safeParse({ ...plan, replaces: { number: '1/KH', date: '2024-06-01' } }), 'replaces.date', 'replaces.date / published');
  });

  it('updated before published, in every kind of entry', () => {
    for (const [schema, base] of [
      [partnerFacts, partner],
      [agreementFacts, agreement],
      [planFacts, plan],
      [eventFacts, event],
      [newsFacts, news],
      [pageFacts, page],
    ] as const) {
      fails((schema as any).safeParse({ ...base, published: '2024-09-12', updated: '2024-09-11' }), 'updated', 'updated / published');
      expect((schema as any).safeParse({ ...base, published: '2024-09-12', updated: '2024-09' }).success).toBe(true);
    }
  });

  it('repeated ids of history items, figures, priorities and charts', () => {
    fails(
      partnerFacts.safeParse({
        ...partner,
        history: [
          { id: 'h', date: '2020', source: 'd', text: 't' },
          { id: 'h', date: '2021', source: 'd', text: 't' },
        ],
      }),
      'history.1.id',
      'history[0].id / history[1].id',
    );
    const figure = { id: 'f', value: 1, unit: 'people', asOf: '2024', source: 'd', label: 'f' };
    fails(pageFacts.safeParse({ ...page, figures: [figure, figure] }), 'figures.1.id', 'figures[0].id / figures[1].id');
  });
});
