// The home page tells the story at a glance: each figure is the size (or total) of the list it links
// to, the map preview links to the map, events and news are there, and the partner list has moved.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileFor, page, siteLocales } from '../helpers/site';

const digits = (s: string) => Number(s.replace(/\D/g, ''));
const openData = (name: string) => JSON.parse(readFileSync(fileFor(`/data/${name}.json`)!, 'utf8')).records as Array<Record<string, unknown>>;

describe.each(siteLocales)('home page in %s', (locale) => {
  const home = page(`/${locale}/`);
  const figure = (id: string) => {
    const li = home.querySelector(`main [data-figure="${id}"]`);
    expect(li, id).toBeTruthy();
    const a = li!.querySelector('a')!;
    const [path, hash] = a.getAttribute('href')!.split('#');
    return { value: a.querySelector('strong')!.text.trim(), raw: Number(li!.getAttribute('data-value')), path, hash, target: page(path) };
  };

  it('counts partner localities and their countries, linking to the partners index that lists them', () => {
    const partners = figure('partners');
    const listed = partners.target.querySelectorAll('main .entry-list li');
    expect(digits(partners.value)).toBe(listed.length);
    expect(digits(partners.value)).toBe(openData('partners').length);
    const countries = figure('countries');
    expect(countries.path).toBe(`/${locale}/partners/`);
    expect(digits(countries.value)).toBe(countries.target.querySelectorAll('main section[aria-labelledby^="country-"]').length);
    expect(digits(countries.value)).toBe(new Set(openData('partners').map((p) => p.country)).size);
  });

  it('counts agreements in force, linking to that part of the agreements index', () => {
    const f = figure('agreements-in-force');
    expect(f.path).toBe(`/${locale}/agreements/`);
    expect(f.hash).toBe('in-force');
    expect(digits(f.value)).toBe(f.target.querySelectorAll('#in-force .entry-list li').length);
    const all = f.target.querySelectorAll('main .entry-list li').length;
    expect(all).toBe(openData('agreements').length);
    expect(digits(f.value)).toBeLessThan(all);
  });

  it('counts plans and adds up their budgets, linking to the plans index and its budget table', () => {
    const plans = figure('plans');
    expect(digits(plans.value)).toBe(plans.target.querySelectorAll('main .entry-list li').length);
    expect(digits(plans.value)).toBe(openData('plans').length);
    const budget = figure('budget');
    expect(budget.hash).toBe('budgets');
    const rows = budget.target.querySelectorAll('#budgets tbody tr');
    const total = openData('plans').reduce((sum, p) => sum + Number(p.budget_vnd || 0), 0);
    expect(total).toBeGreaterThan(0);
    expect(rows.length).toBe(openData('plans').filter((p) => p.budget_vnd).length);
    expect(budget.raw).toBe(total);
    expect(Number(budget.target.querySelector('#budgets tfoot td')!.getAttribute('data-total'))).toBe(total);
    // The same amount, written the same way (ko "786억 5,156만 동", vi "78.651.560.000 đồng").
    expect(budget.value).toBe(budget.target.querySelector('#budgets tfoot td')!.text.trim());
    if (locale !== 'ko') expect(digits(budget.value)).toBe(total);
  });

  it('shows a map preview linking to the map, events, the latest news and the merger notice, but no longer every partner', () => {
    const preview = home.querySelector(`main a[href="/${locale}/map/"] img`);
    expect(preview).toBeTruthy();
    expect(fileFor(preview!.getAttribute('src')!)).toBeDefined();
    expect(home.querySelectorAll(`main a[href^="/${locale}/events/"]`).length).toBeGreaterThan(1);
    expect(home.querySelectorAll(`main a[href^="/${locale}/news/"]`).length).toBeGreaterThan(1);
    expect(home.querySelector('main #merger')).toBeTruthy();
    expect(home.querySelectorAll(`main a[href^="/${locale}/partners/"]`).map((a) => a.getAttribute('href'))).toEqual([
      `/${locale}/partners/`,
      `/${locale}/partners/`,
    ]);
  });
});
