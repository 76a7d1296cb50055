// The proof that adding a language is one row of the locale table + one UI JSON + content: a copy of the
// project with Thai added that way (tests/helpers/fifth-locale-build.ts, a script written without spaces
// and with no syllable rule of its own) builds a complete fifth language — every page, the fallback
// notice, the switcher, hreflang, the sitemap, the editor's config, share images and search — and the
// site's own checks of pages, fallbacks, switcher, head links and sitemap pass on it unchanged.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import type { Browser, Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser';
import { fifthProject } from '../helpers/fifth-locale-build';
import { serve } from '../helpers/static-server';
import { siteUrl } from '../../src/lib/build-settings';

const dist = join(fifthProject, 'dist');
const th = JSON.parse(readFileSync(join(fifthProject, 'src/i18n/ui/th.json'), 'utf8'));
const vi = JSON.parse(readFileSync(join(fifthProject, 'src/i18n/ui/vi.json'), 'utf8'));

function htmlUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? htmlUnder(join(dir, n)) : n.endsWith('.html') ? [join(dir, n)] : []));
}
/** Page paths under /<locale>/, without the prefix (/news/alpha-news/index.html …). */
const pagesIn = (locale: string) =>
  htmlUnder(join(dist, locale))
    .map((f) => '/' + relative(join(dist, locale), f))
    .sort();
const page = (path: string): HTMLElement => parse(readFileSync(join(dist, path.endsWith('.html') ? path : `${path}index.html`), 'utf8'));

/** The Thai texts added as content (tests/fixtures/fifth-locale/content). */
const translated = ['/news/alpha-news/', '/about/'];

describe('a fifth language added as one row + one UI JSON + content', () => {
  it('builds every page of vi in th too', () => {
    const viPages = pagesIn('vi');
    expect(viPages.length).toBeGreaterThan(15);
    expect(pagesIn('th')).toEqual(viPages);
  });

  it('shows untranslated entries in Vietnamese with the fallback notice in Thai, translated ones in Thai', () => {
    const entries = pagesIn('th').filter((p) => page(`/th${p}`).querySelector('main[data-search-type], [data-fallback-notice]'));
    expect(entries.length).toBeGreaterThan(5);
    for (const p of entries) {
      const doc = page(`/th${p}`);
      const notice = doc.querySelector('[data-fallback-notice]');
      const isTranslated = translated.some((t) => p === `${t}index.html`);
      expect(doc.querySelector('html')!.getAttribute('lang'), p).toBe('th');
      expect(doc.querySelector('html')!.getAttribute('dir'), p).toBe('ltr');
      expect(doc.querySelector('main')!.getAttribute('lang'), p).toBe(isTranslated ? 'th' : 'vi');
      expect(notice?.text.trim(), p).toBe(isTranslated ? undefined : th.meta.fallback);
      if (notice) expect(notice.getAttribute('lang')).toBe('th');
    }
    expect(page('/th/news/alpha-news/').querySelector('h1')!.text).toBe('ข่าวอัลฟา');
  });

  it('shows the UI strings the partial Thai file lacks in Vietnamese, and the build says how many', () => {
    const log = readFileSync(join(fifthProject, 'build.log'), 'utf8');
    expect(log).toMatch(/\[i18n\] th: \d+ UI strings not translated yet, shown in Vietnamese/);
    expect(page('/th/').querySelector('title')!.text).toBe(th.site.name);
    expect(th.dataset).toBeUndefined();
    expect(page('/th/data/').querySelector('h1')!.text.trim()).toBe(vi.dataset.page.title);
  });

  it('lists Thai in the language switcher of every page, in every language, and on the root and 404 pages', () => {
    for (const locale of ['vi', 'th', 'lo']) {
      for (const p of pagesIn(locale)) {
        const switchers = page(`/${locale}${p}`).querySelectorAll('.lang-switcher');
        expect(switchers.length, p).toBeGreaterThan(0);
        for (const s of switchers) {
          const thai = s.querySelector('a[lang="th"]');
          expect(thai?.text.trim(), `${locale}${p}`).toBe('ภาษาไทย');
          expect(thai!.getAttribute('href')).toBe(`/th${p.replace(/index\.html$/, '')}`);
        }
      }
    }
    expect(page('/').querySelector('li[lang="th"] a')!.getAttribute('href')).toBe('/th/');
    expect(page('/404.html').querySelector('section[lang="th"]')).not.toBeNull();
  });

  it('describes the Thai fields of the open data, named in each reader’s language', () => {
    const described = (locale: string, field: string) =>
      page(`/${locale}/data/`)
        .querySelectorAll('tr')
        .find((tr) => tr.querySelector('th code')?.text === field)
        ?.querySelector('td')?.text;
    expect(described('en', 'name_th')).toMatch(/\bThai\b/);
    expect(described('vi', 'title_th')).toMatch(/Thái/);
    expect(described('vi', 'title_lo')).toBe('Tiêu đề bằng tiếng Lào');
  });

  it('gives hreflang alternates in five languages, th included', () => {
    const alts = page('/lo/news/alpha-news/')
      .querySelectorAll('link[rel=alternate][hreflang]')
      .map((l) => l.getAttribute('hreflang'));
    expect(alts).toEqual(['vi', 'en', 'ko', 'lo', 'th', 'x-default']);
    expect(page('/th/about/').querySelector('link[rel=alternate][hreflang="th"]')!.getAttribute('href')).toBe(`${siteUrl}/th/about/`);
  });

  it('lists the /th/ pages in the sitemap, with their alternates', () => {
    const xml = parse(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8'), { lowerCaseTagName: true });
    const urls = xml.querySelectorAll('url');
    const thai = urls.filter((u) => u.querySelector('loc')!.text.startsWith(`${siteUrl}/th/`));
    expect(thai.length).toBe(pagesIn('vi').filter((p) => !p.startsWith('/editors/')).length);
    for (const u of thai) {
      const langs = u.querySelectorAll('xhtml\\:link').map((l) => l.getAttribute('hreflang'));
      expect(langs).toEqual(['vi', 'en', 'ko', 'lo', 'th', 'x-default']);
    }
  });

  it('indexes the Thai texts for search in a th index of their own', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.languages.th?.page_count).toBe(translated.length);
  });

  it('draws the share images of Thai pages with the font the row names', () => {
    expect(existsSync(join(dist, 'share/th.png'))).toBe(true);
    expect(existsSync(join(dist, 'share/th/news/alpha-news.png'))).toBe(true);
    const og = page('/th/news/alpha-news/').querySelector('meta[property="og:locale"]')!.getAttribute('content');
    expect(og).toBe('th_TH');
  });

  it('edits Thai in the staff editor: the config generated from the table has it, labelled', () => {
    const config = parseYaml(readFileSync(join(fifthProject, 'public/admin/config.yml'), 'utf8'));
    expect(config.i18n.locales).toEqual(['vi', 'en', 'ko', 'lo', 'th']);
    const glossary = config.collections.find((c: { name: string }) => c.name === 'glossary');
    expect(glossary.fields.find((f: { name: string }) => f.name === 'th').label).toBe('Tiếng Thái · Thai');
  });

  it('passes the site’s own checks of pages, fallbacks, switcher, head links and sitemap', () => {
    const r = spawnSync(
      process.execPath,
      [
        'node_modules/vitest/vitest.mjs',
        'run',
        '--project',
        'site',
        ...['pages', 'fallback', 'switcher', 'head', 'sitemap'].map((t) => `tests/site/${t}.test.ts`),
      ],
      {
        cwd: fifthProject,
        encoding: 'utf8',
        env: { ...process.env, OUT_DIR: 'dist', CONTENT_DIR: 'content', EXPECT_UNTRANSLATED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      },
    );
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.stdout).toMatch(/Test Files\s+5 passed/);
  }, 180_000);
});

