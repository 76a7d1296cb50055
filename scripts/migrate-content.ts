// npm run content:migrate — converts content/ from the old layout to the one the editor (Sveltia CMS) writes:
//   <type>/<slug>/facts.yaml + vi.mdx, en.mdx …  →  <type>/<slug>/index.vi.mdx (facts + Vietnamese text),
//                                                  index.en.mdx … (translated fields only)
//   sources.yaml (a map of documents)            →  sources/<id>/index.<locale>.mdx
//   glossary/<kind>.yaml (maps of terms)         →  glossary/<id>.yaml (one term per file)
// The comments of facts.yaml (provenance: quotes from the source documents) move into the `notes`
// field, which the editor shows and keeps. Re-runnable: folders already converted are left alone, and a
// folder holding both layouts (after merging a branch that edited old files) is converted again.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, isMap, isPair, isScalar, isSeq, parse, parseDocument, stringify, visit } from 'yaml';
import { defaultLocale, locales } from '../src/i18n/locales.ts';
import { entryTypes } from '../src/lib/entry-types.ts';
import { factsOf, fileSchemas, textOf } from '../src/schemas/entries.ts';
import { elementOf, holdsTranslated, kindOf, marksOf, shapeOf } from '../src/schemas/fields.ts';
import type { z } from 'astro/zod';

const contentDir = process.env.CONTENT_DIR ?? 'content';
const log: string[] = [];

/** Frontmatter and body of an MDX file. */
function splitMdx(text: string): { data: any; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return m ? { data: parse(m[1]) ?? {}, body: m[2] } : { data: {}, body: text };
}

/** Writes an MDX file: YAML frontmatter (no line folding) then the body as it was. */
function writeMdx(file: string, data: any, body: string) {
  const doc = new Document(data);
  // Short lists of ids, numbers or years stay on one line, as they were written: [kh-41-2017, qd-942-2021]
  visit(doc, { Seq: (_, seq) => void (isSeq(seq) && seq.items.every((i) => isScalar(i) && String(i.value).length < 40) && (seq.flow = true)) });
  const yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  writeFileSync(file, `---\n${yaml}---\n${body.startsWith('\n') || body === '' ? body : `\n${body}`}`);
}

/**
 * The comments of a YAML file as notes: whole-line comments as they stand, a comment after a value
 * prefixed with where it stood (the item id or the key), so no provenance note is lost.
 */
function commentsAsNotes(text: string): string | undefined {
  const doc = parseDocument(text);
  const notes: string[] = [];
  const add = (comment: string | null | undefined, where?: string) => {
    if (!comment) return;
    const lines = comment
      .split('\n')
      .map((l) => l.replace(/^ ?/, ''))
      .join('\n')
      .trim();
    if (lines) notes.push(where ? `${where}: ${lines}` : lines);
  };
  add(doc.commentBefore);
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair)) return;
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      add((pair.key as any)?.commentBefore);
      add((pair.value as any)?.commentBefore);
      add((pair.value as any)?.comment, isScalar(pair.value) ? key : undefined);
    },
    Map(_, map) {
      if (!isMap(map)) return;
      const id = map.get('id');
      add(map.commentBefore);
      add(map.comment, id !== undefined ? `${id}` : undefined);
    },
    Seq(_, seq) {
      if (isSeq(seq)) add(seq.commentBefore);
    },
    Scalar(_, scalar) {
      if (isScalar(scalar)) add(scalar.commentBefore);
    },
  });
  add(doc.comment);
  return notes.length ? [...new Set(notes)].join('\n\n') : undefined;
}

/** Places translated texts (page maps by id, as the old files kept them) into the items they belong to. */
function withTexts(schema: z.ZodType, facts: any, text: any, onlyTranslated: boolean): any {
  const walk = (s: z.ZodType, value: any): any => {
    const kind = kindOf(s);
    if (kind === 'array' && Array.isArray(value)) return value.map((item) => walk(elementOf(s), item));
    if (kind !== 'object' || value === null || typeof value !== 'object') return value;
    const out: any = {};
    for (const [key, field] of Object.entries(shapeOf(s))) {
      const mark = marksOf(field).translated;
      if (mark?.textKey) {
        if (key in out || value.id === undefined) continue;
        const t = text?.[mark.textKey]?.[value.id];
        if (t !== undefined) out[key] = t;
      } else if (!mark && key in value) {
        if (onlyTranslated && key !== 'id' && !holdsTranslated(field)) continue;
        out[key] = walk(field, value[key]);
      }
    }
    for (const [key, v] of Object.entries(value)) if (!(key in out) && !onlyTranslated && !(key in shapeOf(s))) out[key] = v;
    return out;
  };
  return walk(schema, facts);
}

/** Top-level translated fields (title, summary, region) of an old text file, in schema order. */
function topTexts(schema: z.ZodType, text: any): any {
  return Object.fromEntries(
    Object.entries(shapeOf(schema)).flatMap(([key, f]) =>
      marksOf(f).translated && !marksOf(f).translated!.textKey && text[key] !== undefined ? [[key, text[key]]] : [],
    ),
  );
}

/** Drops empty lists and objects that hold no translated text (a translation carries only text). */
function pruneEmpty(value: any): any {
  if (Array.isArray(value)) return value.length ? value.map(pruneEmpty) : undefined;
  if (value && typeof value === 'object') {
    const kept = Object.fromEntries(
      Object.entries(value)
        .map(([k, v]) => [k, pruneEmpty(v)])
        .filter(([, v]) => v !== undefined),
    );
    return Object.keys(kept).length ? kept : undefined;
  }
  return value;
}

