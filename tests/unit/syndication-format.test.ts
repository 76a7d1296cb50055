// Calendars and feeds written from hostile text stay valid: folding at 75 octets without cutting a
// character, TEXT escaping, XML escaping, dates in the province's time zone.
import ICAL from 'ical.js';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { calendar, foldLine, icalText, utcStamp, type CalendarEvent } from '../../src/lib/ical';
import { rfc822, rssFeed, zoneOffset } from '../../src/lib/feeds';
import { icalProblems, xmlProblems } from '../helpers/syndication-lint';

const hostile = 'Hội nghị; hợp tác, "Bắc Giang" & Xaysomboun\\ <b>\nດ້ານການສຶກສາ ແລະ ສາທາລະນະສຸກ 충청남도와의 우호협력 ';
const event = (title: string): CalendarEvent => ({
  uid: 'x-vi',
  title,
  description: `${title}\n${title}`,
  path: '/vi/events/x/',
  start: '2024-04-13',
  end: '2024-04-15',
  status: 'held',
  sequence: 2,
  modified: '2024-09-12T03:04:05Z',
  category: 'Đã diễn ra, ຈັດຂຶ້ນແລ້ວ; 개최',
});

describe('iCalendar', () => {
  it('escapes backslash, semicolon, comma and newlines in TEXT', () => {
    expect(icalText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets without cutting a character, whatever the script and the offset', () => {
    for (const ch of ['a', 'ệ', 'ສ', '협', '😀']) {
      for (let pad = 0; pad < 4; pad++) {
        const line = `SUMMARY:${'x'.repeat(pad)}${ch.repeat(120)}`;
        const folded = foldLine(line);
        expect(icalProblems(folded + '\r\n'), `${ch} +${pad}`).toEqual([]);
        expect(folded.split('\r\n ').join(''), `${ch} +${pad}`).toBe(line);
      }
    }
  });

  it('writes a calendar that a parser reads back exactly, with SEQUENCE, LAST-MODIFIED and DTSTAMP', () => {
    const ics = calendar(hostile, [event(hostile)]);
    expect(icalProblems(ics)).toEqual([]);
    const cal = new ICAL.Component(ICAL.parse(ics));
    const v = cal.getFirstSubcomponent('vevent')!;
    expect(v.getFirstPropertyValue('summary')).toBe(hostile);
    expect(v.getFirstPropertyValue('description')).toBe(`${hostile}\n${hostile}`);
    expect(v.getFirstPropertyValue('sequence')).toBe(2);
    expect(String(v.getFirstPropertyValue('last-modified'))).toBe('2024-09-12T03:04:05Z');
    expect(String(v.getFirstPropertyValue('dtstamp'))).toBe('2024-09-12T03:04:05Z');
    expect(utcStamp('2024-09-12T03:04:05.000Z')).toBe('20240912T030405Z');
  });

  it('the format check catches what a broken writer produces', () => {
    expect(icalProblems(`SUMMARY:${'ສ'.repeat(40)}\r\n`).join()).toMatch(/octets long/);
    const cut = Buffer.concat([
      Buffer.from('SUMMARY:a'),
      Buffer.from('ສ').subarray(0, 2),
      Buffer.from('\r\n '),
      Buffer.from('ສ').subarray(2),
      Buffer.from('\r\n'),
    ]);
    expect(icalProblems(cut).join()).toMatch(/cuts a UTF-8 character/);
    expect(icalProblems('SUMMARY:a; b\r\n').join()).toMatch(/unescaped ;/);
    expect(icalProblems('SUMMARY:a, b\r\n').join()).toMatch(/unescaped ;/);
    expect(icalProblems('SUMMARY:a\\b\r\n').join()).toMatch(/backslash/);
    expect(icalProblems('SUMMARY:a\nb\r\n').join()).toMatch(/bare CR or LF/);
  });
});

describe('RSS', () => {
  it('dates items at the start of the day in Vietnam (+0700), with the right weekday', () => {
    expect(rfc822('2024-09-12')).toBe('Thu, 12 Sep 2024 00:00:00 +0700');
    expect(rfc822('2021-08-31')).toBe('Tue, 31 Aug 2021 00:00:00 +0700');
    expect(rfc822('2024-09')).toBeUndefined();
    expect(zoneOffset('2024-01-15', 'UTC')).toBe('+0000');
    expect(zoneOffset('2024-07-01', 'America/New_York')).toBe('-0400');
  });

  it('escapes & < > " in every text, so the feed is well-formed and reads back exactly', () => {
    const rss = rssFeed({
      title: hostile,
      description: hostile,
      path: '/vi/news/',
      selfPath: '/vi/news/rss.xml?a=1&b=2',
      locale: 'vi',
      items: [{ title: hostile, summary: hostile, path: '/vi/news/a&b/', date: '2024-09-12', category: hostile }],
    });
    expect(xmlProblems(rss)).toEqual([]);
    const parsed = new XMLParser({ ignoreAttributes: false, processEntities: true, trimValues: false }).parse(rss).rss.channel;
    expect(parsed.title).toBe(hostile);
    expect(parsed.item.title).toBe(hostile);
    expect(parsed.item.pubDate).toBe('Thu, 12 Sep 2024 00:00:00 +0700');
  });

  it('the format check catches a bare &, also in an attribute', () => {
    expect(xmlProblems('<a>x & y</a>').length).toBeGreaterThan(0);
    expect(xmlProblems('<a href="?a=1&b=2">x</a>').join()).toMatch(/bare &/);
  });
});
