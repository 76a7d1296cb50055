// In a real browser with JavaScript off: the switcher lands on the same page, the skip link comes
// first, and an untranslated page shows its notice.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { launchChromium } from '../helpers/browser';
import { buildWith, copyFixture } from '../helpers/build';
import { dist, siteLocales } from '../helpers/site';
import { localeTable } from '../../src/i18n/locales';
import { serve } from '../helpers/static-server';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let fixture: Awaited<ReturnType<typeof serve>>;
let page: Page;

beforeAll(async () => {
  // The real site has every translation; the fixture content leaves partner "alpha" untranslated in ko and lo.
  const content = copyFixture('browser-fallback');
  const built = buildWith(content);
  if (built.code !== 0) throw new Error(`fixture build failed:\n${built.output}`);
  fixture = await serve(join(resolve(content, '..'), 'dist'));
  server = await serve(dist);
  browser = await launchChromium();
  page = await browser.newPage({ javaScriptEnabled: false });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fixture?.close();
});

/** Every other language of the locale table by its label, then back to Vietnamese. */
const switchOrder = [...siteLocales.filter((l) => l !== 'vi'), 'vi' as const].map((l) => [localeTable[l].label, l] as const);

describe('with JavaScript off', () => {
  it('the language switcher lands on the same page in each language', async () => {
    await page.goto(`${server.url}/vi/plans/chungcheongnam-2024-2025/`);
    for (const [label, lang] of switchOrder) {
      await page.locator('.lang-switcher:visible').getByRole('link', { name: label }).click();
      expect(new URL(page.url()).pathname).toBe(`/${lang}/plans/chungcheongnam-2024-2025/`);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      await expect.poll(() => page.locator('table tbody tr[data-task]').count()).toBe(9);
    }
  });

  it('the switcher lands on the same page in each language, for one page of every type', async () => {
    const types = [
      '',
      'partners/',
      'partners/gifu/',
      'agreements/',
      'agreements/chungcheongnam-2023-2030/',
      'plans/',
      'plans/korea-30th-anniversary-2022/',
      'events/',
      'events/xs-lao-new-year/',
      'news/',
      'news/project-942-2021/',
      'profile/',
      'investment/',
      'about/',
      'press/',
      'map/',
      'timeline/',
      'data/',
      'search/',
    ];
    for (const rest of types) {
      await page.goto(`${server.url}/vi/${rest}`);
      for (const [label, lang] of switchOrder) {
        await page.locator('.lang-switcher:visible').getByRole('link', { name: label }).click();
        expect(new URL(page.url()).pathname, rest).toBe(`/${lang}/${rest}`);
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      }
    }
  });

  it('puts the skip link first and moves focus to the main content', async () => {
    await page.goto(`${server.url}/ko/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    await page.keyboard.press('Enter');
    await page.waitForURL('**#main'); // the jump to the fragment can land after the key press returns on a busy machine
    expect(new URL(page.url()).hash).toBe('#main');
  });

  it('shows an untranslated page in Vietnamese with a notice in the reader’s language', async () => {
    await page.goto(`${fixture.url}/lo/partners/alpha/`);
    expect(await page.locator('main').getAttribute('lang')).toBe('vi');
    const notice = page.locator('[data-fallback-notice]');
    expect(await notice.getAttribute('lang')).toBe('lo');
    expect(await notice.isVisible()).toBe(true);
    expect(await page.locator('h1').textContent()).toBe('Tỉnh Alpha');
    // The switcher still leads to the translated English page.
    await page.locator('.lang-switcher:visible').getByRole('link', { name: 'English' }).click();
    expect(await page.locator('h1').textContent()).toBe('Alpha Province');
    expect(await page.locator('[data-fallback-notice]').count()).toBe(0);
  });

  it('serves the localized 404 for a missing address', async () => {
    const response = await page.goto(`${server.url}/en/partners/no-such-partner/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('section[lang="en"] h1').textContent()).toBe('Page not found');
  });
});
