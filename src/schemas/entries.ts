/**
 * Schemas of the content. Each entry is a folder content/<type>/<slug>/ holding index.vi.mdx (the
 * language-neutral facts, once, and the Vietnamese text) and index.en.mdx, index.ko.mdx, index.lo.mdx
 * (translations: only the fields marked translated(), plus the ids of the list items they belong to,
 * which must equal the Vietnamese ones). The same layout holds source documents (content/sources/);
 * glossary terms are one YAML file each (content/glossary/<id>.yaml).
 * Translation schemas are derived (translationSchema) and strict: a fact written into a translation fails.
 */
import { z } from 'astro/zod';
import { locales, type Locale } from '../i18n/locales.ts';
import { cooperationArea, notes, partialDate, publication, slugPattern, sources, year } from './common.ts';
import { elementOf, holdsTranslated, isOptional, kindOf, marksOf, ref, shapeOf, translated } from './fields.ts';
import { agreementRules, eventRules, newsRules, pageRules, partnerRules, planRules } from './rules.ts';

const itemId = z.string().regex(slugPattern, { error: 'expected an id of lowercase letters, digits and hyphens' });

/** A text written in every language (required). */
const text = (what: string, textKey?: string) =>
  translated(z.string({ error: `expected ${what} (text)` }).min(1, { error: `${what} must not be empty` }), textKey);

/** What every entry carries: a title and a one-sentence summary (translated), editors' notes (not). */
const entryBase = {
  title: text('a title'),
  summary: text('a one-sentence summary'),
  notes,
};

/** An entry file's frontmatter: strict, so a misspelt field fails instead of being ignored. */
const fileObject = <S extends z.ZodRawShape>(shape: S) => z.strictObject(shape);

// ── Partner localities ──────────────────────────────────────────────────────────────────────────
/** A foreign partner locality: facts, its name (title) and the texts of its dated history. */
export const partnerFile = fileObject({
  ...entryBase,
  /** The wider region, when it is not itself a partner entry (e.g. "Jiangsu province, China"). */
  region: translated(z.string().min(1).optional()),
  country: z.string().regex(/^[A-Z]{2}$/, { error: 'expected an ISO 3166 country code such as KR, LA, JP, CN, PL' }),
  level: z.enum(['province', 'city', 'district'], { error: 'expected province, city or district' }),
  nativeName: z.string({ error: "expected the locality's name in its own script, e.g. 충청남도" }),
  parent: ref('partners').optional(),
  vietnameseParty: ref('glossary'),
  status: z.enum(['agreement', 'letter-of-intent', 'exchanges', 'proposal', 'planned'], {
    error: 'expected agreement, letter-of-intent, exchanges, proposal or planned',
  }),
  areas: z.array(cooperationArea).default([]),
  coordinates: z.tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)]).optional(),
  history: z
    .array(z.strictObject({ id: itemId, date: partialDate, source: ref('sources'), text: text('the text of this history item', 'history') }))
    .default([]),
  sources,
  ...publication,
}).superRefine(partnerRules);

// ── Cooperation agreements ──────────────────────────────────────────────────────────────────────
/** A cooperation agreement (signed, letter of intent, or planned). */
export const agreementFile = fileObject({
  ...entryBase,
  vietnameseParty: ref('glossary'),
  partners: z.array(ref('partners')).min(1, { error: 'an agreement names at least one partner id' }),
  status: z.enum(['signed', 'letter-of-intent', 'planned'], { error: 'expected signed, letter-of-intent or planned' }),
  signed: partialDate.optional(),
  term: z.strictObject({ from: year, to: year }).optional(),
  areas: z.array(cooperationArea).default([]),
  sources,
  ...publication,
}).superRefine(agreementRules);

// ── Implementation plans ────────────────────────────────────────────────────────────────────────
/** When a task is due, as the plan states it. */
export const timeframe = z
  .strictObject({
    years: z.array(year).optional(),
    /** Every year; the editor's checkbox writes false when unticked, which means the same as leaving it out. */
    annual: z
      .boolean()
      .optional()
      .transform((v) => v || undefined),
    fromSchoolYear: z
      .string()
      .regex(/^\d{4}-\d{4}$/, { error: 'expected a school year such as 2025-2026' })
      .optional(),
  })
  .refine((t) => t.years || t.annual || t.fromSchoolYear, {
    error: 'a timeframe needs years: [2024], annual: true or fromSchoolYear: 2025-2026',
  });

