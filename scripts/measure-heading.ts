// Prints, for every page type × locale of the built site (dist/), the lowest point at which a page's
// own heading (<h1>) starts on a 390 × 844 phone screen, in CSS pixels: node scripts/measure-heading.ts
import { launchChromium } from '../tests/helpers/browser.ts';
import { dist, pagePaths, siteLocales } from '../tests/helpers/site.ts';
import { serve } from '../tests/helpers/static-server.ts';
import { headingTops, phone, worstByType } from '../tests/helpers/first-screen.ts';

const server = await serve(dist);
const browser = await launchChromium();
try {
  const table = worstByType(await headingTops(browser, server.url, pagePaths));
  const columns = ['-', ...siteLocales];
  console.log(`Heading top (px) at ${phone.width} × ${phone.height}, worst page of each type:\n`);
  console.log(`| page type | ${columns.join(' | ')} |\n|---|${columns.map(() => '---:').join('|')}|`);
  for (const [type, row] of [...table].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`| ${type} | ${columns.map((c) => (row.has(c) ? Math.round(row.get(c)!) : '')).join(' | ')} |`);
  }
} finally {
  await browser.close();
  await server.close();
}
