/** Names from the glossary (content/glossary.yaml) in the reader's language. */
import type { Locale } from '../i18n/locales';
import { capitalise } from './format';
import type { Site } from './site-content';

/** The name of a glossary term in `locale`, e.g. term(site, 'foreign-affairs', 'ko') → 외무국. */
export function term(site: Site, id: string, locale: Locale): string {
  const found = site.glossary.get(id);
  if (!found) throw new Error(`Unknown glossary term "${id}"`);
  return found[locale];
}

/**
 * The names of several glossary terms in `locale`, each capitalised as the first word of a line
 * (vi "các sở …" → "Các sở …"). They are shown one per line (components/NameList.astro) or joined
 * with joinNames(), never with commas: names contain commas themselves.
 */
export function termNames(site: Site, ids: readonly string[], locale: Locale): string[] {
  return ids.map((id) => capitalise(term(site, id, locale), locale));
}
