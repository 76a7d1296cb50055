/**
 * Rules across the fields of one entry (an end before its start, `until` without `recurring` …),
 * attached to the schemas with superRefine so that the build names the file and every field involved.
 * Each rule runs only when the fields it compares are themselves valid.
 */
import type { z } from 'astro/zod';
import { calendarProblem } from './common.ts';

type Ctx = z.core.$RefinementCtx<any>;
type Path = Array<string | number>;

/** Adds an issue at `path` whose message names all the fields it compares. */
function fail(ctx: Ctx, path: Path, fields: string[], message: string) {
  ctx.addIssue({ code: 'custom', path, message: `${fields.join(' / ')}: ${message}`, input: undefined });
}

const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}(-\d{2}){0,2}$/.test(v) && !calendarProblem(v);
const isYear = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/** First and last day of a date as precise as the source gives it (2024-05 → 2024-05-01 … 2024-05-31). */
export function dateBounds(date: string): { first: string; last: string } {
  const [y, m, d] = date.split('-');
  if (d) return { first: date, last: date };
  if (m) return { first: `${y}-${m}-01`, last: `${y}-${m}-${String(new Date(Date.UTC(+y, +m, 0)).getUTCDate()).padStart(2, '0')}` };
  return { first: `${y}-01-01`, last: `${y}-12-31` };
}

/** True when `later` certainly ends before `earlier` begins (partial dates compared as spans: 2024 is not before 2024-05). */
export const endsBefore = (later: string, earlier: string) => dateBounds(later).last < dateBounds(earlier).first;

/** `updated` may not precede `published` (every entry). */
function publication(d: any, ctx: Ctx) {
  if (isDate(d.published) && isDate(d.updated) && endsBefore(d.updated, d.published)) {
    fail(ctx, ['updated'], ['updated', 'published'], `updated ${d.updated} is before published ${d.published}`);
  }
}

/** Ids of the items of one list must differ (their texts are keyed by id in every translation). */
function uniqueIds(items: unknown, path: Path, ctx: Ctx) {
  if (!Array.isArray(items)) return;
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const id = item?.id;
    if (typeof id !== 'string') return;
    if (seen.has(id))
      fail(
        ctx,
        [...path, i, 'id'],
        [`${path.join('.')}[${seen.get(id)}].id`, `${path.join('.')}[${i}].id`],
        `the id "${id}" is used twice; each item needs its own id`,
      );
    else seen.set(id, i);
  });
}

/** A span of years written { from, to }: `to` may not precede `from`. */
function yearSpan(span: any, name: string, ctx: Ctx) {
  if (span && isYear(span.from) && isYear(span.to) && span.to < span.from) {
    fail(ctx, [name, 'to'], [`${name}.from`, `${name}.to`], `the span ends (${span.to}) before it starts (${span.from})`);
  }
}

/** Partner localities: history item ids differ. */
export function partnerRules(d: any, ctx: Ctx) {
  publication(d, ctx);
  uniqueIds(d.history, ['history'], ctx);
}

/** Agreements: the term runs forwards; a planned agreement has no signing date; it is not signed after its term ended. */
export function agreementRules(d: any, ctx: Ctx) {
  publication(d, ctx);
  yearSpan(d.term, 'term', ctx);
  if (d.status === 'planned' && d.signed !== undefined) {
    fail(ctx, ['signed'], ['status', 'signed'], `a planned agreement has no signing date (signed: ${d.signed}); set status: signed or remove signed`);
  }
  if (isDate(d.signed) && d.term && isYear(d.term.to) && Number(d.signed.slice(0, 4)) > d.term.to) {
    fail(ctx, ['signed'], ['signed', 'term.to'], `signed ${d.signed} is after the term ended (${d.term.to})`);
  }
}

