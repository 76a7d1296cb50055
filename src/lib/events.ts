/** Event dates: wording per locale and the upcoming/past split used by the events pages. */
import type { TFunction } from 'i18next';
import type { Locale } from '../i18n/locales';
import { formatDate } from './format';
import type { Entry } from './site-data';

/** The event's date (or span) in the reader's language, noting when it recurs every year. */
export function eventDateText(event: Entry<'events'>, t: TFunction, locale: Locale): string {
  const { start, end, recurring } = event.facts;
  const span = end ? `${formatDate(start, locale)} – ${formatDate(end, locale)}` : formatDate(start, locale);
  return recurring ? `${span} (${t('event.recurring')})` : span;
}

/** The last day an event can fall on, as YYYY-MM-DD (a year-only date means the whole year). */
export function lastDay(date: string): string {
  const [y, m, d] = date.split('-');
  if (d) return date;
  if (m) return `${y}-${m}-${String(new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate()).padStart(2, '0')}`;
  return `${y}-12-31`;
}

/** Splits events into upcoming (ending today or later, soonest first) and past (latest first). */
export function splitByDate(events: Entry<'events'>[], today: string) {
  const end = (e: Entry<'events'>) => lastDay(e.facts.end ?? e.facts.start);
  return {
    upcoming: events.filter((e) => end(e) >= today).sort((a, b) => a.facts.start.localeCompare(b.facts.start)),
    past: events.filter((e) => end(e) < today).sort((a, b) => b.facts.start.localeCompare(a.facts.start)),
  };
}
