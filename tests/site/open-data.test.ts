// The open data parses, JSON and CSV say the same thing, and both agree with the pages.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { fileFor, page, siteLocales } from '../helpers/site';

const names = ['partners', 'agreements', 'plans', 'tasks', 'events', 'documents'];
const json = (name: string) => JSON.parse(readFileSync(fileFor(`/data/${name}.json`)!, 'utf8'));
const csv = (name: string) => parse(readFileSync(fileFor(`/data/${name}.csv`)!, 'utf8'), { bom: true, columns: true }) as Array<Record<string, string>>;
const h1 = (path: string) => page(path).querySelector('h1')!.text.trim();
const text = (v: unknown) => (v === null ? '' : Array.isArray(v) ? v.join('; ') : String(v));
/** The CSV shows text that would start a spreadsheet formula with a leading apostrophe; numbers as they are. */
const cell = (v: unknown) => (typeof v !== 'number' && /^\s*[=+\-@\t\r＝＋－＠]/.test(text(v)) ? `'${text(v)}` : text(v));

describe.each(names)('dataset %s', (name) => {
  const data = json(name);
  const rows = csv(name);

  it('has an as-of date, a licence and its fields', () => {
    expect(data.asOf).toMatch(/^\d{4}(-\d{2}){0,2}$/);
    expect(data.licence.name).toBeTruthy();
    expect(Object.keys(rows[0])).toEqual(data.fields);
  });

  it('says the same in JSON and CSV', () => {
    expect(rows).toHaveLength(data.records.length);
    data.records.forEach((r: Record<string, unknown>, i: number) => {
      for (const f of data.fields) expect(rows[i][f], `${name}[${i}].${f}`).toBe(cell(r[f]));
    });
  });

  it('is listed on the data page of every language with its record count', () => {
    for (const l of siteLocales) {
      const item = page(`/${l}/data/`).querySelector(`[data-dataset="${name}"]`);
      expect(item?.querySelector(`a[href="/data/${name}.csv"]`)).toBeTruthy();
      expect(item!.text).toContain(String(data.records.length));
    }
  });
});

describe('data and pages agree', () => {
  it.each(['partners', 'agreements', 'plans', 'events', 'documents'])('every %s record has its page in each language, titled as in the data', (name) => {
    for (const r of json(name).records) {
      for (const l of siteLocales) {
        const title = r[`name_${l}`] ?? r[`title_${l}`];
        expect(h1(`/${l}/${name}/${r.id}/`), `${name}/${r.id} ${l}`).toBe(title);
      }
    }
  });

  it('the tasks of each plan are the rows of its task table, in order', () => {
    const tasks = json('tasks').records;
    for (const plan of json('plans').records) {
      const mine = tasks.filter((t: Record<string, string>) => t.plan === plan.id);
      expect(mine).toHaveLength(plan.tasks);
      for (const l of siteLocales) {
        const rows = page(`/${l}/plans/${plan.id}/`).querySelectorAll('tr[data-task]');
        expect(rows.map((r) => r.getAttribute('data-task'))).toEqual(mine.map((t: Record<string, string>) => t.task));
        expect(rows.map((r) => r.querySelectorAll('td')[1].text.trim())).toEqual(mine.map((t: Record<string, string>) => t[`task_${l}`]));
      }
    }
  });
});
