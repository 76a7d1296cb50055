/**
 * Schemas of the entry collections. Each entry is a folder content/<collection>/<slug>/ holding
 * facts.yaml (language-neutral facts, once) and vi.mdx, en.mdx, ko.mdx, lo.mdx (translated text only).
 * Translation schemas are strict: a fact written into a translation fails the build.
 */
import { z } from 'astro/zod';
import { locales, type Locale } from '../i18n/locales';
import { cooperationArea, partialDate, publication, ref, slugPattern, sources, year } from './common';

const itemId = z.string().regex(slugPattern, { error: 'expected an id of lowercase letters, digits and hyphens' });

/** Text every translation carries: a title and a one-sentence summary. */
const textBase = {
  title: z.string({ error: 'expected a title (text)' }).min(1, { error: 'the title must not be empty' }),
  summary: z.string({ error: 'expected a one-sentence summary (text)' }).min(1, { error: 'the summary must not be empty' }),
};

/**
 * A translation's frontmatter: strict, so a fact written into a translation (country, dates …)
 * fails with a message saying where facts belong.
 */
function textObject<S extends z.ZodRawShape>(shape: S) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `${issue.keys.join(', ')}: not a translated field; facts are written once, in facts.yaml beside this file (translations hold only: ${Object.keys(shape).join(', ')})`
        : undefined,
  });
}

/** Per-item texts keyed by the ids used in facts.yaml (history items, task ids …). */
const textsById = z.record(z.string(), z.string().min(1));

// ── Partner localities ──────────────────────────────────────────────────────────────────────────
/** Facts about a foreign partner locality. */
export const partnerFacts = z.strictObject({
  country: z.string().regex(/^[A-Z]{2}$/, { error: 'expected an ISO 3166 country code such as KR, LA, JP, CN, PL' }),
  level: z.enum(['province', 'city', 'district'], { error: 'expected province, city or district' }),
  nativeName: z.string({ error: "expected the locality's name in its own script, e.g. 충청남도" }),
  parent: ref.optional(),
  vietnameseParty: ref,
  status: z.enum(['agreement', 'letter-of-intent', 'exchanges', 'proposal', 'planned'], {
    error: 'expected agreement, letter-of-intent, exchanges, proposal or planned',
  }),
  areas: z.array(cooperationArea).default([]),
  coordinates: z.tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)]).optional(),
  history: z
    .array(z.strictObject({ id: itemId, date: partialDate, source: ref }))
    .default([]),
  sources,
  ...publication,
});

/** Translated text about a partner: its name is the title; history texts keyed by history id. */
export const partnerText = textObject({
  ...textBase,
  /** The wider region, when it is not itself a partner entry (e.g. "Jiangsu province, China"). */
  region: z.string().min(1).optional(),
  history: textsById.default({}),
});

// ── Cooperation agreements ──────────────────────────────────────────────────────────────────────
/** Facts about a cooperation agreement (signed, letter of intent, or planned). */
export const agreementFacts = z.strictObject({
  vietnameseParty: ref,
  partners: z.array(ref).min(1, { error: 'an agreement names at least one partner id' }),
  status: z.enum(['signed', 'letter-of-intent', 'planned'], { error: 'expected signed, letter-of-intent or planned' }),
  signed: partialDate.optional(),
  term: z.strictObject({ from: year, to: year }).optional(),
  areas: z.array(cooperationArea).default([]),
  sources,
  ...publication,
});

/** Translated text of an agreement. */
export const agreementText = textObject({ ...textBase });

// ── Implementation plans ────────────────────────────────────────────────────────────────────────
/** When a task is due, as the plan states it. */
export const timeframe = z
  .strictObject({
    years: z.array(year).optional(),
    annual: z.literal(true).optional(),
    fromSchoolYear: z.string().regex(/^\d{4}-\d{4}$/, { error: 'expected a school year such as 2025-2026' }).optional(),
  })
  .refine((t) => t.years || t.annual || t.fromSchoolYear, {
    error: 'a timeframe needs years: [2024], annual: true or fromSchoolYear: 2025-2026',
  });

/** Facts of a plan document: its source, budget and task table (agencies by glossary id). */
export const planFacts = z.strictObject({
  /** The agreement it implements, if any (a plan may also be a programme or roadmap of its own). */
  agreement: ref.optional(),
  /** Partner localities (or none) the plan concerns. */
  partners: z.array(ref).default([]),
  document: ref,
  replaces: z.strictObject({ number: z.string(), date: partialDate }).optional(),
  period: z.strictObject({ from: year, to: year }),
  budget: z
    .strictObject({
      amount: z.number().nonnegative(),
      currency: z.literal('VND'),
      /** Parts of the total as the document lists them; labels are translated text (budget.<id>). */
      breakdown: z.array(z.strictObject({ id: itemId, amount: z.number().nonnegative() })).default([]),
    })
    .optional(),
  areas: z
    .array(
      z.strictObject({
        id: itemId,
        tasks: z
          .array(
            z.strictObject({
              id: z.string().regex(/^[0-9]+(?:\.[0-9]+)*$/, { error: 'expected a task number such as 2.1' }),
              lead: z.array(ref).min(1, { error: 'a task needs at least one lead agency' }),
              coordinating: z.array(ref).default([]),
              timeframe,
            }),
          )
          .min(1),
      }),
    )
    .min(1),
  sources,
  ...publication,
});

