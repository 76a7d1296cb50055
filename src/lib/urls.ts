/**
 * URL helpers: the one place that knows the URL scheme.
 *   /                         language choice (x-default of the home page)
 *   /<locale>/                home in that language (vi, en, ko, lo)
 *   /<locale>/<type>/         index of partners, agreements, events, news
 *   /<locale>/<type>/<slug>/  an entry; the slug is the same in every language
 *   /<locale>/<page>/         standalone pages (profile, investment, about) and search
 *   /<locale>/documents/<id>/ the full text of a source document (#<section> for a section)
 */
import { defaultLocale, isLocale, locales, type Locale } from '../i18n/locales';
import type { EntryType } from './entry-types';
import { siteUrl } from './build-settings';

/** The path of a page in one locale, from its locale-free segments: localePath('en', 'news') → /en/news/. */
export function localePath(locale: Locale, ...segments: string[]): string {
  return `/${[locale, ...segments].filter(Boolean).join('/')}/`;
}

/** The path of an entry's page; standalone pages sit directly under the locale. */
export function entryPath(locale: Locale, type: EntryType, slug: string): string {
  return type === 'standalone' ? localePath(locale, slug) : localePath(locale, type, slug);
}

/** The path of a source document's full-text page, optionally at one section (see src/lib/section-ids.ts). */
export function documentPath(locale: Locale, id: string, section?: string): string {
  return localePath(locale, 'documents', id) + (section ? `#${section}` : '');
}

/** Splits a path into its locale and the locale-free rest: /ko/news/x/ → ['ko', 'news/x']. */
export function splitLocale(pathname: string): { locale: Locale | undefined; rest: string } {
  const [first, ...rest] = pathname.replace(/^\/+|\/+$/g, '').split('/');
  return isLocale(first) ? { locale: first, rest: rest.join('/') } : { locale: undefined, rest: [first, ...rest].join('/') };
}

/** The same page in another locale (what the language switcher and hreflang link to). */
export function switchLocale(pathname: string, target: Locale): string {
  const { rest } = splitLocale(pathname);
  return localePath(target, ...rest.split('/'));
}

/** The share image of an entry's page (/share/<locale>/<type>/<slug>.png), or of the site in a locale (/share/<locale>.png). */
export function shareImagePath(locale: Locale, entry?: { type: EntryType; slug: string }): string {
  return entry ? `/share/${locale}/${entry.type}/${entry.slug}.png` : `/share/${locale}.png`;
}

/** The absolute URL of a path on the public site. */
export function absoluteUrl(path: string): string {
  return new URL(path, `${siteUrl}/`).href;
}

/**
 * hreflang alternates of a page: one per locale plus x-default (the Vietnamese page, or the
 * language choice at / for home pages). The root / itself counts as a home page.
 */
export function alternates(pathname: string): Array<{ hreflang: string; href: string }> {
  const { locale, rest } = splitLocale(pathname);
  const page = locale ? rest.split('/') : []; // the root / stands for the home pages
  return [
    ...locales.map((l) => ({ hreflang: l, href: absoluteUrl(localePath(l, ...page)) })),
    { hreflang: 'x-default', href: absoluteUrl(page.join('') === '' ? '/' : localePath(defaultLocale, ...page)) },
  ];
}

/** URL path of the staff editor (Sveltia CMS, built by src/integrations/cms-admin.ts). */
export const adminPath = '/admin/';

/**
 * The editor's route to an entry in one language: its collection is named after the entry type
 * and the entry is addressed by its file path without locale and extension (`<slug>/index` for
 * content/<type>/<slug>/index.<locale>.mdx); `_locale` opens that language's pane.
 */
export function editUrl(type: EntryType, slug: string, locale: Locale): string {
  return `${adminPath}#/collections/${type}/entries/${slug}/index?_locale=${locale}`;
}
