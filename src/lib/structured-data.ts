/**
 * JSON-LD (schema.org) for each page, typed with schema-dts so that a wrong property is a type error.
 * The province is a GovernmentOrganization (dissolved into the new Bắc Ninh province on 1 July 2025);
 * news are NewsArticles, events Events with their status, partners AdministrativeAreas; every page
 * with a trail has a BreadcrumbList.
 */
import type { AdministrativeArea, BreadcrumbList, Event, GovernmentOrganization, NewsArticle, Thing, WithContext } from 'schema-dts';
import { localeTable, type Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/ui';
import { countryName } from './format';
import { mergerDate } from './province-context';
import { absoluteUrl, localePath, shareImagePath } from './urls';
import type { Entry, ShownText } from './site-content';

/** The province as an organisation, in the reader's language. */
export function provinceOrganisation(locale: Locale): GovernmentOrganization {
  const t = useTranslations(locale);
  return {
    '@type': 'GovernmentOrganization',
    name: t('site.name'),
    url: absoluteUrl(localePath(locale)),
    description: t('site.merger', { date: mergerDate }),
    dissolutionDate: mergerDate,
  };
}

/** The trail of a page as a BreadcrumbList. */
export function breadcrumbList(items: Array<{ label: string; href: string }>): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: items.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.label, item: absoluteUrl(c.href) })),
  };
}

const eventStatus = {
  held: 'https://schema.org/EventScheduled',
  planned: 'https://schema.org/EventScheduled',
  postponed: 'https://schema.org/EventPostponed',
} as const;

/** The schema.org description of an entry's page (undefined for types without a fitting schema.org type). */
export function entryThing(entry: Entry, shown: ShownText, locale: Locale, path: string): Thing | undefined {
  const url = absoluteUrl(path);
  const base = { name: shown.data.title, description: shown.data.summary, url };
  switch (entry.type) {
    case 'news': {
      const f = (entry as Entry<'news'>).facts;
      return {
        '@type': 'NewsArticle',
        headline: shown.data.title,
        description: shown.data.summary,
        url,
        mainEntityOfPage: url,
        inLanguage: localeTable[shown.lang].intl,
        datePublished: f.published,
        ...(f.updated ? { dateModified: f.updated } : {}),
        image: absoluteUrl(shareImagePath(locale, entry)),
        publisher: provinceOrganisation(locale),
        author: provinceOrganisation(locale),
      } satisfies NewsArticle;
    }
    case 'events': {
      const f = (entry as Entry<'events'>).facts;
      return {
        '@type': 'Event',
        ...base,
        startDate: f.start,
        ...(f.end ? { endDate: f.end } : {}),
        eventStatus: eventStatus[f.status],
        organizer: provinceOrganisation(locale),
        inLanguage: localeTable[shown.lang].intl,
      } satisfies Event;
    }
    case 'partners': {
      const f = (entry as Entry<'partners'>).facts;
      return {
        '@type': 'AdministrativeArea',
        ...base,
        alternateName: f.nativeName,
        containedInPlace: { '@type': 'Country', name: countryName(f.country, locale), identifier: f.country },
        ...(f.coordinates ? { geo: { '@type': 'GeoCoordinates', latitude: f.coordinates[0], longitude: f.coordinates[1] } } : {}),
      } satisfies AdministrativeArea;
    }
    default:
      return undefined;
  }
}

/** A JSON-LD graph ready for a <script type="application/ld+json">. */
export function jsonLd(things: Array<Thing | undefined>): string {
  const graph: WithContext<Thing> | { '@context': string; '@graph': Thing[] } = {
    '@context': 'https://schema.org',
    '@graph': things.filter((t): t is Thing => t !== undefined),
  };
  // "</" cannot end the script early: escape it.
  return JSON.stringify(graph).replace(/</g, '\\u003c');
}
