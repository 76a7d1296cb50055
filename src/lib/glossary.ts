/** Names from the glossary (content/glossary.yaml) in the reader's language. */
import type { Locale } from '../i18n/locales';
import type { Site } from './site-data';

/** The name of a glossary term in `locale`, e.g. term(site, 'foreign-affairs', 'ko') → 외무국. */
export function term(site: Site, id: string, locale: Locale): string {
  const found = site.glossary.get(id);
  if (!found) throw new Error(`Unknown glossary term "${id}"`);
  return found[locale];
}

/** A list of glossary names joined the locale's way, first letter capitalised. */
export function termList(site: Site, ids: string[], locale: Locale): string {
  const names = ids.map((id) => term(site, id, locale));
  const joined = new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
  return joined.charAt(0).toLocaleUpperCase(locale) + joined.slice(1);
}
