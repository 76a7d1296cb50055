// Per-file schemas: wrong types and misplaced facts fail with messages an editor can act on;
// references and translated fields are declared once, by marks the build and the editor read.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { eventFile, factsOf, fileSchemas, partnerFile, planFile, textOf, translationSchemas } from '../../src/schemas/entries';
import { elementOf, kindOf, ref, referenceFields, referencesIn, shapeOf } from '../../src/schemas/fields';

const messages = (r: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  r.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

const partner = {
  title: 'T',
  summary: 'S',
  country: 'KR',
  level: 'province',
  nativeName: '충청남도',
  vietnameseParty: 'home',
  status: 'agreement',
  sources: ['doc'],
  published: '2024-09-12',
};

describe('content schemas', () => {
  it('accepts a valid partner, reading YAML dates and bare years as text', () => {
    const r = partnerFile.safeParse({ ...partner, published: new Date('2024-09-12'), history: [{ id: 'x', date: 2021, source: 'doc', text: 'Thăm' }] });
    expect(r.success).toBe(true);
    expect(r.data?.published).toBe('2024-09-12');
    expect(r.data?.history[0].date).toBe('2021');
  });
  it('rejects a bad date with the expected format', () => {
    expect(messages(partnerFile.safeParse({ ...partner, published: '12/09/2024' }))).toEqual([
      'published: expected a date written YYYY-MM-DD (or YYYY-MM / YYYY when the source gives no day)',
    ]);
  });
  it('rejects a wrong type with the allowed values', () => {
    expect(messages(partnerFile.safeParse({ ...partner, level: 3 }))).toEqual(['level: expected province, city or district']);
  });
  it('requires at least one source document', () => {
    expect(messages(partnerFile.safeParse({ ...partner, sources: [] }))[0]).toMatch(/^sources: every entry must cite at least one source/);
  });
  it('rejects a fact written into a translation, saying where facts belong', () => {
    const r = translationSchemas.partners.safeParse({ title: 'T', summary: 'S', country: 'KR' });
    expect(messages(r)[0]).toMatch(/country: not a translated field; facts are written once, in index.vi.mdx/);
  });
  it('rejects a fact written inside a translated list item (a task lead in a translation)', () => {
    const r = translationSchemas.plans.safeParse({
      title: 'T',
      summary: 'S',
      areas: [{ id: 'a', title: 'A', tasks: [{ id: '1.1', text: 'x', lead: ['dept'] }] }],
    });
    expect(messages(r)[0]).toMatch(/^areas.0.tasks.0: lead: not a translated field/);
  });
  it('rejects an unknown field in an entry file', () => {
    expect(
      messages(eventFile.safeParse({ title: 'T', summary: 'S', start: '2024', status: 'held', sources: ['d'], published: '2024-01-01', tittle: 'x' })).join(),
    ).toMatch(/tittle/);
  });
  it('requires a timeframe for every task', () => {
    const plan = { title: 'T', summary: 'S', agreement: 'a', document: 'd', period: { from: 2024, to: 2025 }, sources: ['d'], published: '2024-01-01' };
    const r = planFile.safeParse({ ...plan, areas: [{ id: 'a', title: 'A', tasks: [{ id: '1.1', text: 'x', lead: ['x'], timeframe: {} }] }] });
    expect(messages(r)[0]).toMatch(/timeframe: a timeframe needs years/);
  });
  it('splits a Vietnamese file into facts and the text pages read by item id', () => {
    const data = planFile.parse({
      title: 'T',
      summary: 'S',
      document: 'd',
      period: { from: 2024, to: 2025 },
      sources: ['d'],
      published: '2024',
      budget: { amount: 10, currency: 'VND', breakdown: [{ id: 'b', amount: 10, label: 'Phần' }] },
      areas: [{ id: 'a', title: 'A', tasks: [{ id: '1.1', text: 'x', lead: ['l'], timeframe: { annual: true } }] }],
    });
    expect(textOf(planFile, data)).toMatchObject({ title: 'T', summary: 'S', areas: { a: 'A' }, tasks: { '1.1': 'x' }, budget: { b: 'Phần' } });
    const facts = factsOf(planFile, data);
    expect(facts).not.toHaveProperty('title');
    expect(facts.areas[0]).toEqual({ id: 'a', tasks: [{ id: '1.1', lead: ['l'], coordinating: [], timeframe: { annual: true } }] });
    expect(facts.budget.breakdown[0]).toEqual({ id: 'b', amount: 10 });
  });
});

describe('references, declared once', () => {
  it('finds every reference a schema marks, including one added later', () => {
    const withSister = partnerFile.extend({ sister: ref('partners').optional() });
    const found = referencesIn(withSister, { ...partner, sister: 'beta', history: [{ id: 'x', date: '2021', source: 'doc', text: 't' }] });
    expect(found.map((r) => `${r.field}→${r.target}`).sort()).toEqual([
      'history[0].source→sources',
      'sister→partners',
      'sources[0]→sources',
      'vietnameseParty→glossary',
    ]);
  });

  it('lists the reference fields of every schema (the editor shows each as a picker)', () => {
    expect(referenceFields(planFile).map((r) => r.field)).toEqual([
      'agreement',
      'partners[]',
      'document',
      'areas[].tasks[].lead[]',
      'areas[].tasks[].coordinating[]',
      'sources[]',
    ]);
  });

  it('leaves no reference unmarked: every value in the content that names an entry, term or document sits in a ref() field', () => {
    const content = resolve(import.meta.dirname, '../../content');
    const ids = new Set<string>([
      ...Object.keys(fileSchemas).flatMap((type) => readdirSync(join(content, type))),
      ...readdirSync(join(content, 'glossary')).map((f) => f.replace(/\.ya?ml$/, '')),
    ]);
    const unmarked: string[] = [];
    // Free-text and id fields only: a value of a closed list (an enum such as areas: [health]) is no reference.
    const walk = (schema: z.ZodType, value: unknown, path: string, marked: Set<string>, where: string) => {
      const kind = kindOf(schema);
      if (typeof value === 'string') {
        if (kind === 'string' && ids.has(value) && !marked.has(path) && !/(^|\.)id$/.test(path)) unmarked.push(`${where} ${path} = ${value}`);
      } else if (Array.isArray(value) && kind === 'array') value.forEach((v, i) => walk(elementOf(schema), v, `${path}[${i}]`, marked, where));
      else if (value && typeof value === 'object' && kind === 'object') {
        for (const [k, v] of Object.entries(value)) if (shapeOf(schema)[k]) walk(shapeOf(schema)[k], v, path ? `${path}.${k}` : k, marked, where);
      }
    };
    for (const [type, schema] of Object.entries(fileSchemas)) {
      for (const slug of readdirSync(join(content, type))) {
        const text = readFileSync(join(content, type, slug, 'index.vi.mdx'), 'utf8');
        const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]);
        const marked = new Set(referencesIn(schema, schema.parse(data)).map((r) => r.field));
        walk(schema, schema.parse(data), '', marked, `${type}/${slug}`);
      }
    }
    expect(unmarked).toEqual([]);
  });
});
