/**
 * iCalendar (RFC 5545) files of events. Dates as precise as the sources: an event known only by
 * month or year spans that whole month or year, and its description says so. Planned events are
 * TENTATIVE, held ones CONFIRMED, postponed ones CANCELLED (for the date the plan gave).
 * DTSTAMP and LAST-MODIFIED are the time the event's content last changed and SEQUENCE counts its
 * changes (from git history, src/lib/revisions.ts), so subscribers' programs replace an event that
 * changed and keep one that did not.
 */
import { siteUrl } from './build-settings';
import { absoluteUrl } from './urls';

/** One event as it goes into a calendar. */
export interface CalendarEvent {
  uid: string;
  title: string;
  description: string;
  path: string;
  start: string;
  end?: string;
  status: 'held' | 'planned' | 'postponed';
  /** Yearly observance up to and including this year. */
  repeatUntil?: number;
  /** Revision number: grows each time the event's content changes (src/lib/revisions.ts). */
  sequence: number;
  /** When the event's content last changed (ISO instant): LAST-MODIFIED and DTSTAMP, stable between builds. */
  modified: string;
  category: string;
}

/** Escapes TEXT values (RFC 5545 §3.3.11). */
export function icalText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets, never inside a UTF-8 character (Lao and Korean are 3 bytes each). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    if (bytes + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compact = (date: string) => date.replace(/-/g, '');

/** The first day of a (partial) date and the day after its last day, as YYYYMMDD. */
export function dateSpan(start: string, end?: string): { from: string; to: string } {
  const first = start.length === 4 ? `${start}-01-01` : start.length === 7 ? `${start}-01` : start;
  const last = end ?? start;
  const [y, m] = last.split('-').map(Number);
  const after =
    last.length === 4
      ? `${y + 1}-01-01`
      : last.length === 7
        ? new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10)
        : new Date(Date.parse(`${last}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return { from: compact(first), to: compact(after) };
}

/** An instant as an iCalendar UTC date-time: 2024-09-12T03:04:05Z → 20240912T030405Z. */
export function utcStamp(instant: string): string {
  return new Date(instant)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

const statusOf = { held: 'CONFIRMED', planned: 'TENTATIVE', postponed: 'CANCELLED' } as const;

/** A VCALENDAR with the given events (CRLF line ends, folded lines). */
export function calendar(name: string, events: CalendarEvent[]): string {
  const host = new URL(siteUrl).host;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${host}//International cooperation//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icalText(name)}`,
    ...events.flatMap((e) => {
      const { from, to } = dateSpan(e.start, e.end);
      return [
        'BEGIN:VEVENT',
        `UID:${e.uid}@${host}`,
        `DTSTAMP:${utcStamp(e.modified)}`,
        `LAST-MODIFIED:${utcStamp(e.modified)}`,
        `SEQUENCE:${e.sequence}`,
        `DTSTART;VALUE=DATE:${from}`,
        `DTEND;VALUE=DATE:${to}`,
        ...(e.repeatUntil ? [`RRULE:FREQ=YEARLY;UNTIL=${e.repeatUntil}1231`] : []),
        `SUMMARY:${icalText(e.title)}`,
        `DESCRIPTION:${icalText(e.description)}`,
        `URL:${absoluteUrl(e.path)}`,
        `STATUS:${statusOf[e.status]}`,
        `CATEGORIES:${icalText(e.category)}`,
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
      ];
    }),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
