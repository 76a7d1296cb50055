// Where each page's own heading (<h1>) starts on a phone screen: the helper behind the first-screen
// test (tests/browser/first-screen.test.ts) and the measuring script (scripts/measure-heading.ts).
import type { Browser } from 'playwright-core';

/** A common phone screen, in CSS pixels. */
export const phone = { width: 390, height: 844 } as const;

/** The page type of a built page's URL path: home, an index or standalone page, or `<type>/*` for entries. */
export function pageType(path: string): string {
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return 'language choice';
  if (parts[0] === '404.html') return '404';
  if (parts.length === 1) return 'home';
  if (parts.length === 2) return parts[1];
  return `${parts[1]}/*`;
}

/** The top of the first <h1> of each page in CSS pixels from the top of the document (NaN when it has none). */
export async function headingTops(browser: Browser, baseUrl: string, paths: string[], viewport = phone): Promise<Map<string, number>> {
  const page = await browser.newPage({ viewport });
  const tops = new Map<string, number>();
  for (const path of paths) {
    await page.goto(baseUrl + path, { waitUntil: 'load' });
    tops.set(
      path,
      await page.evaluate(() => {
        const h1 = document.querySelector('h1');
        return h1 ? h1.getBoundingClientRect().top + window.scrollY : Number.NaN;
      }),
    );
  }
  await page.close();
  return tops;
}

/** The highest heading top per page type and locale (`-` for pages outside a locale). */
export function worstByType(tops: Map<string, number>): Map<string, Map<string, number>> {
  const table = new Map<string, Map<string, number>>();
  for (const [path, top] of tops) {
    const type = pageType(path);
    const locale = /^\/(\w\w)\//.exec(path)?.[1] ?? '-';
    if (!table.has(type)) table.set(type, new Map());
    const row = table.get(type)!;
    row.set(locale, Math.max(row.get(locale) ?? -Infinity, top));
  }
  return table;
}