/** Translated text of a plan: area headings and task descriptions keyed by their ids. */
export const planText = textObject({
  ...textBase,
  areas: textsById,
  tasks: textsById,
  budget: textsById.default({}),
});

// ── Events ──────────────────────────────────────────────────────────────────────────────────────
/** Facts of an event: when, whether it was held or is planned, and who took part. */
export const eventFacts = z.strictObject({
  start: partialDate,
  end: partialDate.optional(),
  status: z.enum(['held', 'planned', 'postponed'], {
    error: 'expected held (a document reports it), planned (a plan schedules it) or postponed (a document reports it was put off)',
  }),
  /** Recurs every year on the same day(s) as `start`/`end`, up to and including `until`. */
  recurring: z.literal('annual').optional(),
  until: year.optional(),
  partners: z.array(ref).default([]),
  agreement: ref.optional(),
  plan: ref.optional(),
  sources,
  ...publication,
});

/** Translated text of an event. */
export const eventText = textObject({ ...textBase });

// ── News ────────────────────────────────────────────────────────────────────────────────────────
/** Facts of a news article (dated by its `published` date). */
export const newsFacts = z.strictObject({
  partners: z.array(ref).default([]),
  agreements: z.array(ref).default([]),
  sources,
  ...publication,
});

/** Translated text of a news article. */
export const newsText = textObject({ ...textBase });

// ── Standalone pages ────────────────────────────────────────────────────────────────────────────
/** A figure quoted from a source, with the date it refers to; its label is translated text. */
export const figure = z.strictObject({
  id: itemId,
  /** In whole units: 6822 million USD is written 6822000000 and shown per locale (6.822 billion, 68.22억 …). */
  value: z.number({ error: 'expected a number in whole units, e.g. 3895 or 6822000000' }),
  unit: z.enum(['km2', 'people', 'percent', 'percent-per-year', 'usd', 'vnd', 'projects', 'countries'], {
    error: 'expected a unit listed in src/schemas/entries.ts (figure.unit)',
  }),
  qualifier: z.enum(['over', 'about', 'estimated']).optional(),
  asOf: partialDate,
  source: ref,
});

/** Facts of a standalone page (province profile, investment, about): figures it quotes, sources. */
export const pageFacts = z.strictObject({
  figures: z.array(figure).default([]),
  /** Cooperation priorities of districts/cities: who, in which areas, with which partner countries. */
  priorities: z
    .array(
      z.strictObject({
        id: itemId,
        localities: z.array(ref).min(1),
        areas: z.array(cooperationArea).default([]),
        countries: z.array(z.string().regex(/^[A-Z]{2}$/, { error: 'expected ISO 3166 country codes such as KR, CN, JP' })).default([]),
        source: ref,
      }),
    )
    .default([]),
  /** Bar charts drawn at build time, each comparing figures of one unit (by figure id). */
  charts: z
    .array(z.strictObject({ id: itemId, figures: z.array(itemId).min(2, { error: 'a chart compares at least two figures' }) }))
    .default([]),
  sources: z.array(ref).default([]),
  ...publication,
});

/** Translated text of a standalone page; figure labels, priorities and chart titles keyed by id. */
export const pageText = textObject({
  ...textBase,
  figures: textsById.default({}),
  priorities: textsById.default({}),
  charts: textsById.default({}),
});

// ── Data files ──────────────────────────────────────────────────────────────────────────────────
/** A text in every locale of the locale table. */
const inEveryLocale = z.strictObject(
  Object.fromEntries(locales.map((l) => [l, z.string({ error: `expected the ${l} text` }).min(1)])) as Record<
    Locale,
    z.ZodString
  >,
);

/** A glossary term (agency, place, document type) with its name in every language. */
export const glossaryTerm = inEveryLocale.extend({
  kind: z.enum(['agency', 'locality', 'organisation']),
});

/** A source document: the only basis of the site's facts. A blank number stays null. */
export const sourceDocument = z.strictObject({
  number: z.string().nullable(),
  date: partialDate,
  issuer: ref,
  file: z.string(),
  title: inEveryLocale,
});
