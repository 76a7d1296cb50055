// Keyboard-only navigation, 200% zoom and print, on one page of each type in each language.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser';
import { dist, pagePaths, siteLocales } from '../helpers/site';
import { serve } from '../helpers/static-server';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let page: Page;

/** The first built page of each type in each language (home, indexes, entries, standalone pages). */
const samples = siteLocales.flatMap((l) => {
  const mine = pagePaths.filter((p) => p.startsWith(`/${l}/`));
  const byType = new Map<string, string>();
  for (const p of mine) {
    const parts = p.split('/').filter(Boolean);
    const key = parts.length <= 2 ? p : `${parts[1]}/*`;
    if (!byType.has(key)) byType.set(key, p);
  }
  return [...byType.values()];
});

beforeAll(async () => {
  server = await serve(dist);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('keyboard only', () => {
  it.each(siteLocales)('reaches the main navigation and follows a link in %s', async (locale) => {
    await page.goto(`${server.url}/${locale}/`);
    const target = `/${locale}/partners/`;
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
      if (href === target && (await page.evaluate(() => !!document.activeElement?.closest('.site-nav')))) break;
    }
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${target}`);
    expect(new URL(page.url()).pathname).toBe(target);
  });

  it('follows a breadcrumb back with the keyboard', async () => {
    await page.goto(`${server.url}/en/plans/chungcheongnam-2024-2025/`);
    await page.locator('.breadcrumbs a').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/en/');
    expect(new URL(page.url()).pathname).toBe('/en/');
  });

  it('shows where the focus is', async () => {
    await page.goto(`${server.url}/ko/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });
});

describe('200% zoom', () => {
  it(`needs no horizontal scrolling (${samples.length} pages)`, async () => {
    const wide: string[] = [];
    for (const p of samples) {
      await page.goto(server.url + p);
      await page.evaluate(() => ((document.documentElement.style as any).zoom = '2'));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 1) wide.push(`${p}: ${overflow}px`);
    }
    expect(wide).toEqual([]);
  });
});

describe('print', () => {
  it.each(samples.filter((p) => p.startsWith('/vi/')))('hides navigation and keeps the content of %s', async (p) => {
    await page.goto(server.url + p);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-nav', '.lang-switcher', '.header-search', '.breadcrumbs']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator('main h1').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });
});
