// Per-file schemas: wrong types and misplaced facts fail with messages an editor can act on.
import { describe, expect, it } from 'vitest';
import { eventFacts, partnerFacts, partnerText, planFacts } from '../../src/schemas/entries';

const messages = (r: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  r.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

const partner = { country: 'KR', level: 'province', nativeName: '충청남도', vietnameseParty: 'home', status: 'agreement', sources: ['doc'], published: '2024-09-12' };

describe('content schemas', () => {
  it('accepts a valid partner, reading YAML dates and bare years as text', () => {
    const r = partnerFacts.safeParse({ ...partner, published: new Date('2024-09-12'), history: [{ id: 'x', date: 2021, source: 'doc' }] });
    expect(r.success).toBe(true);
    expect(r.data?.published).toBe('2024-09-12');
    expect(r.data?.history[0].date).toBe('2021');
  });
  it('rejects a bad date with the expected format', () => {
    expect(messages(partnerFacts.safeParse({ ...partner, published: '12/09/2024' }))).toEqual([
      'published: expected a date written YYYY-MM-DD (or YYYY-MM / YYYY when the source gives no day)',
    ]);
  });
  it('rejects a wrong type with the allowed values', () => {
    expect(messages(partnerFacts.safeParse({ ...partner, level: 3 }))).toEqual(['level: expected province, city or district']);
  });
  it('requires at least one source document', () => {
    expect(messages(partnerFacts.safeParse({ ...partner, sources: [] }))[0]).toMatch(/^sources: every entry must cite at least one source/);
  });
  it('rejects a fact written into a translation, saying where facts belong', () => {
    const r = partnerText.safeParse({ title: 'T', summary: 'S', country: 'KR' });
    expect(messages(r)[0]).toMatch(/country: not a translated field; facts are written once, in facts.yaml/);
  });
  it('rejects an unknown field in facts', () => {
    expect(messages(eventFacts.safeParse({ start: '2024', status: 'held', sources: ['d'], published: '2024-01-01', tittle: 'x' })).join()).toMatch(/tittle/);
  });
  it('requires a timeframe for every task', () => {
    const plan = { agreement: 'a', document: 'd', period: { from: 2024, to: 2025 }, sources: ['d'], published: '2024-01-01' };
    const r = planFacts.safeParse({ ...plan, areas: [{ id: 'a', tasks: [{ id: '1.1', lead: ['x'], timeframe: {} }] }] });
    expect(messages(r)[0]).toMatch(/timeframe: a timeframe needs years/);
  });
});
