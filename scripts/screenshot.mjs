// Takes full-page screenshots of pages of the running site with Debian's Chromium, for reviewing
// a change by eye: node scripts/screenshot.mjs /vi/ /ko/partners/xaysomboun/ … (files in .tmp/shots/).
// WIDTH=360 for a phone; FULL=0 for the first screen only.
import { launchChromium } from '../tests/helpers/browser.ts';
import { mkdir } from 'node:fs/promises';

const base = process.env.BASE_URL ?? 'http://localhost:4321';
const width = Number(process.env.WIDTH ?? 1280);
const paths = process.argv.slice(2);
await mkdir('.tmp/shots', { recursive: true });
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width, height: 900 } });
for (const path of paths) {
  await page.goto(base + path, { waitUntil: 'networkidle' });
  const file = `.tmp/shots/${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'root'}-${width}.png`;
  await page.screenshot({ path: file, fullPage: process.env.FULL !== '0' });
  console.log(file);
}
await browser.close();
