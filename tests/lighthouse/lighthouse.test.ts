// Lighthouse (mobile profile) on the home, a partner, a plan, a news and the search page in each
// language: 100 in performance, accessibility, best practices and SEO. Served gzip-compressed, as a
// static host would. Scores are printed for the record.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dist, siteLocales } from '../helpers/site';
import { serve } from '../helpers/static-server';

const pages = ['', 'partners/xaysomboun/', 'plans/chungcheongnam-2024-2025/', 'news/plan-59-chungcheongnam/', 'search/'];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
let server: Awaited<ReturnType<typeof serve>>;
let chrome: chromeLauncher.LaunchedChrome;
const scores: string[] = [];

beforeAll(async () => {
  server = await serve(dist, { gzip: true });
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
afterAll(async () => {
  console.log(`\nLighthouse (mobile): page | ${categories.join(' | ')}\n${scores.join('\n')}`);
  chrome?.kill();
  await server?.close();
});

describe.each(siteLocales)('Lighthouse in %s', (locale) => {
  it.each(pages)(`/${locale}/%s scores 100 in every category`, async (path) => {
    const result = await lighthouse(`${server.url}/${locale}/${path}`, { port: chrome.port, onlyCategories: categories, logLevel: 'error', output: 'json' });
    const lhr = result!.lhr;
    const got = categories.map((c) => Math.round((lhr.categories[c].score ?? 0) * 100));
    scores.push(`/${locale}/${path} | ${got.join(' | ')}`);
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    expect(Object.fromEntries(categories.map((c, i) => [c, got[i]])), failing.join(', ')).toEqual(Object.fromEntries(categories.map((c) => [c, 100])));
  });
});
