// Feeds and calendars parse with standard parsers and agree with the pages and the content.
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { siteUrl } from '../../src/lib/build-settings';
import { contentEntries, dist, entryFacts, fileFor, localizedPaths, page, siteLocales } from '../helpers/site';
import { icalProblems, xmlProblems } from '../helpers/syndication-lint';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const xml = new XMLParser({ ignoreAttributes: false });
const read = (path: string) => readFileSync(fileFor(path)!, 'utf8');
const asList = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
const local = (url: string) => url.slice(siteUrl.length);
const facts = entryFacts;
const news = contentEntries().filter((e) => e.type === 'news');
const events = contentEntries().filter((e) => e.type === 'events');
const partners = contentEntries().filter((e) => e.type === 'partners');

describe.each(siteLocales)('feeds in %s', (locale) => {
  it('the news feed is valid RSS 2.0 with one item per news page, titled as the page', () => {
    const rss = xml.parse(read(`/${locale}/news/rss.xml`)).rss;
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel.language).toBe(locale);
    const items = asList(rss.channel.item);
    expect(items).toHaveLength(news.length);
    for (const item of items) {
      expect(fileFor(local(item.link)), item.link).toBeDefined();
      expect(page(local(item.link)).querySelector('h1')!.text.trim()).toBe(String(item.title));
    }
  });

  it('each partner has a feed whose items are its news and its held events, none planned or in the future', () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    for (const p of partners) {
      const items = asList(xml.parse(read(`/${locale}/partners/${p.slug}/rss.xml`)).rss.channel.item);
      const concerns = (type: string, slug: string) => (facts(type, slug).partners ?? []).includes(p.slug);
      const held = events.filter(
        (e) => concerns('events', e.slug) && facts('events', e.slug).status === 'held' && String(facts('events', e.slug).start) <= today,
      );
      const expected = [...news.filter((n) => concerns('news', n.slug)), ...held];
      expect(items.length, p.slug).toBe(expected.length);
      for (const item of items) {
        expect(fileFor(local(item.link)), item.link).toBeDefined();
        const slug = local(item.link).split('/')[3];
        if (local(item.link).includes('/events/')) expect(facts('events', slug).status, item.link).toBe('held');
      }
    }
  });

  it('dates items at the start of the day in the province’s time zone (+0700)', () => {
    const dates = [`/${locale}/news/rss.xml`, ...partners.map((p) => `/${locale}/partners/${p.slug}/rss.xml`)].flatMap((f) =>
      asList(xml.parse(read(f)).rss.channel.item)
        .map((i: any) => i.pubDate)
        .filter(Boolean),
    );
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} 00:00:00 \+0700$/);
  });

  it('every page links the news feed in its head', () => {
    const missing = localizedPaths.filter(
      (p) => p.startsWith(`/${locale}/`) && !page(p).querySelector(`link[rel=alternate][type="application/rss+xml"][href="/${locale}/news/rss.xml"]`),
    );
    expect(missing).toEqual([]);
  });
});

describe.each(siteLocales)('calendars in %s', (locale) => {
  const vevents = (path: string) => new ICAL.Component(ICAL.parse(read(path))).getAllSubcomponents('vevent');

  it('the events calendar parses, with one event per event page, its status and dates from the content', () => {
    const all = vevents(`/${locale}/events/calendar.ics`);
    expect(all).toHaveLength(events.length);
    const expectedStatus = { held: 'CONFIRMED', planned: 'TENTATIVE', postponed: 'CANCELLED' } as Record<string, string>;
    for (const v of all) {
      const url = String(v.getFirstPropertyValue('url'));
      const slug = local(url).split('/')[3];
      const f = facts('events', slug);
      expect(fileFor(local(url)), url).toBeDefined();
      expect(v.getFirstPropertyValue('status'), slug).toBe(expectedStatus[f.status]);
      const start = (v.getFirstPropertyValue('dtstart') as ICAL.Time).toString();
      expect(start.startsWith(String(f.start).length === 10 ? String(f.start) : `${String(f.start).slice(0, 7)}`.replace(/^(\d{4})$/, '$1-01')), slug).toBe(
        true,
      );
      expect(String(v.getFirstPropertyValue('summary'))).toBe(page(local(url)).querySelector('h1')!.text.trim());
    }
  });

  it('each event page offers its own calendar file, which parses', () => {
    for (const e of events) {
      const link = page(`/${locale}/events/${e.slug}/`).querySelector('a[type="text/calendar"]')!.getAttribute('href')!;
      expect(vevents(link), e.slug).toHaveLength(1);
    }
  });

  it('each partner calendar holds that partner’s events', () => {
    for (const p of partners) {
      const expected = events.filter((e) => (facts('events', e.slug).partners ?? []).includes(p.slug)).length;
      expect(vevents(`/${locale}/partners/${p.slug}/calendar.ics`), p.slug).toHaveLength(expected);
    }
  });
});

describe('every calendar and XML file of the built site', () => {
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
  const files = walk(dist);
  const ics = files.filter((f) => f.endsWith('.ics'));
  const xmls = files.filter((f) => f.endsWith('.xml'));

  it('has calendars and feeds to check', () => {
    expect(ics.length).toBeGreaterThan(siteLocales.length);
    expect(xmls.length).toBeGreaterThan(siteLocales.length);
  });

  it('folds calendar lines at 75 octets without cutting a character, with CRLF, and escapes TEXT values', () => {
    const problems = ics.flatMap((f) => icalProblems(readFileSync(f)).map((p) => `${f.slice(dist.length)}: ${p}`));
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('gives every event a SEQUENCE, and a LAST-MODIFIED equal to its DTSTAMP', () => {
    for (const f of ics) {
      for (const v of new ICAL.Component(ICAL.parse(readFileSync(f, 'utf8'))).getAllSubcomponents('vevent')) {
        expect(Number.isInteger(v.getFirstPropertyValue('sequence')), f).toBe(true);
        expect(String(v.getFirstPropertyValue('last-modified')), f).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
        expect(String(v.getFirstPropertyValue('dtstamp')), f).toBe(String(v.getFirstPropertyValue('last-modified')));
      }
    }
  });

  it('writes well-formed XML (no bare &) in every feed and sitemap', () => {
    const problems = xmls.flatMap((f) => xmlProblems(readFileSync(f, 'utf8')).map((p) => `${f.slice(dist.length)}: ${p}`));
    expect(problems).toEqual([]);
  });
});
