// npm run bench:search — search at scale (after npm run build). Builds a synthetic site of 10,000 extra pages (2,500 per
// language, text sampled from the site's own content in each script) next to the real one, indexes
// it exactly as the build does, then in Debian's Chromium (gzip served, cold cache) measures per
// language: index size, bytes fetched for a search, and time from the Enter key to rendered results.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Request } from 'playwright-core';
import { launchChromium } from '../../tests/helpers/browser.ts';
import { serve } from '../../tests/helpers/static-server.ts';
import { locales } from '../../src/i18n/locales.ts';

const PER_LANGUAGE = Number(process.env.BENCH_PAGES ?? 2500);
const langs = locales;
const root = join(import.meta.dirname, '../..');
const work = join(root, '.tmp/bench-search');
const site = join(work, 'site');
const node = process.execPath;
const pagefindVersion = (JSON.parse(readFileSync(join(root, 'node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;

// 1. The real site, plus synthetic pages whose text is sampled from the real pages of each language.
// BENCH_REUSE=1 (for working on the search page only): keep the synthetic pages and their index from the
// last run and copy the freshly built site's pages and scripts over them; the indexing figures are then not measured.
const reuse = process.env.BENCH_REUSE === '1' && existsSync(join(site, 'pagefind'));
if (!reuse) rmSync(work, { recursive: true, force: true });
cpSync(join(root, 'dist'), site, { recursive: true, filter: (src) => !src.includes(`${join(root, 'dist', 'pagefind')}`) });

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
}
const phrases: Record<string, string[]> = Object.fromEntries(langs.map((l) => [l, []]));
for (const file of walk(site).filter((f) => f.endsWith('.html'))) {
  const html = readFileSync(file, 'utf8');
  const lang = /<main[^>]*lang="(\w+)"[^>]*data-search-type/.exec(html)?.[1];
  if (!lang || !(lang in phrases)) continue;
  const text = html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ').match(/<main[\s\S]*<\/main>/)?.[0] ?? '';
  for (const sentence of text.replace(/<[^>]+>/g, ' ').split(/(?<=[.!?;。])\s+|\n/)) {
    const clean = sentence.replace(/\s+/g, ' ').trim();
    if (clean.length > 20 && clean.length < 400) phrases[lang].push(clean);
  }
}
// Seeded, with a full 2^32 period (mulberry32). The generator used before (an LCG in floating point)
// lost its low bits and repeated every 10,466 draws, so the synthetic pages repeated one another's
// sentences in step, which an index numbering the pages in generation order compressed unrealistically.
let seed = 42;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
};
const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
for (const lang of reuse ? [] : langs) {
  for (let i = 0; i < PER_LANGUAGE; i++) {
    const title = pick(phrases[lang]).slice(0, 90);
    const body = Array.from({ length: 12 + Math.floor(random() * 20) }, () => `<p>${escape(pick(phrases[lang]))}</p>`).join('');
    const year = 2016 + (i % 10);
    const dir = join(site, lang, 'bench', String(i));
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><html lang="${lang}"><head><title>${escape(title)}</title></head><body><main lang="${lang}" data-search-type="news" data-search-date="${year}-0${1 + (i % 9)}-1${i % 10}"><h1>${escape(title)}</h1>${body}</main></body></html>`,
    );
  }
}

// 2. Index it as the build does; then the same HTML files with the stock Pagefind CLI (what a default
// Astro/Starlight site runs), into a directory that is not served, for the ratio.
const started = performance.now();
if (!reuse) execFileSync(node, [join(root, 'scripts/build-search-index.ts')], { cwd: root, env: { ...process.env, OUT_DIR: site }, stdio: 'inherit' });
const indexSeconds = (performance.now() - started) / 1000;
const htmlCount = walk(site).filter((f) => f.endsWith('.html')).length;
const stockStarted = performance.now();
if (!reuse)
  execFileSync(node, [join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', site, '--output-path', join(work, 'stock-pagefind')], {
    cwd: root,
    stdio: 'ignore',
  });
const stockSeconds = (performance.now() - stockStarted) / 1000;

// 3. Index size per language (Pagefind names its files <lang>_<hash>).
const pagefindFiles = walk(join(site, 'pagefind'));
const sizeOf = (lang: string) =>
  pagefindFiles.filter((f) => f.split('/').pop()!.startsWith(`${lang}_`) || f.includes(`pagefind.${lang}_`)).reduce((s, f) => s + statSync(f).size, 0);

// 4. Searches in Chromium: cold cache each time, as a first-time reader.
// Queries that find something (the negative ones cost little), at most QUERIES per language.
const QUERIES = Number(process.env.BENCH_QUERIES ?? 12);
const queries = (
  JSON.parse(readFileSync(join(root, 'tests/search/queries.json'), 'utf8')) as Array<{ lang: string; query: string; expect?: string | null }>
).filter((q) => q.expect);
const server = await serve(site, { gzip: true });
const browser = await launchChromium();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (b: number) => `${(b / 1024).toFixed(1)} kB`;
const rows: string[] = [];
const summary: string[] = [];
/** Bytes of one response as sent (gzip); a worker's own script is reported as 0 by the browser, so it is measured from the file. */
const sentBytes = async (r: Request) => {
  const s = await r.sizes();
  const path = join(site, decodeURIComponent(new URL(r.url()).pathname));
  return s.responseHeadersSize + (s.responseBodySize || (existsSync(path) ? gzipSync(readFileSync(path)).length : 0));
};
for (const lang of langs) {
  const bytes: number[] = [];
  const times: number[] = [];
  const opened: number[] = [];
  for (const { query } of queries.filter((q) => q.lang === lang).slice(0, QUERIES)) {
    // A reader on the search page: the page loads and settles (the engine is prepared while idle), the
    // reader types the query and presses Enter. Bytes: every file of the search engine and its index
    // fetched from the page's opening to the results, prepared in advance or not.
    const context = await browser.newContext();
    const page = await context.newPage();
    let transferred = 0;
    const sizes: Array<Promise<void>> = [];
    page.on('requestfinished', (r) => void (r.url().includes('/pagefind/') && sizes.push(sentBytes(r).then((n) => void (transferred += n)))));
    if (process.env.BENCH_DEBUG)
      page.on(
        'requestfinished',
        (r) =>
          void r.sizes().then((s) =>
            console.log(
              lang,
              r
                .url()
                .split('/')
                .pop()!
                .replace(/_[0-9a-f]+/, '')
                .slice(0, 40),
              s.responseBodySize,
            ),
          ),
      );
    await page.goto(`${server.url}/${lang}/search/`);
    await page.waitForLoadState('networkidle');
    await page.locator('#q').fill(query);
    const ms = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const status = document.getElementById('search-status')!;
          const t0 = performance.now();
          new MutationObserver(() => resolve(performance.now() - t0)).observe(status, { childList: true, characterData: true, subtree: true });
          document.querySelector('form[data-search]')!.dispatchEvent(new Event('submit', { cancelable: true }));
        }),
    );
    await page.waitForLoadState('networkidle');
    await Promise.all(sizes);
    bytes.push(transferred);
    times.push(ms);
    // A reader arriving from the header's search box on another page: the search page opens with ?q=
    // and searches at once (nothing prepared in advance): navigation start to rendered results.
    const fresh = await context.browser()!.newContext();
    const arriving = await fresh.newPage();
    await arriving.goto(`${server.url}/${lang}/search/?q=${encodeURIComponent(query)}`);
    // The moment the results are announced, in the page's own clock (0 = navigation start; polled each frame).
    const done = await arriving.waitForFunction(() => document.getElementById('search-status')?.textContent && performance.now(), undefined, {
      polling: 'raf',
    });
    opened.push(Number(await done.jsonValue()));
    await fresh.close();
    await context.close();
  }
  summary.push(`${lang} ${(median(bytes) / 1024).toFixed(0)} kB ${median(times).toFixed(0)} ms`);
  rows.push(
    `| ${lang} | ${PER_LANGUAGE} + real | ${kb(sizeOf(lang))} | ${kb(median(bytes))} (max ${kb(Math.max(...bytes))}) | ${median(times).toFixed(0)} ms (max ${Math.max(...times).toFixed(0)} ms) | ${median(opened).toFixed(0)} ms |`,
  );
}
await browser.close();
await server.close();

console.log(`\nSearch benchmark — ${PER_LANGUAGE * langs.length} synthetic pages + the real site (${htmlCount} HTML files); Pagefind ${pagefindVersion}`);
console.log(
  `Indexing: ${indexSeconds.toFixed(1)} s (this project's preparation), stock Pagefind CLI on the same HTML files ${stockSeconds.toFixed(1)} s: ratio ${(indexSeconds / stockSeconds).toFixed(2)}×`,
);
console.log(`Machine: ${cpus().length} × ${cpus()[0].model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; Chromium (Debian)`);
console.log(
  `Bytes: the search engine's files fetched for one search from a cold cache (gzip), including pagefind.js, its worker and wasm; keystroke → results: Enter key to rendered results on the search page; opened with ?q=: navigation start to results for a query sent from another page's search box (medians of ${QUERIES} queries per language).\n`,
);
console.log('| language | pages | index on disk | bytes per search (median) | keystroke → results (median) | opened with ?q= (median) |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
console.log(`\nsearch-bench: ${summary.join('; ')}; index ${indexSeconds.toFixed(1)} s vs stock ${stockSeconds.toFixed(1)} s`);
