// Names, countries, amounts and dates as each language writes them, checked on every built page.
import { readFileSync } from 'node:fs';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { fileFor, localizedPaths, page, siteLocales } from '../helpers/site';

interface Task {
  plan: string;
  area: string;
  task: string;
  lead: string[];
  lead_vi: string[];
  coordinating: string[];
  coordinating_vi: string[];
}
const tasks = JSON.parse(readFileSync(fileFor('/data/tasks.json')!, 'utf8')).records as Task[];
const textOf = (el: HTMLElement) => el.text.replace(/\s+/g, ' ').trim();
/** The names a table cell shows: one per list item, or the cell's text when it holds one name. */
const namesIn = (cell: HTMLElement) => {
  const items = cell.querySelectorAll('li');
  const text = textOf(cell);
  return items.length > 0 ? items.map(textOf) : text === '—' ? [] : [text];
};
const capitalised = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

describe('names in task tables', () => {
  it('has tasks whose agencies contain commas, so the check below means something', () => {
    expect(tasks.some((t) => t.coordinating_vi.filter((n) => n.includes(',')).length > 0 && t.coordinating.length > 1)).toBe(true);
  });

  it.each(siteLocales)('in %s, lists each lead and coordinating agency as a name of its own', (locale) => {
    for (const t of tasks) {
      const row = page(`/${locale}/plans/${t.plan}/`).querySelector(`tbody[data-area="${t.area}"] tr[data-task="${t.task}"]`);
      expect(row, `${t.plan} ${t.task}`).toBeTruthy();
      const [, , lead, coordinating] = row!.querySelectorAll('td');
      expect(namesIn(lead), `${locale} ${t.plan} ${t.task} lead`).toHaveLength(t.lead.length);
      expect(namesIn(coordinating), `${locale} ${t.plan} ${t.task} coordinating`).toHaveLength(t.coordinating.length);
      if (locale === 'vi') {
        expect(namesIn(lead)).toEqual(t.lead_vi.map(capitalised));
        expect(namesIn(coordinating)).toEqual(t.coordinating_vi.map(capitalised));
      }
    }
  });
});

describe('terms on every page', () => {
  const pagesIn = (locale: string) => localizedPaths.filter((p) => p.startsWith(`/${locale}/`));
  const mainText = (p: string) => textOf(page(p).querySelector('main') ?? page(p));

  it('never writes Korea in Lao with the old spelling ເກົາຫລີ (Intl’s ເກົາຫລີໃຕ້)', () => {
    const bad = pagesIn('lo').filter((p) => page(p).text.includes('ເກົາຫລີ'));
    expect(bad).toEqual([]);
    expect(mainText('/lo/partners/')).toContain('ສ.ເກົາຫຼີ');
  });

  it('never writes Lao date spans in numbers (13/04 – 15/04)', () => {
    const bad = pagesIn('lo').filter((p) => /\d{1,2}\/\d{1,2}\s*–/.test(mainText(p)));
    expect(bad).toEqual([]);
  });

  it('never writes Korean amounts as decimals of 만/억/조 (11.0853억) or as VND 1,895,560,000', () => {
    const bad = pagesIn('ko').filter((p) => /\d\.\d+\s*(만|억|조)|VND\s?\d/.test(mainText(p)));
    expect(bad).toEqual([]);
  });

  it('writes Korean year spans with 년 (2024–2025년), not 2024–2025 alone, in dates and periods', () => {
    // Facts written by the site's code (titles of linked entries are content, checked elsewhere).
    const formatted = (p: string) =>
      page(p)
        .querySelectorAll('.facts dd, .meta-line')
        .filter((el) => !el.querySelector('a'));
    const bad = pagesIn('ko').filter((p) => formatted(p).some((el) => /\b\d{4}–\d{4}(?!년)/.test(textOf(el))));
    expect(bad).toEqual([]);
  });
});
