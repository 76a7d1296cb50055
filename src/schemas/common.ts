/** Building blocks shared by the content schemas (src/content.config.ts). */
import { z } from 'astro/zod';
import { ref } from './fields.ts';

/** URL-safe entry slug: lowercase letters, digits and single hyphens (the entry's folder name). */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A date as precise as the source gives it: YYYY-MM-DD, YYYY-MM or YYYY (the editor checks the same pattern). */
export const partialDatePattern = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const fullDatePattern = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

/** YAML turns an unquoted 2024-09-12 into a Date and 2024 into a number; bring back the text the editor wrote. */
const dateToText = (value: unknown) =>
  value instanceof Date && !Number.isNaN(value.valueOf())
    ? value.toISOString().slice(0, 10)
    : typeof value === 'number' && Number.isInteger(value)
      ? String(value) // a bare year such as 2024
      : value;

/** A calendar date written YYYY-MM-DD (e.g. 2024-09-12). */
export const fullDate = z.preprocess(
  dateToText,
  z.string({ error: 'expected a date written YYYY-MM-DD, e.g. 2024-09-12' }).regex(fullDatePattern, {
    error: 'expected a date written YYYY-MM-DD, e.g. 2024-09-12',
  }),
);

/** A date as precise as the source gives it: YYYY-MM-DD, YYYY-MM (no day) or YYYY (year only). */
export const partialDate = z.preprocess(
  dateToText,
  z
    .string({ error: 'expected a date written YYYY-MM-DD (or YYYY-MM / YYYY when the source gives no day)' })
    .regex(partialDatePattern, {
      error: 'expected a date written YYYY-MM-DD (or YYYY-MM / YYYY when the source gives no day)',
    }),
);

/** The source documents an entry is based on: ids of folders in content/sources/, at least one. */
export const sources = z
  .array(ref('sources'), { error: 'expected a list of source document ids (folders in content/sources/)' })
  .min(1, { error: 'every entry must cite at least one source document (a folder in content/sources/)' });

/** Where a fact comes from, in the editor's words: quotes from the source documents, reasoning (not published). */
export const notes = z.string({ error: 'expected notes as text' }).optional();

/** A four-digit year. */
export const year = z.number({ error: 'expected a year such as 2024' }).int().min(1900).max(2100);

/** Areas of cooperation; their labels live in the UI strings (area.*). */
export const cooperationArea = z.enum(
  [
    'politics',
    'governance',
    'economy',
    'investment',
    'trade',
    'agriculture',
    'industry',
    'education',
    'health',
    'culture',
    'tourism',
    'sport',
    'labour',
    'science',
    'environment',
    'media',
    'security',
    'people-to-people',
  ],
  { error: 'expected an area of cooperation listed in src/schemas/common.ts (cooperationArea)' },
);

/**
 * Publication dates every entry carries (shown as "Published / Last updated"). An entry about a
 * document dated only by month (e.g. "tháng 01 năm 2022") is published YYYY-MM, never a made-up day.
 */
export const publication = {
  published: partialDate,
  updated: partialDate.optional(),
};
