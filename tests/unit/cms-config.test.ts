// The editor's configuration (public/admin/config.yml) is generated from the schemas: it is up to
// date, every schema field is an editor field with the same required-ness, every reference is a
// picker (never a typed id), and translated fields — only they — are edited in every language.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { z } from 'astro/zod';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { cmsConfigYaml } from '../../src/lib/cms-config';
import { locales } from '../../src/i18n/locales';
import { fileSchemas, glossaryTerm } from '../../src/schemas/entries';
import { elementOf, isOptional, kindOf, marksOf, shapeOf } from '../../src/schemas/fields';

const committed = readFileSync(resolve(import.meta.dirname, '../../public/admin/config.yml'), 'utf8');
const config = parse(committed);
const collection = (name: string) => config.collections.find((c: any) => c.name === name);

/** Compares schema fields with editor fields, recursively; returns every mismatch. */
function mismatches(schema: z.ZodType, fields: any[], path: string): string[] {
  const shape = shapeOf(schema);
  const byName = new Map(fields.map((f) => [f.name, f]));
  return Object.entries(shape).flatMap(([name, field]) => {
    const f = byName.get(name);
    const at = `${path}.${name}`;
    if (!f) return [`${at}: no editor field`];
    const found: string[] = [];
    if (f.required !== !isOptional(field)) found.push(`${at}: required ${f.required}, schema ${!isOptional(field)}`);
    const target = marksOf(field).ref ?? (kindOf(field) === 'array' ? marksOf(elementOf(field)).ref : undefined);
    if (target && (f.widget !== 'relation' || f.collection !== target)) found.push(`${at}: a reference to ${target} must be a relation picker`);
    if (!!marksOf(field).translated !== (f.i18n === true)) found.push(`${at}: translated ${!!marksOf(field).translated}, editor i18n ${f.i18n}`);
    if (kindOf(field) === 'object') found.push(...mismatches(field, f.fields ?? [], at));
    if (kindOf(field) === 'array' && kindOf(elementOf(field)) === 'object') found.push(...mismatches(elementOf(field), f.fields ?? [], at));
    return found;
  });
}

describe('the editor configuration', () => {
  it('is the one generated from the schemas (run npm run cms:config after changing a schema)', () => {
    expect(committed).toBe(cmsConfigYaml());
  });

  it('edits Vietnamese first and required, the other languages of the locale table side by side and optional', () => {
    expect(config.i18n).toMatchObject({ structure: 'multiple_files', locales, default_locale: 'vi', initial_locales: ['vi'] });
    expect(locales[0]).toBe('vi');
  });

  it('has a collection for every kind of content, named as the entry types, in the layout the build reads', () => {
    expect(config.collections.map((c: any) => c.name).sort()).toEqual([
      'agreements',
      'events',
      'glossary',
      'news',
      'partners',
      'plans',
      'sources',
      'standalone',
    ]);
    for (const type of Object.keys(fileSchemas)) {
      expect(collection(type)).toMatchObject({ folder: `content/${type}`, path: '{{slug}}/index', extension: 'mdx', format: 'frontmatter', i18n: true });
    }
    expect(collection('glossary')).toMatchObject({ folder: 'content/glossary', extension: 'yaml', format: 'yaml' });
  });

  it('mirrors every schema field: same required-ness, references as pickers, only translated fields per language', () => {
    const found = Object.entries(fileSchemas).flatMap(([type, schema]) => mismatches(schema, collection(type).fields, type));
    found.push(...mismatches(glossaryTerm, collection('glossary').fields, 'glossary'));
    expect(found).toEqual([]);
  });

  it('checks dates as the schemas do (month- and year-only dates accepted), and labels every field in Vietnamese and English', () => {
    const published = collection('news').fields.find((f: any) => f.name === 'published');
    const [pattern, message] = published.pattern;
    const re = new RegExp(pattern);
    expect(['2024-09-12', '2024-09', '2024'].every((d) => re.test(d))).toBe(true);
    expect(['12/09/2024', '2024-13', '2024-9-1'].some((d) => re.test(d))).toBe(false);
    expect(message).toMatch(/NNNN-TT-NN.*·.*YYYY-MM-DD/);
    const labels = JSON.stringify(config.collections).match(/"label":"[^"]*"/g)!;
    expect(labels.filter((l) => !l.includes(' · '))).toEqual([]);
  });

  it('picks task agencies from the glossary, by name, in the plan task table', () => {
    const tasks = collection('plans')
      .fields.find((f: any) => f.name === 'areas')
      .fields.find((f: any) => f.name === 'tasks');
    const lead = tasks.fields.find((f: any) => f.name === 'lead');
    expect(lead).toMatchObject({ widget: 'relation', collection: 'glossary', multiple: true, min: 1, display_fields: ['vi', 'en'] });
    expect(tasks.fields.find((f: any) => f.name === 'text')).toMatchObject({ i18n: true });
    expect(tasks.fields.find((f: any) => f.name === 'id')).toMatchObject({ i18n: 'duplicate' });
  });
});
