// Feeds and calendars parse with standard parsers and agree with the pages and the content.
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { siteUrl } from '../../src/lib/site';
import { contentEntries, entryFacts, fileFor, localizedPaths, page, siteLocales } from '../helpers/site';

const xml = new XMLParser({ ignoreAttributes: false });
const read = (path: string) => readFileSync(fileFor(path)!, 'utf8');
const asList = <T,>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
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

  it('each partner has a feed whose items are its news and events', () => {
    for (const p of partners) {
      const items = asList(xml.parse(read(`/${locale}/partners/${p.slug}/rss.xml`)).rss.channel.item);
      const expected = [...news.filter((n) => (facts('news', n.slug).partners ?? []).includes(p.slug)), ...events.filter((e) => (facts('events', e.slug).partners ?? []).includes(p.slug))];
      expect(items.length, p.slug).toBe(expected.length);
      for (const item of items) expect(fileFor(local(item.link)), item.link).toBeDefined();
    }
  });

  it('every page links the news feed in its head', () => {
    const missing = localizedPaths.filter((p) => p.startsWith(`/${locale}/`) && !page(p).querySelector(`link[rel=alternate][type="application/rss+xml"][href="/${locale}/news/rss.xml"]`));
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
      expect(start.startsWith(String(f.start).length === 10 ? String(f.start) : `${String(f.start).slice(0, 7)}`.replace(/^(\d{4})$/, '$1-01')), slug).toBe(true);
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