/** A plan document: its source, budget and task table grouped by area (agencies are glossary terms). */
export const planFile = fileObject({
  ...entryBase,
  /** The agreement it implements, if any (a plan may also be a programme or roadmap of its own). */
  agreement: ref('agreements').optional(),
  /** Partner localities (or none) the plan concerns. */
  partners: z.array(ref('partners')).default([]),
  document: ref('sources'),
  replaces: z.strictObject({ number: z.string(), date: partialDate }).optional(),
  period: z.strictObject({ from: year, to: year }),
  budget: z
    .strictObject({
      amount: z.number().nonnegative(),
      currency: z.literal('VND'),
      /** Parts of the total as the document lists them. */
      breakdown: z
        .array(z.strictObject({ id: itemId, amount: z.number().nonnegative(), label: text('the label of this part of the budget', 'budget') }))
        .default([]),
    })
    .optional(),
  areas: z
    .array(
      z.strictObject({
        id: itemId,
        title: text('the heading of this area', 'areas'),
        tasks: z
          .array(
            z.strictObject({
              id: z.string().regex(/^[0-9]+(?:\.[0-9]+)*$/, { error: 'expected a task number such as 2.1' }),
              text: text('the text of this task', 'tasks'),
              lead: z.array(ref('glossary')).min(1, { error: 'a task needs at least one lead agency' }),
              coordinating: z.array(ref('glossary')).default([]),
              timeframe,
            }),
          )
          .min(1),
      }),
    )
    .min(1),
  sources,
  ...publication,
}).superRefine(planRules);

// ── Events ──────────────────────────────────────────────────────────────────────────────────────
/** An event: when, whether it was held or is planned, and who took part. */
export const eventFile = fileObject({
  ...entryBase,
  start: partialDate,
  end: partialDate.optional(),
  status: z.enum(['held', 'planned', 'postponed'], {
    error: 'expected held (a document reports it), planned (a plan schedules it) or postponed (a document reports it was put off)',
  }),
  /** Recurs every year on the same day(s) as `start`/`end`, up to and including `until`. */
  recurring: z.literal('annual').optional(),
  until: year.optional(),
  partners: z.array(ref('partners')).default([]),
  agreement: ref('agreements').optional(),
  plan: ref('plans').optional(),
  sources,
  ...publication,
}).superRefine(eventRules);

// ── News ────────────────────────────────────────────────────────────────────────────────────────
/** A news article (dated by its `published` date). */
export const newsFile = fileObject({
  ...entryBase,
  partners: z.array(ref('partners')).default([]),
  agreements: z.array(ref('agreements')).default([]),
  sources,
  ...publication,
}).superRefine(newsRules);

// ── Standalone pages ────────────────────────────────────────────────────────────────────────────
/** A figure quoted from a source, with the date it refers to and its label. */
export const figure = z.strictObject({
  id: itemId,
  label: text('the label of this figure', 'figures'),
  /** In whole units: 6822 million USD is written 6822000000 and shown per locale (6.822 billion, 68.22억 …). */
  value: z.number({ error: 'expected a number in whole units, e.g. 3895 or 6822000000' }),
  unit: z.enum(['km2', 'people', 'percent', 'percent-per-year', 'usd', 'vnd', 'projects', 'countries'], {
    error: 'expected a unit listed in src/schemas/entries.ts (figure.unit)',
  }),
  qualifier: z.enum(['over', 'about', 'estimated']).optional(),
  asOf: partialDate,
  source: ref('sources'),
});

/** A standalone page (province profile, investment, about): figures it quotes, charts, sources. */
export const pageFile = fileObject({
  ...entryBase,
  figures: z.array(figure).default([]),
  /** Cooperation priorities of districts/cities: who, in which areas, with which partner countries. */
  priorities: z
    .array(
      z.strictObject({
        id: itemId,
        text: text('the text of this priority', 'priorities'),
        localities: z.array(ref('glossary')).min(1),
        areas: z.array(cooperationArea).default([]),
        countries: z.array(z.string().regex(/^[A-Z]{2}$/, { error: 'expected ISO 3166 country codes such as KR, CN, JP' })).default([]),
        source: ref('sources'),
      }),
    )
    .default([]),
  /** Bar charts drawn at build time, each comparing figures of one unit (by figure id). */
  charts: z
    .array(
      z.strictObject({
        id: itemId,
        title: text('the title of this chart', 'charts'),
        figures: z.array(itemId).min(2, { error: 'a chart compares at least two figures' }),
      }),
    )
    .default([]),
  sources: z.array(ref('sources')).default([]),
  ...publication,
}).superRefine(pageRules);

// ── Source documents and glossary ───────────────────────────────────────────────────────────────
/** A source document: the only basis of the site's facts. A blank number stays null. */
export const sourceFile = fileObject({
  title: text('the title of the document'),
  notes,
  /** Left empty (null) where the document leaves its number blank; the editor writes an empty field as "". */
  number: z.preprocess((v) => (v === '' || v === undefined ? null : v), z.string().nullable()),
  date: partialDate,
  issuer: ref('glossary'),
  file: z.string(),
});