describe('search in Thai, in Chromium on the built site', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;
  let tab: Page;
  beforeAll(async () => {
    server = await serve(dist);
    browser = await launchChromium();
    tab = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Types a query into /th/search/ and returns the result links and the status line. */
  async function search(query: string): Promise<{ links: string[]; status: string }> {
    await tab.goto(`${server.url}/th/search/`);
    await tab.locator('#q').focus();
    await tab.keyboard.type(query);
    await tab.keyboard.press('Enter');
    await tab.waitForFunction(() => document.getElementById('search-status')!.textContent !== '', null, { timeout: 10_000 });
    const links = await tab.locator('#search-results li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    return { links, status: (await tab.locator('#search-status').textContent()) ?? '' };
  }

  it('finds a word inside a run of Thai letters (no spaces between words), on its page only', async () => {
    const { links, status } = await search('อัลฟา');
    expect(links).toEqual(['/th/news/alpha-news/']);
    expect(status).toBe('1 ผลลัพธ์สำหรับ “อัลฟา”');
  });

  it('shows the text as written, the query marked whole', async () => {
    const { links } = await search('ทดสอบ');
    expect(links.sort()).toEqual(['/th/about/', '/th/news/alpha-news/']);
    const excerpts = await tab.locator('#search-results li p:not(.meta-line)').allTextContents();
    expect(excerpts.some((e) => e.includes('ข่าวทดสอบ'))).toBe(true);
    expect(excerpts.join(' ')).not.toMatch(/[\u0E00-\u0E7F] [\u0E00-\u0E7F]\u200b|0[r-u][a-z]{3}/);
    const marks = await tab.locator('#search-results mark').allTextContents();
    expect(marks.length).toBeGreaterThanOrEqual(2);
    expect(new Set(marks)).toEqual(new Set(['ทดสอบ']));
    expect(await tab.locator('#search-results h2 a').allTextContents()).toContain('ข่าวอัลฟา');
  });

  it('finds a phrase on the page holding it and says so in Thai when nothing holds the query', async () => {
    expect((await search('หน้าทดสอบ')).links[0]).toBe('/th/about/');
    const none = await search('ลาวใต้');
    expect(none.links).toEqual([]);
    expect(none.status).toBe('ไม่พบผลลัพธ์สำหรับ “ลาวใต้”');
  });
});
