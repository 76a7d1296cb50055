// Reads the built site (dist/) and the content folders, independently of the site's own code.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { locales } from '../../src/i18n/locales';

const root = resolve(import.meta.dirname, '../..');
export const dist = resolve(root, process.env.OUT_DIR ?? 'dist');
export const contentDir = resolve(root, process.env.CONTENT_DIR ?? 'content');
/** The site's languages: the rows of the locale table (a build with another table is checked against it). */
export const siteLocales = locales;
const localePrefix = new RegExp(`^/(${locales.join('|')})/`);

if (!existsSync(join(dist, 'index.html'))) {
  throw new Error(`No built site in ${dist}: run "npm run build" first (npm test does).`);
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** URL prefix of the staff editor (Sveltia CMS): built into dist/ but not a page of the public site. */
export const adminPrefix = '/admin/';

/** Every HTML file of the build, as its URL path, the editor's included. */
export const htmlPaths: string[] = walk(dist)
  .filter((f) => f.endsWith('.html') && !f.includes(`${join(dist, 'pagefind')}`))
  .map(
    (f) =>
      '/' +
      relative(dist, f)
        .replace(/\\/g, '/')
        .replace(/(^|\/)index\.html$/, '$1'),
  )
  .sort();

/** Every page of the public site, as its URL path (/en/news/x/ or /404.html); the editor is not one. */
export const pagePaths: string[] = htmlPaths.filter((p) => !p.startsWith(adminPrefix));

/** The editor's HTML pages (its own tests check it: tests/site/admin.test.ts, tests/browser/cms-harness.test.ts). */
export const adminPaths: string[] = htmlPaths.filter((p) => p.startsWith(adminPrefix));

/** The file that serves a URL path, or undefined when the site has none. */
export function fileFor(urlPath: string): string | undefined {
  const clean = decodeURI(urlPath.split('#')[0].split('?')[0]);
  const candidates = clean.endsWith('/') ? [join(dist, clean, 'index.html')] : [join(dist, clean), join(dist, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

const cache = new Map<string, HTMLElement>();
/** The parsed HTML of a page. */
export function page(urlPath: string): HTMLElement {
  if (!cache.has(urlPath)) cache.set(urlPath, parse(readFileSync(fileFor(urlPath)!, 'utf8')));
  return cache.get(urlPath)!;
}

/** The entries in content/: type, slug and the locales that have a text file. */
export function contentEntries() {
  return ['partners', 'agreements', 'plans', 'events', 'news', 'standalone'].flatMap((type) =>
    readdirSync(join(contentDir, type)).map((slug) => ({
      type,
      slug,
      locales: readdirSync(join(contentDir, type, slug)).flatMap((f) => /^index\.([a-z]+)\.mdx?$/.exec(f)?.[1] ?? []),
    })),
  );
}

/** The frontmatter of an entry's Vietnamese file (index.vi.mdx): its facts and Vietnamese text. */
export function entryFacts(type: string, slug: string): any {
  const text = readFileSync(join(contentDir, type, slug, 'index.vi.mdx'), 'utf8');
  return parseYaml(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)![1]);
}

/** The URL path of an entry's page in a locale. */
export const entryUrl = (locale: string, type: string, slug: string) => (type === 'standalone' ? `/${locale}/${slug}/` : `/${locale}/${type}/${slug}/`);

/** A localized path without its locale prefix: /ko/news/x/ → /news/x/ (whatever the length of the code). */
export const withoutLocale = (p: string) => p.replace(localePrefix, '/');

/** Localized pages (under /<locale>/ for every row of the locale table). */
export const localizedPaths = pagePaths.filter((p) => localePrefix.test(p));
