// The query test set (tests/search/queries.json) through the real search page on the built site, in
// Chromium, Firefox and WebKit: each query must bring its page into the top three (first when the
// entry says so); negative queries must say "no results"; partial queries must show their page
// under the partial-match label. Results must not depend on the engine (its word segmentation).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineNames, openEngine, type Engine } from '../helpers/engines';
import { dist, siteLocales as locales } from '../helpers/site';
import { serve } from '../helpers/static-server';

interface Query {
  lang: string;
  query: string;
  expect: string | null;
  first?: boolean;
  partial?: boolean;
  why: string;
}
const queries: Query[] = JSON.parse(readFileSync(new URL('../search/queries.json', import.meta.url), 'utf8'));
const ui = (lang: string) => JSON.parse(readFileSync(new URL(`../../src/i18n/ui/${lang}.json`, import.meta.url), 'utf8')).search as Record<string, string>;

/** Runs in the page: waits for the search started by ?q= to announce its outcome, returns what a reader sees. */
const outcome = `async () => {
  const status = document.getElementById('search-status');
  const t0 = Date.now();
  while (status.textContent === '' && Date.now() - t0 < 20000) await new Promise((r) => setTimeout(r, 25));
  const links = [...document.querySelectorAll('#search-results li h2 a')].map((a) => a.getAttribute('href'));
  return { top: links.slice(0, 3), count: links.length, status: status.textContent, missing: document.querySelectorAll('#search-results .search-missing').length };
}`;
interface Outcome {
  top: string[];
  count: number;
  status: string;
  missing: number;
}

let server: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  server = await serve(dist);
});
afterAll(async () => {
  await server?.close();
});

describe('the query test set', () => {
  it('has at least 12 queries per language, negative and partial ones in every language', () => {
    for (const lang of locales) {
      const mine = queries.filter((q) => q.lang === lang);
      expect(mine.length).toBeGreaterThanOrEqual(12);
      expect(mine.some((q) => q.expect === null)).toBe(true);
      expect(mine.some((q) => q.partial)).toBe(true);
    }
    expect(queries.filter((q) => q.lang === 'vi' && q.expect && /^[a-z ]+$/.test(q.query)).length).toBeGreaterThanOrEqual(30);
  });
});

describe.each(engineNames)('%s', (name) => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await openEngine(name);
  }, 120_000);
  afterAll(async () => {
    await engine?.close();
  });

  it.each(queries)('$lang: “$query” → $expect ($why)', async ({ lang, query, expect: expected, first, partial }) => {
    const seen = await engine.run<Outcome>(`${server.url}/${lang}/search/?q=${encodeURIComponent(query)}`, outcome);
    const strings = ui(lang);
    const term = `“${query}”`;
    if (expected === null) {
      expect(seen.count).toBe(0);
      expect(seen.status).toBe(strings.zeroResults.replace('[SEARCH_TERM]', term));
      return;
    }
    if (first) expect(seen.top[0]).toBe(expected);
    else expect(seen.top).toContain(expected);
    if (partial) {
      const [before, after] = strings.partialResults.replace('[SEARCH_TERM]', term).split('[COUNT]');
      expect(
        seen.status.startsWith(before) && seen.status.endsWith(after) && /^\d+$/.test(seen.status.slice(before.length, seen.status.length - after.length)),
      ).toBe(true);
      expect(seen.missing).toBeGreaterThan(0);
    } else {
      expect(seen.missing).toBe(0);
    }
  });
});
