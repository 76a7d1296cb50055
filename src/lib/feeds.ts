/** RSS 2.0 feeds, built from the same entries as the pages (news per language, updates per partner). */
import type { Locale } from '../i18n/locales';
import { provinceTimeZone } from './province-context';
import { absoluteUrl } from './urls';

/** One item of a feed. `date` may be partial (YYYY-MM); RSS then gets no pubDate rather than a made-up day. */
export interface FeedItem {
  title: string;
  summary: string;
  path: string;
  date: string;
  category?: string;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The offset of `timeZone` from UTC on a day, as +HHMM (Asia/Ho_Chi_Minh → +0700). */
export function zoneOffset(date: string, timeZone: string): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(`${date}T12:00:00Z`))
    .find((p) => p.type === 'timeZoneName')!.value; // "GMT+07:00", or "GMT" for UTC
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return m ? `${m[1]}${m[2]}${m[3]}` : '+0000';
}

/**
 * RFC 822 date of a full YYYY-MM-DD date: the start of that day in the province's time zone
 * ("Thu, 12 Sep 2024 00:00:00 +0700"), the day the documents mean. Undefined for partial dates.
 */
export function rfc822(date: string, timeZone = provinceTimeZone): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const day = new Date(`${date}T00:00:00Z`).toUTCString().slice(0, 16); // "Thu, 12 Sep 2024"
  return `${day} 00:00:00 ${zoneOffset(date, timeZone)}`;
}

/** An RSS 2.0 document: newest items first; lastBuildDate is the newest item's date (stable between builds). */
export function rssFeed(feed: { title: string; description: string; path: string; selfPath: string; locale: Locale; items: FeedItem[] }): string {
  const items = [...feed.items].sort((a, b) => b.date.localeCompare(a.date));
  const newest = items.map((i) => rfc822(i.date)).find(Boolean);
  return (
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
      '<channel>',
      `<title>${xml(feed.title)}</title>`,
      `<link>${xml(absoluteUrl(feed.path))}</link>`,
      `<description>${xml(feed.description)}</description>`,
      `<language>${feed.locale}</language>`,
      `<atom:link href="${xml(absoluteUrl(feed.selfPath))}" rel="self" type="application/rss+xml"/>`,
      newest ? `<lastBuildDate>${newest}</lastBuildDate>` : '',
      ...items.map((i) =>
        [
          '<item>',
          `<title>${xml(i.title)}</title>`,
          `<link>${xml(absoluteUrl(i.path))}</link>`,
          `<guid isPermaLink="true">${xml(absoluteUrl(i.path))}</guid>`,
          rfc822(i.date) ? `<pubDate>${rfc822(i.date)}</pubDate>` : '',
          i.category ? `<category>${xml(i.category)}</category>` : '',
          `<description>${xml(i.summary)}</description>`,
          '</item>',
        ]
          .filter(Boolean)
          .join('\n'),
      ),
      '</channel>',
      '</rss>',
    ]
      .filter(Boolean)
      .join('\n') + '\n'
  );
}
