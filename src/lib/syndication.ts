/** Entries turned into feed items and calendar events for one locale (text falls back to Vietnamese). */
import type { Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/ui';
import type { CalendarEvent } from './ical';
import type { FeedItem } from './feeds';
import { revisionOf } from './revisions';
import { buildDate } from './build-settings';
import { entryPath } from './urls';
import { dirname } from 'node:path';
import { textIn, type Entry, type Site } from './site-content';

/** The news of the site as feed items. */
export function newsItems(site: Site, locale: Locale, filter: (n: Entry<'news'>) => boolean = () => true): FeedItem[] {
  const t = useTranslations(locale);
  return site.news.filter(filter).map((n) => {
    const text = textIn(n, locale);
    return { title: text.data.title, summary: text.data.summary, path: entryPath(locale, 'news', n.slug), date: n.facts.published, category: t('type.news') };
  });
}

/** The folder holding an entry's files (its Vietnamese text lies in it, whatever the file layout). */
const entryFolder = (e: Entry) => dirname(e.texts.vi!.filePath!);

/**
 * Events that are news: held (a document reports them) and begun by the build day. Planned and
 * postponed events, and anything dated in the future, belong in the calendars, not in a news feed.
 */
export function isNewsworthy(e: Entry<'events'>, today = buildDate): boolean {
  return e.facts.status === 'held' && e.facts.start.slice(0, today.length) <= today;
}

/** News and held events concerning one partner, as feed items (events dated by their start). */
export function partnerItems(site: Site, locale: Locale, partner: string): FeedItem[] {
  const t = useTranslations(locale);
  const events = site.events
    .filter((e) => e.facts.partners.includes(partner) && isNewsworthy(e))
    .map((e) => {
      const text = textIn(e, locale);
      return {
        title: text.data.title,
        summary: text.data.summary,
        path: entryPath(locale, 'events', e.slug),
        date: e.facts.start,
        category: t(`eventStatus.${e.facts.status}`),
      };
    });
  return [...newsItems(site, locale, (n) => n.facts.partners.includes(partner)), ...events];
}

/** Events as calendar entries, with a description that says how sure the date is and where it comes from. */
export function calendarEvents(site: Site, locale: Locale, events: Entry<'events'>[]): CalendarEvent[] {
  const t = useTranslations(locale);
  return events.map((e) => {
    const text = textIn(e, locale);
    const f = e.facts;
    const precision = f.start.length === 4 ? t('calendar.onlyYear') : f.start.length === 7 ? t('calendar.onlyMonth') : '';
    const note = f.status === 'planned' ? t('event.plannedNote') : f.status === 'postponed' ? t('event.postponedNote') : '';
    const sources = f.sources.map((id) => site.sources.get(id)!.number ?? t('meta.unnumbered')).join(', ');
    return {
      uid: `${e.slug}-${locale}`,
      title: text.data.title,
      description: [text.data.summary, precision, note, `${t('meta.sources')}: ${sources}`].filter(Boolean).join('\n'),
      path: entryPath(locale, 'events', e.slug),
      start: f.start,
      end: f.end,
      status: f.status,
      repeatUntil: f.recurring ? f.until : undefined,
      ...revisionOf(entryFolder(e)),
      category: t(`eventStatus.${f.status}`),
    };
  });
}