/** A glossary term (agency, place, organisation) with its name in every language: one file per term. */
export const glossaryTerm = z.strictObject({
  kind: z.enum(['agency', 'locality', 'organisation'], { error: 'expected agency, locality or organisation' }),
  ...(Object.fromEntries(locales.map((l) => [l, z.string({ error: `expected the ${l} text` }).min(1, { error: `expected the ${l} text` })])) as Record<
    Locale,
    z.ZodString
  >),
  notes,
});

/** The file schema of each kind of folder entry (its Vietnamese file). */
export const fileSchemas = {
  partners: partnerFile,
  agreements: agreementFile,
  plans: planFile,
  events: eventFile,
  news: newsFile,
  standalone: pageFile,
  sources: sourceFile,
} as const;

/** Kinds of folder entry: the site's entry types and the source documents. */
export type FolderType = keyof typeof fileSchemas;

// ── Translations, derived ───────────────────────────────────────────────────────────────────────
/**
 * The schema of a translation of `file`: only translated fields, and the lists and objects holding
 * them (list items keep their `id`, copied from the Vietnamese file). Strict: anything else is a fact,
 * and facts are written once, in index.vi.mdx.
 */
export function translationSchema(file: z.ZodType): z.ZodType {
  const derive = (schema: z.ZodType, top: boolean): z.ZodType => {
    if (marksOf(schema).translated) return schema;
    if (kindOf(schema) === 'array') return z.array(derive(elementOf(schema), false)).optional();
    const shape = shapeOf(schema);
    const kept = Object.fromEntries(
      Object.entries(shape).flatMap(([key, field]): Array<[string, z.ZodType]> =>
        holdsTranslated(field) ? [[key, derive(field, false)]] : key === 'id' && !top ? [[key, z.string()]] : [],
      ),
    );
    const object = z.strictObject(kept, {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `${issue.keys.join(', ')}: not a translated field; facts are written once, in index.vi.mdx beside this file (a translation holds only: ${Object.keys(kept).join(', ')})`
          : undefined,
    });
    return top || !isOptional(schema) ? object : object.optional();
  };
  return derive(file, true);
}

/** The derived translation schema of each kind of folder entry. */
export const translationSchemas = Object.fromEntries(Object.entries(fileSchemas).map(([type, schema]) => [type, translationSchema(schema)])) as Record<
  FolderType,
  z.ZodType
>;

/**
 * The text of an entry in one language, as pages read it: title, summary, region, and the texts of
 * list items keyed by item id (history, areas, tasks, budget, figures, priorities, charts).
 */
export interface EntryText {
  title: string;
  summary: string;
  region?: string;
  history: Record<string, string>;
  areas: Record<string, string>;
  tasks: Record<string, string>;
  budget: Record<string, string>;
  figures: Record<string, string>;
  priorities: Record<string, string>;
  charts: Record<string, string>;
}

/** Gathers the translated fields of `data` (a file's frontmatter) into an EntryText, following `schema`'s marks. */
export function textOf(schema: z.ZodType, data: any): EntryText {
  const out: any = { history: {}, areas: {}, tasks: {}, budget: {}, figures: {}, priorities: {}, charts: {} };
  const visit = (s: z.ZodType, value: any, key: string, itemId: string | undefined) => {
    if (value === undefined || value === null) return;
    const mark = marksOf(s).translated;
    if (mark) {
      if (mark.textKey) out[mark.textKey][itemId!] = value;
      else out[key] = value;
      return;
    }
    const kind = kindOf(s);
    if (kind === 'array' && Array.isArray(value)) value.forEach((item) => visit(elementOf(s), item, key, itemId));
    else if (kind === 'object' && typeof value === 'object') {
      for (const [k, f] of Object.entries(shapeOf(s))) if (holdsTranslated(f)) visit(f, value[k], k, value.id ?? itemId);
    }
  };
  visit(schema, data, '', undefined);
  return out;
}

/** The facts of `data` (a Vietnamese file's frontmatter): everything but the translated fields. */
export function factsOf(schema: z.ZodType, data: any): any {
  if (marksOf(schema).translated) return undefined;
  if (data === undefined || data === null) return data;
  const kind = kindOf(schema);
  if (kind === 'array' && Array.isArray(data)) return data.map((item) => factsOf(elementOf(schema), item));
  if (kind === 'object' && typeof data === 'object' && !Array.isArray(data)) {
    const shape = shapeOf(schema);
    return Object.fromEntries(
      Object.entries(data).flatMap(([k, v]) => (shape[k] && marksOf(shape[k]).translated ? [] : [[k, shape[k] ? factsOf(shape[k], v) : v]])),
    );
  }
  return data;
}
