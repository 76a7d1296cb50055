/**
 * Field markers read by the build and the editor configuration, so that each fact about a field is
 * declared once, in its schema:
 *   ref('partners')         the id of another entry (or glossary term, source document): checked to exist,
 *                           and a picker in the editor, never a typed id;
 *   translated(z.string())  text written in every language (the Vietnamese file holds the facts and the
 *                           Vietnamese text; a translation holds only translated fields).
 * The helpers below walk a schema to find these markers (references, translated fields).
 */
import { z } from 'astro/zod';

/** What a reference may point to: an entry type, a glossary term or a source document. */
export type RefTarget = 'partners' | 'agreements' | 'plans' | 'events' | 'news' | 'standalone' | 'glossary' | 'sources';

/** What the build knows about one field beyond its type. */
export interface FieldMarks {
  /** The collection whose ids the field holds. */
  ref?: RefTarget;
  /** Written in every language; `textKey` names the map the page reads item texts from (by item id). */
  translated?: { textKey?: string };
}

const marks = new WeakMap<z.ZodType, FieldMarks>();

/** The marks of a schema (after unwrapping optional/default/preprocess wrappers). */
export function marksOf(schema: z.ZodType): FieldMarks {
  return marks.get(schema) ?? marks.get(unwrap(schema)) ?? {};
}

/** The id of an entry of `target` (a folder name, a glossary term id or a source document id). */
export function ref(target: RefTarget) {
  const schema = z.string({
    error: `expected the id of ${target === 'glossary' ? 'a glossary term' : target === 'sources' ? 'a source document' : `an entry of ${target}`}`,
  });
  marks.set(schema, { ref: target });
  return schema;
}

/** Marks `schema` as text written in every language (`textKey`: the page's map of item texts, by id). */
export function translated<S extends z.ZodType>(schema: S, textKey?: string): S {
  marks.set(schema, { ...marks.get(schema), translated: { textKey } });
  return schema;
}

/** The schema inside optional, nullable, default and preprocess wrappers. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let s: any = schema;
  for (;;) {
    if (marks.has(s)) return s;
    const def = s._zod.def;
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default' || def.type === 'prefault' || def.type === 'nonoptional')
      s = def.innerType;
    else if (def.type === 'pipe') s = def.out._zod.def.type === 'transform' ? def.in : def.out;
    else return s;
  }
}

/** The kind of a schema once unwrapped: object, array, string, number, enum … */
export const kindOf = (schema: z.ZodType): string => (unwrap(schema) as any)._zod.def.type;

/** The fields of an object schema. */
export const shapeOf = (schema: z.ZodType): Record<string, z.ZodType> => (unwrap(schema) as any)._zod.def.shape;

/** The item schema of an array schema. */
export const elementOf = (schema: z.ZodType): z.ZodType => (unwrap(schema) as any)._zod.def.element;

/** Whether a value may be left out (optional or with a default). */
export function isOptional(schema: z.ZodType): boolean {
  let s: any = schema;
  for (;;) {
    const def = s._zod.def;
    if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault') return true;
    if (marks.has(s)) return false;
    if (def.type === 'nullable') s = def.innerType;
    else if (def.type === 'pipe') s = def.out._zod.def.type === 'transform' ? def.in : def.out;
    else return false;
  }
}

/** Whether `schema` is, or holds somewhere inside, a translated field. */
export function holdsTranslated(schema: z.ZodType): boolean {
  if (marksOf(schema).translated) return true;
  const kind = kindOf(schema);
  if (kind === 'object') return Object.values(shapeOf(schema)).some(holdsTranslated);
  if (kind === 'array') return holdsTranslated(elementOf(schema));
  return false;
}

/** One reference found in data: where, which value, and to what. */
export interface FoundRef {
  field: string;
  value: unknown;
  target: RefTarget;
}

/** Every reference in `data`, following the marks in `schema` (so a new ref field cannot escape checking). */
export function referencesIn(schema: z.ZodType, data: unknown, path = ''): FoundRef[] {
  if (data === undefined || data === null) return [];
  const { ref: target } = marksOf(schema);
  if (target) return [{ field: path, value: data, target }];
  const kind = kindOf(schema);
  if (kind === 'object' && typeof data === 'object') {
    return Object.entries(shapeOf(schema)).flatMap(([key, field]) => referencesIn(field, (data as any)[key], path ? `${path}.${key}` : key));
  }
  if (kind === 'array' && Array.isArray(data)) return data.flatMap((item, i) => referencesIn(elementOf(schema), item, `${path}[${i}]`));
  return [];
}

/** Every field path of `schema` that holds a reference, with its target ("areas[].tasks[].lead[]"). */
export function referenceFields(schema: z.ZodType, path = ''): Array<{ field: string; target: RefTarget }> {
  const { ref: target } = marksOf(schema);
  if (target) return [{ field: path, target }];
  const kind = kindOf(schema);
  if (kind === 'object') return Object.entries(shapeOf(schema)).flatMap(([key, f]) => referenceFields(f, path ? `${path}.${key}` : key));
  if (kind === 'array') return referenceFields(elementOf(schema), `${path}[]`);
  return [];
}
