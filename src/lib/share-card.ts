/**
 * What each page's share image says, from the content: the kind of page, the title in the language
 * the page shows, and one line of facts (country and relationship, partners, dates, period). Only
 * texts in the site's languages are drawn: native names in other scripts (岐阜県) would need more fonts.
 */
import { useTranslations } from '../i18n/ui';
import type { Locale } from '../i18n/locales';
import { typeLabelKey } from './entry-types';
import { eventDateText } from './events';
import { countryName, formatDate, formatYearRange, joinNames } from './format';
import { mergerDate } from './province-context';
import { textIn, type Entry, type Site } from './site-content';
import type { ShareCard } from './share-image';

/** The share card of the whole site in a locale (home, indexes, search and other pages without an entry). */
export function siteShareCard(locale: Locale): ShareCard {
  const t = useTranslations(locale);
  return {
    locale,
    lang: locale,
    kind: t('site.mergerShort', { date: formatDate(mergerDate, locale) }),
    title: t('site.name'),
    meta: t('site.tagline'),
    site: t('site.name'),
  };
}

/** The share card of an entry's page in a locale. */
export function entryShareCard(site: Site, entry: Entry, locale: Locale): ShareCard {
  const t = useTranslations(locale);
  const shown = textIn(entry, locale);
  const partners = (ids: string[]) => joinNames(ids.map((id) => textIn(site.get('partners', id), locale).data.title));
  const facts = (): string[] => {
    switch (entry.type) {
      case 'partners': {
        const f = (entry as Entry<'partners'>).facts;
        return [countryName(f.country, locale), t(`partnerStatus.${f.status}`)];
      }
      case 'agreements': {
        const f = (entry as Entry<'agreements'>).facts;
        return [partners(f.partners), f.signed ? formatDate(f.signed, locale) : ''];
      }
      case 'plans': {
        const f = (entry as Entry<'plans'>).facts;
        return [partners(f.partners), formatYearRange(f.period.from, f.period.to, locale)];
      }
      case 'events': {
        const f = (entry as Entry<'events'>).facts;
        return [eventDateText(entry as Entry<'events'>, t, locale), partners(f.partners)];
      }
      case 'news': {
        const f = (entry as Entry<'news'>).facts;
        return [formatDate(f.published, locale), partners(f.partners)];
      }
      default:
        return [];
    }
  };
  return {
    locale,
    lang: shown.lang,
    kind: t(`type.${typeLabelKey[entry.type]}`),
    title: shown.data.title,
    meta: facts().filter(Boolean).join(' · '),
    site: t('site.name'),
  };
}
