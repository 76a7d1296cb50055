/** Event dates: wording per locale and the upcoming/past split used by the events pages. */
import type { TFunction } from 'i18next';
import type { Locale } from '../i18n/locales';
import { formatDate, formatDateRange, formatDayMonth, formatYearRange } from './format';
import type { Entry } from './site-content';

/** The event's date (or span) in the reader's language; a yearly observance as "13–15 April, every year (2022–2025)". */
export function eventDateText(event: Entry<'events'>, t: TFunction, locale: Locale): string {
  const { start, end, recurring, until } = event.facts;
  if (recurring) {
    const from = Number(start.slice(0, 4));
    return t('event.recurringSpan', { days: formatDayMonth(start, end, locale), period: formatYearRange(from, until ?? from, locale) });
  }
  return end ? formatDateRange(start, end, locale) : formatDate(start, locale);
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
  const end = (e: Entry<'events'>) => (e.facts.recurring && e.facts.until ? `${e.facts.until}-12-31` : lastDay(e.facts.end ?? e.facts.start));
  return {
    upcoming: events.filter((e) => end(e) >= today).sort((a, b) => a.facts.start.localeCompare(b.facts.start)),
    past: events.filter((e) => end(e) < today).sort((a, b) => b.facts.start.localeCompare(a.facts.start)),
  };
}