/** Plans: the period runs forwards; task years fall inside it; budget parts do not exceed the total; ids differ. */
export function planRules(d: any, ctx: Ctx) {
  publication(d, ctx);
  yearSpan(d.period, 'period', ctx);
  const period = d.period && isYear(d.period.from) && isYear(d.period.to) && d.period.from <= d.period.to ? d.period : undefined;
  uniqueIds(d.areas, ['areas'], ctx);
  const taskIds = new Map<string, string>();
  (Array.isArray(d.areas) ? d.areas : []).forEach((area: any, i: number) => {
    (Array.isArray(area?.tasks) ? area.tasks : []).forEach((task: any, j: number) => {
      const here = `areas[${i}].tasks[${j}]`;
      if (typeof task?.id === 'string') {
        if (taskIds.has(task.id))
          fail(ctx, ['areas', i, 'tasks', j, 'id'], [`${taskIds.get(task.id)}.id`, `${here}.id`], `task number ${task.id} is used twice`);
        else taskIds.set(task.id, here);
      }
      const years: unknown[] = Array.isArray(task?.timeframe?.years) ? task.timeframe.years : [];
      years.forEach((y, k) => {
        if (period && isYear(y) && (y < period.from || y > period.to)) {
          fail(
            ctx,
            ['areas', i, 'tasks', j, 'timeframe', 'years', k],
            [`${here}.timeframe.years`, 'period'],
            `${y} is outside the plan period ${period.from}–${period.to}`,
          );
        }
      });
      const school = task?.timeframe?.fromSchoolYear;
      if (typeof school === 'string' && /^\d{4}-\d{4}$/.test(school) && Number(school.slice(5)) !== Number(school.slice(0, 4)) + 1) {
        fail(
          ctx,
          ['areas', i, 'tasks', j, 'timeframe', 'fromSchoolYear'],
          [`${here}.timeframe.fromSchoolYear`],
          `a school year spans two consecutive years (e.g. 2025-2026), not ${school}`,
        );
      }
    });
  });
  const budget = d.budget;
  if (budget && typeof budget.amount === 'number' && Array.isArray(budget.breakdown)) {
    uniqueIds(budget.breakdown, ['budget', 'breakdown'], ctx);
    budget.breakdown.forEach((part: any, i: number) => {
      if (typeof part?.amount === 'number' && part.amount > budget.amount) {
        fail(
          ctx,
          ['budget', 'breakdown', i, 'amount'],
          [`budget.breakdown[${i}].amount`, 'budget.amount'],
          `the part (${part.amount}) is larger than the total (${budget.amount})`,
        );
      }
    });
  }
  if (d.replaces && isDate(d.replaces.date) && isDate(d.published) && endsBefore(d.published, d.replaces.date)) {
    fail(
      ctx,
      ['replaces', 'date'],
      ['replaces.date', 'published'],
      `the replaced plan (${d.replaces.date}) is dated after this plan was published (${d.published})`,
    );
  }
}

/** Events: the end is not before the start; `recurring` and `until` go together, on full dates, until not before the first year; a held event started by its publication. */
export function eventRules(d: any, ctx: Ctx) {
  publication(d, ctx);
  if (isDate(d.start) && isDate(d.end) && endsBefore(d.end, d.start)) {
    fail(ctx, ['end'], ['start', 'end'], `the event ends (${d.end}) before it starts (${d.start})`);
  }
  if (d.until !== undefined && d.recurring === undefined) {
    fail(ctx, ['until'], ['until', 'recurring'], 'until is the last year of a recurring event; add recurring: annual or remove until');
  }
  if (d.recurring !== undefined && d.until === undefined) {
    fail(ctx, ['recurring'], ['recurring', 'until'], 'a recurring event needs until: the last year it recurs (e.g. until: 2025)');
  }
  if (d.recurring !== undefined && isDate(d.start) && d.start.length !== 10) {
    fail(ctx, ['start'], ['start', 'recurring'], `a yearly observance falls on the same day each year: write start as YYYY-MM-DD, not ${d.start}`);
  }
  if (d.recurring !== undefined && isDate(d.end) && d.end.length !== 10) {
    fail(ctx, ['end'], ['end', 'recurring'], `a yearly observance falls on the same days each year: write end as YYYY-MM-DD, not ${d.end}`);
  }
  if (isYear(d.until) && isDate(d.start) && d.until < Number(d.start.slice(0, 4))) {
    fail(ctx, ['until'], ['start', 'until'], `the event recurs until ${d.until}, before its first year (${d.start.slice(0, 4)})`);
  }
  if (d.recurring !== undefined && isDate(d.start) && isDate(d.end) && d.end.slice(0, 4) !== d.start.slice(0, 4)) {
    fail(ctx, ['end'], ['start', 'end', 'recurring'], `a yearly observance starts and ends in the same year (${d.start} – ${d.end})`);
  }
  if (d.status === 'held' && isDate(d.start) && isDate(d.published) && endsBefore(d.published, d.start)) {
    fail(
      ctx,
      ['status'],
      ['status', 'start', 'published'],
      `a document published ${d.published} cannot report as held an event that starts ${d.start}; use status: planned`,
    );
  }
}

/** News: publication dates only. */
export function newsRules(d: any, ctx: Ctx) {
  publication(d, ctx);
}

/** Standalone pages: ids of figures, priorities and charts differ (charts are checked against figures in src/lib/integrity.ts). */
export function pageRules(d: any, ctx: Ctx) {
  publication(d, ctx);
  uniqueIds(d.figures, ['figures'], ctx);
  uniqueIds(d.priorities, ['priorities'], ctx);
  uniqueIds(d.charts, ['charts'], ctx);
}
