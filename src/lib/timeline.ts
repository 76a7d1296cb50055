/**
 * The province's international cooperation in date order: source documents issued, agreements
 * signed, and events (held or planned), derived from the same entries as every other page.
 */
import type { Locale } from '../i18n/locales';
import { entryPath } from './urls';
import { textIn, type Site } from './site-content';

/** One dated line of the timeline. */
export interface TimelineItem {
  date: string;
  kind: 'document' | 'agreement' | 'event';
  title: string;
  lang: Locale;
  href?: string;
  /** held, planned or postponed, for events. */
  status?: 'held' | 'planned' | 'postponed';
}

/** All dated items between `from` and `to` (years, inclusive), oldest first; yearly observances left out. */
export function timelineItems(site: Site, locale: Locale, from: number, to: number): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (const [id, doc] of site.sources) {
    const plan = site.plans.find((p) => p.facts.document === id);
    items.push({ date: doc.date, kind: 'document', title: doc.title[locale], lang: locale, href: plan && entryPath(locale, 'plans', plan.slug) });
  }
  for (const a of site.agreements.filter((a) => a.facts.signed)) {
    const text = textIn(a, locale);
    items.push({ date: a.facts.signed!, kind: 'agreement', title: text.data.title, lang: text.lang, href: entryPath(locale, 'agreements', a.slug) });
  }
  for (const e of site.events.filter((e) => !e.facts.recurring)) {
    const text = textIn(e, locale);
    items.push({
      date: e.facts.start,
      kind: 'event',
      title: text.data.title,
      lang: text.lang,
      href: entryPath(locale, 'events', e.slug),
      status: e.facts.status,
    });
  }
  const year = (d: string) => Number(d.slice(0, 4));
  return items.filter((i) => year(i.date) >= from && year(i.date) <= to).sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind));
}
