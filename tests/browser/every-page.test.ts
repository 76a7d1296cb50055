// Every built page in Chromium: zero axe violations (WCAG 2.0/2.1/2.2 A and AA), no request leaving
// the site's origin, no script errors, and no horizontal scrolling on a 360 px wide phone.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser';
import { dist, pagePaths } from '../helpers/site';
import { serve } from '../helpers/static-server';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let context: BrowserContext;

beforeAll(async () => {
  server = await serve(dist);
  browser = await launchChromium();
  // axe is injected as a script, which the pages' own CSP would rightly refuse.
  context = await browser.newContext({ bypassCSP: true, viewport: { width: 360, height: 740 } });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('every page in a browser', () => {
  it(`passes axe, stays on its origin and fits 360 px (${pagePaths.length} pages)`, async () => {
    const problems: string[] = [];
    const page = await context.newPage();
    const origin = new URL(server.url).origin;
    let current = '';
    page.on('request', (r) => {
      if (!r.url().startsWith('data:') && new URL(r.url()).origin !== origin) problems.push(`${current}: request to ${r.url()}`);
    });
    page.on('pageerror', (e) => problems.push(`${current}: script error ${e.message}`));
    for (const path of pagePaths) {
      current = path;
      await page.goto(server.url + path, { waitUntil: 'load' });
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async (tags) => {
        // @ts-expect-error axe is injected above
        const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        return result.violations.map((v: any) => `${v.id} (${v.nodes.length}): ${v.nodes[0].target.join(' ')} — ${v.help}`);
      }, wcag);
      problems.push(...violations.map((v: string) => `${path}: ${v}`));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 1) problems.push(`${path}: ${overflow}px wider than a 360px screen`);
    }
    expect(problems).toEqual([]);
  }, 600_000);
});
