// Phones: every page's own heading starts in the top quarter of a 390 × 844 screen, and the menu,
// language choice and search are one tap away with JavaScript off. Wide screens keep the full header.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser';
import { dist, pagePaths, siteLocales } from '../helpers/site';
import { serve } from '../helpers/static-server';
import { headingTops, pageType, phone } from '../helpers/first-screen';

/** The top quarter of the phone screen. */
const topQuarter = phone.height / 4;

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  server = await serve(dist);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the first screen on a phone', () => {
  it(`shows the heading of every page in the top quarter (${pagePaths.length} pages)`, async () => {
    const tops = await headingTops(browser, server.url, pagePaths);
    const types = new Set([...tops.keys()].map(pageType));
    expect(types.size).toBeGreaterThan(15); // home, indexes, entries of every type, standalone pages …
    const late = [...tops].filter(([, top]) => !(top <= topQuarter)).map(([path, top]) => `${path}: h1 at ${Math.round(top)} px`);
    expect(late).toEqual([]);
  }, 600_000);
});

describe.each(siteLocales)('the phone menu in %s, JavaScript off', (locale) => {
  let page: Page;
  const path = `/${locale}/plans/chungcheongnam-2024-2025/`;
  beforeAll(async () => {
    page = await browser.newPage({ viewport: phone, javaScriptEnabled: false });
  });
  afterAll(() => page?.close());

  it('folds languages, search and navigation behind one tap', async () => {
    await page.goto(server.url + path);
    const menu = page.locator('details.phone-menu');
    await expect.poll(() => menu.locator('summary').isVisible()).toBe(true);
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    expect(await menu.locator('.menu-nav a').first().isVisible()).toBe(false);
    await menu.locator('summary').click();
    expect(await menu.locator('.menu-nav a').count()).toBe(9);
    for (const a of await menu.locator('.menu-nav a').all()) expect(await a.isVisible()).toBe(true);
    expect(await menu.locator('.lang-switcher a').count()).toBe(siteLocales.length);
    expect(await menu.getByRole('searchbox').isVisible()).toBe(true);
  });

  it('leads to the same page in another language', async () => {
    await page.goto(server.url + path);
    const other = siteLocales.find((l) => l !== locale)!;
    await page.locator('details.phone-menu summary').click();
    await page.locator(`details.phone-menu .lang-switcher a[hreflang="${other}"]`).click();
    expect(new URL(page.url()).pathname).toBe(path.replace(`/${locale}/`, `/${other}/`));
  });

  it('searches from the menu', async () => {
    await page.goto(server.url + path);
    await page.locator('details.phone-menu summary').click();
    await page.locator('details.phone-menu').getByRole('searchbox').fill('2024');
    await page.locator('details.phone-menu').getByRole('searchbox').press('Enter');
    await page.waitForURL(`**/${locale}/search/?q=2024`);
  });

  it('opens with the keyboard, after the skip link and the site name', async () => {
    await page.goto(server.url + path);
    const focused = async () => page.evaluate(() => document.activeElement?.closest('.skip, .brand, summary')?.className || document.activeElement?.tagName);
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('skip');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('brand');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('SUMMARY');
    await page.keyboard.press('Enter');
    expect(await page.locator('details.phone-menu').getAttribute('open')).toBe('');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.phone-menu .lang-switcher'))).toBe(true);
  });
});

describe('on a wide screen', () => {
  it.each(siteLocales)('keeps the full navigation, languages and search in view in %s', async (locale) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}/${locale}/`);
    expect(await page.locator('details.phone-menu').isVisible()).toBe(false);
    const links = page.locator('.site-nav a');
    expect(await links.count()).toBe(9);
    for (const a of await links.all()) expect(await a.isVisible()).toBe(true);
    expect(await page.locator('.header-tools .lang-switcher a').count()).toBe(siteLocales.length);
    expect(await page.locator('.header-tools').getByRole('searchbox').isVisible()).toBe(true);
    await page.close();
  });
});
