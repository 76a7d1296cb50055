/** getStaticPaths helpers: every route is generated once per locale from the locale table. */
import { locales, type Locale } from '../i18n/locales';
import type { EntryType } from './entry-types';
import { loadSite, type Entry } from './site-content';

/** One path per locale, for pages that exist once per language (home, indexes, search). */
export function localeStaticPaths() {
  return locales.map((locale) => ({ params: { locale } }));
}

/** One path per locale and entry of `type`: an entry has a page in every language, translated or not. */
export async function entryStaticPaths<K extends EntryType>(type: K) {
  const site = await loadSite();
  return locales.flatMap((locale: Locale) => (site[type] as Entry<K>[]).map((entry) => ({ params: { locale, slug: entry.slug }, props: { entry } })));
}
