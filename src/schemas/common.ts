/** Building blocks shared by the content schemas (src/content.config.ts). */
import { z } from 'astro/zod';
import { ref } from './fields.ts';

/** URL-safe entry slug: lowercase letters, digits and single hyphens (the entry's folder name). */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A date as precise as the source gives it: YYYY-MM-DD, YYYY-MM or YYYY (the editor checks the same pattern). */
export const partialDatePattern = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const fullDatePattern = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Why a YYYY[-MM[-DD]] text is not a day, month or year of the calendar (2024-02-31, 2023-02-29, 2024-13), or undefined. */
export function calendarProblem(text: string): string | undefined {
  const [y, m, d] = text.split('-').map(Number);
  if (y < 1900 || y > 2100) return `${text} is not a date this site can hold: the year must be between 1900 and 2100`;
  if (m !== undefined && (m < 1 || m > 12)) return `${text} is not a date: there is no month ${m} (months are 01 to 12)`;
  if (d === undefined) return undefined;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d < 1 || d > days) return `${text} is not a date: ${monthNames[m - 1]} ${y} has ${days} days (01 to ${days})`;
  return undefined;
}

/** YAML turns an unquoted 2024-09-12 into a Date and 2024 into a number; bring back the text the editor wrote. */
const dateToText = (value: unknown) =>
  value instanceof Date && !Number.isNaN(value.valueOf())
    ? value.toISOString().slice(0, 10)
    : typeof value === 'number' && Number.isInteger(value)
      ? String(value) // a bare year such as 2024
      : value;

/** Adds an issue when the text names no real calendar day, month or year (beside the pattern's own message, for 2024-13). */
const onTheCalendar = (text: string, ctx: z.core.$RefinementCtx<string>) => {
  const problem = calendarProblem(text);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, input: text });
};

const fullDateError = 'expected a date written YYYY-MM-DD, e.g. 2024-09-12';
const partialDateError = 'expected a date written YYYY-MM-DD (or YYYY-MM / YYYY when the source gives no day)';

/** A calendar date written YYYY-MM-DD (e.g. 2024-09-12); impossible days such as 2024-02-31 fail. */
export const fullDate = z.preprocess(
  dateToText,
  z.string({ error: fullDateError }).regex(fullDatePattern, { error: fullDateError }).superRefine(onTheCalendar),
);

/** A date as precise as the source gives it: YYYY-MM-DD, YYYY-MM (no day) or YYYY (year only); impossible ones fail. */
export const partialDate = z.preprocess(
  dateToText,
  z.string({ error: partialDateError }).regex(partialDatePattern, { error: partialDateError }).superRefine(onTheCalendar),
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
