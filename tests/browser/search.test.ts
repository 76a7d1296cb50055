// The search page's behaviour in Chromium, typed with the keyboard (the query test set runs in every
// engine: search-engines.test.ts).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser';
import { dist } from '../helpers/site';
import { serve } from '../helpers/static-server';
import { WORD_JOIN } from '../../src/lib/search-text';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let page: Page;

beforeAll(async () => {
  server = await serve(dist);
  browser = await launchChromium();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Types a query with the keyboard into the search page of `lang` and returns the top result links. */
async function search(lang: string, query: string): Promise<{ top: string[]; status: string }> {
  await page.goto(`${server.url}/${lang}/search/`);
  await page.locator('#q').focus();
  await page.keyboard.type(query);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('search-status')!.textContent !== '', null, { timeout: 10_000 });
  const top = await page.locator('#search-results li h2 a').evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute('href')!));
  return { top, status: (await page.locator('#search-status').textContent()) ?? '' };
}

describe('the search page', () => {
  it('announces the number of results to screen readers', async () => {
    const { status } = await search('en', 'Xaysomboun');
    expect(await page.locator('#search-status').getAttribute('aria-live')).toBe('polite');
    expect(status).toMatch(/^\d+ results? for “Xaysomboun”$/);
  });

  it('shows Lao excerpts without the indexer’s word separators, with the match highlighted', async () => {
    await search('lo', 'ໄຊສົມບູນ');
    const excerpts = await page.locator('#search-results li p:last-child').allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    expect(excerpts.join('')).not.toContain(WORD_JOIN);
    expect(await page.locator('#search-results mark').count()).toBeGreaterThan(0);
  });

  it('shows titles and excerpts exactly as the pages write them, in every language (no spaces the indexer put in)', async () => {
    for (const [lang, query] of [
      ['lo', 'ບັກຢາງ'],
      ['lo', 'ຊຽງຂວາງ'],
      ['ko', '2023년'],
      ['ko', '충청남도'],
      ['vi', 'hop tac'],
      ['en', 'Xaysomboun'],
    ]) {
      await search(lang, query);
      const shown = await page.locator('#search-results li').evaluateAll((items) =>
        items.slice(0, 4).map((li) => ({
          href: li.querySelector('h2 a')!.getAttribute('href')!,
          title: li.querySelector('h2')!.textContent!,
          excerpt: li.querySelector('p:last-child')!.textContent!,
        })),
      );
      expect(shown.length, `${lang} “${query}”`).toBeGreaterThan(0);
      for (const { href, title, excerpt } of shown) {
        // The page as a reader sees it (innerText: blocks apart, as the indexer reads them).
        const reader = await browser.newPage();
        await reader.goto(`${server.url}${href}`);
        const text = await reader.evaluate(() => {
          const main = document.querySelector('main')!;
          return { h1: main.querySelector('h1')!.innerText.replace(/\s+/g, ' ').trim(), body: main.innerText.replace(/\s+/g, ' ') };
        });
        await reader.close();
        expect(title.replace(/\s+/g, ' ').trim(), href).toBe(text.h1);
        for (const piece of excerpt
          .split('…')
          .map((x) => x.trim())
          .filter((x) => x.length > 3))
          expect(text.body, `${lang} “${query}” ${href}`).toContain(piece);
      }
    }
  });

  it('dates results as the pages do, in Lao too (the browser’s Intl has no Lao months)', async () => {
    await search('lo', 'ເກົາຫຼີ');
    const metas = await page.locator('#search-results .meta-line').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    expect(metas.filter((m) => /[A-Za-z]/.test(m))).toEqual([]);
    expect(metas.some((m) => /\d+ (ມັງກອນ|ກຸມພາ|ມີນາ|ເມສາ|ພຶດສະພາ|ມິຖຸນາ|ກໍລະກົດ|ສິງຫາ|ກັນຍາ|ຕຸລາ|ພະຈິກ|ທັນວາ) \d{4}/.test(m))).toBe(true);
  });

  it('filters by type and by country', async () => {
    await search('en', 'cooperation');
    const types = () => page.locator('#search-results .meta-line').allTextContents();
    const links = () => page.locator('#search-results li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    // Results re-render after each change: wait (polling) until they show the filter, or fail after 10 s.
    await page.locator('select[data-filter="type"]').selectOption('partner');
    await expect.poll(types, { timeout: 10_000 }).toSatisfy((t: string[]) => t.length > 0 && t.every((x) => x.startsWith('Partner locality')));
    await page.locator('select[data-filter="country"]').selectOption('LA');
    await expect.poll(links, { timeout: 10_000 }).toContain('/en/partners/xaysomboun/');
    await expect.poll(links, { timeout: 10_000 }).not.toContain('/en/partners/chungcheongnam/');
    expect((await types()).every((x) => x.startsWith('Partner locality'))).toBe(true);
  });

  it('loads more results after the first page, ten at a time', async () => {
    const { status } = await search('en', 'province');
    const total = Number(/^(\d+)/.exec(status)?.[1]);
    expect(total).toBeGreaterThan(20);
    expect(await page.locator('#search-results li').count()).toBe(10);
    await page.locator('#search-more').click();
    // The next ten are appended at once: wait (polling) for exactly twenty, or fail after 10 s.
    await expect.poll(() => page.locator('#search-results li').count(), { timeout: 10_000 }).toBe(20);
    const links = await page.locator('#search-results li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(links).size).toBe(links.length);
  });

  it('labels partial matches in every language, naming the missing word', async () => {
    for (const [lang, query, label] of [
      ['vi', 'Gifu pizza', 'Không trang nào có đủ'],
      ['en', 'Gifu pizza', 'No page has every word'],
      ['ko', '기후현 펭귄', '모든 단어가 들어 있는 페이지는 없습니다'],
      ['lo', 'ກິຟູ ເພັນກວິນ', 'ບໍ່ມີໜ້າໃດມີທຸກຄຳ'],
    ]) {
      const { status } = await search(lang, query);
      expect(status).toContain(label);
      const missing = await page.locator('#search-results .search-missing').first().textContent();
      expect(missing).toContain(query.split(' ')[1]);
    }
  });

  it('says what to do when JavaScript is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const off = await context.newPage();
    await off.goto(`${server.url}/ko/search/`);
    expect(await off.locator('noscript').count()).toBe(1);
    expect(await off.content()).toContain('자바스크립트');
    await context.close();
  });

  it('prepares the engine while the page is idle, before anything is typed, and the first search needs nothing more than the index', async () => {
    const context = await browser.newContext();
    const fresh = await context.newPage();
    const fetched: string[] = [];
    fresh.on('request', (r) => void (r.url().includes('/pagefind/') && fetched.push(new URL(r.url()).pathname)));
    await fresh.goto(`${server.url}/vi/search/`);
    await fresh.waitForLoadState('networkidle');
    const engine = ['/pagefind/pagefind.js', '/pagefind/pagefind-worker.js', '/pagefind/pagefind-entry.json'];
    expect(fetched.map((p) => p.replace(/\?.*/, ''))).toEqual(expect.arrayContaining(engine));
    expect(fetched.some((p) => /\/pagefind\/wasm\./.test(p))).toBe(true);
    expect(fetched.some((p) => /pagefind\.vi_\w+\.pf_meta$/.test(p))).toBe(true);
    expect(fetched.some((p) => /pf_index|pf_fragment/.test(p))).toBe(false);
    const before = fetched.length;
    await fresh.locator('#q').fill('Xaysomboun');
    await fresh.keyboard.press('Enter');
    await fresh.waitForFunction(() => document.getElementById('search-status')!.textContent !== '');
    expect(fetched.slice(before).filter((p) => !/\.pf_(index|fragment|filter)$/.test(p))).toEqual([]);
    await context.close();
  });

  it('still searches when preparing the engine failed (offline for a moment)', async () => {
    const context = await browser.newContext();
    const fresh = await context.newPage();
    let refused = 0;
    await fresh.route('**/pagefind/pagefind.js', (route) => (refused++, route.abort()));
    await fresh.goto(`${server.url}/en/search/`);
    await fresh.waitForFunction(() => performance.getEntriesByType('resource').length > 0 && document.readyState === 'complete');
    await expect.poll(() => refused).toBeGreaterThan(0);
    await fresh.unroute('**/pagefind/pagefind.js');
    await fresh.locator('#q').fill('Xaysomboun');
    await fresh.keyboard.press('Enter');
    await fresh.waitForFunction(() => document.getElementById('search-status')!.textContent !== '');
    expect(await fresh.locator('#search-status').textContent()).toMatch(/^\d+ results? for “Xaysomboun”$/);
    await context.close();
  });
});