/** Frontmatter and body of a file in either layout, or undefined when there is none. */
function readText(dir: string, names: string[]): { file: string; data: any; body: string } | undefined {
  const file = names.map((n) => join(dir, n)).find(existsSync);
  return file ? { file, ...splitMdx(readFileSync(file, 'utf8')) } : undefined;
}

/**
 * Converts one entry folder; returns false when it holds nothing of the old layout. A folder may hold
 * both layouts (e.g. after merging a branch that still edited facts.yaml or en.mdx): the old files are
 * the newer edits, so their facts and texts win over those of index.<locale>.mdx, and the result is
 * written in the new layout.
 */
function migrateEntry(type: keyof typeof fileSchemas, dir: string): boolean {
  const schema = fileSchemas[type];
  const factsFile = ['facts.yaml', 'facts.yml'].map((f) => join(dir, f)).find(existsSync);
  const oldTexts = locales.filter((l) => ['mdx', 'md'].some((ext) => existsSync(join(dir, `${l}.${ext}`))));
  if (!factsFile && oldTexts.length === 0) return false;
  const current = readText(dir, ['index.vi.mdx', 'index.vi.md']);
  const factsText = factsFile ? readFileSync(factsFile, 'utf8') : undefined;
  const facts = factsText !== undefined ? (parse(factsText) ?? {}) : factsOf(schema, current?.data ?? {});
  const notes = factsText !== undefined ? (commentsAsNotes(factsText) ?? current?.data?.notes) : current?.data?.notes;
  for (const locale of locales) {
    const old = readText(dir, [`${locale}.mdx`, `${locale}.md`]);
    const now = readText(dir, [`index.${locale}.mdx`, `index.${locale}.md`]);
    const source = old ?? now;
    if (!source) continue;
    // The old layout keeps texts in maps by id; the new one beside each item: read either.
    const text = old ? old.data : { ...textOf(schema, now!.data), ...topTexts(schema, now!.data) };
    const data =
      locale === defaultLocale
        ? { ...topTexts(schema, text), ...(notes ? { notes } : {}), ...withTexts(schema, facts, text, false) }
        : { ...topTexts(schema, text), ...(pruneEmpty(withTexts(schema, facts, text, true)) ?? {}) };
    if (now && old) rmSync(now.file);
    writeMdx(join(dir, `index.${locale}${source.file.endsWith('.md') ? '.md' : '.mdx'}`), data, source.body);
    if (old) rmSync(old.file);
  }
  if (factsFile) rmSync(factsFile);
  return true;
}

for (const type of entryTypes) {
  const base = join(contentDir, type);
  if (!existsSync(base)) continue;
  let n = 0;
  for (const slug of readdirSync(base).sort()) if (statSync(join(base, slug)).isDirectory() && migrateEntry(type, join(base, slug))) n++;
  log.push(`${type}: ${n} entries converted`);
}

// Source documents: one folder each, the title translated, the rest facts in the Vietnamese file.
const sourcesFile = join(contentDir, 'sources.yaml');
if (existsSync(sourcesFile)) {
  const text = readFileSync(sourcesFile, 'utf8');
  const doc = parseDocument(text);
  const docs = parse(text) as Record<string, any>;
  for (const [id, { title, ...facts }] of Object.entries(docs)) {
    const dir = join(contentDir, 'sources', id);
    mkdirSync(dir, { recursive: true });
    const node = (doc.contents as any).items.find((p: any) => p.key.value === id);
    const notes = node ? commentsAsNotes(stringify(node.value)) : undefined;
    for (const locale of locales) {
      if (!title?.[locale]) continue;
      const data = locale === defaultLocale ? { title: title[locale], ...(notes ? { notes } : {}), ...facts } : { title: title[locale] };
      writeMdx(join(dir, `index.${locale}.mdx`), data, '');
    }
  }
  rmSync(sourcesFile);
  log.push(`sources: ${Object.keys(docs).length} documents converted`);
}

// Glossary: one file per term, named after its id; a comment beside a term becomes its notes.
const glossaryDir = join(contentDir, 'glossary');
if (existsSync(glossaryDir)) {
  let n = 0;
  for (const name of readdirSync(glossaryDir).filter((f) => /\.ya?ml$/.test(f))) {
    const file = join(glossaryDir, name);
    const text = readFileSync(file, 'utf8');
    const terms = parse(text) ?? {};
    if ('kind' in terms) continue; // already one term per file
    const doc = parseDocument(text);
    const items = (doc.contents as any).items as any[];
    for (const [id, term] of Object.entries<any>(terms)) {
      const at = items.findIndex((p: any) => p.key.value === id);
      // The comment before the first term describes the whole old file, not the term.
      const inline = items[at]?.value?.comment ?? (at > 0 ? items[at]?.key?.commentBefore : undefined);
      const notes = inline ? String(inline).trim() : undefined;
      writeFileSync(join(glossaryDir, `${id}.yaml`), stringify({ ...term, ...(notes ? { notes } : {}) }, { lineWidth: 0 }));
      n++;
    }
    rmSync(file);
  }
  log.push(`glossary: ${n} terms converted`);
}

console.log(log.join('\n'));
