// JSON-LD on every page is schema.org of known types with known properties, agrees with the page,
// and every page has Open Graph / Twitter metadata with its locale and the other three as alternates.
import { describe, expect, it } from 'vitest';
import { siteUrl } from '../../src/lib/build-settings';
import { entryFacts, fileFor, localizedPaths, page } from '../helpers/site';

// Properties allowed per type, from schema.org (Thing's properties are allowed everywhere).
const thing = ['@type', 'name', 'description', 'url', 'identifier', 'alternateName', 'image', 'sameAs', 'mainEntityOfPage'];
const allowed: Record<string, string[]> = {
  GovernmentOrganization: ['dissolutionDate', 'foundingDate', 'address', 'areaServed'],
  BreadcrumbList: ['itemListElement'],
  ListItem: ['position', 'item'],
  NewsArticle: ['headline', 'inLanguage', 'datePublished', 'dateModified', 'publisher', 'author'],
  Event: ['startDate', 'endDate', 'eventStatus', 'organizer', 'inLanguage', 'location'],
  AdministrativeArea: ['containedInPlace', 'geo'],
  Country: [],
  GeoCoordinates: ['latitude', 'longitude'],
};
const required: Record<string, string[]> = {
  NewsArticle: ['headline', 'datePublished', 'inLanguage', 'publisher'],
  Event: ['name', 'startDate', 'eventStatus'],
  BreadcrumbList: ['itemListElement'],
  ListItem: ['position', 'name', 'item'],
  GovernmentOrganization: ['name', 'url'],
  AdministrativeArea: ['name', 'containedInPlace'],
};
const isoDate = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function check(node: any, where: string, problems: string[]) {
  if (Array.isArray(node)) return node.forEach((n) => check(n, where, problems));
  if (!node || typeof node !== 'object') return;
  const type = node['@type'];
  if (!(type in allowed)) problems.push(`${where}: unknown @type ${type}`);
  for (const key of Object.keys(node)) if (![...thing, ...(allowed[type] ?? [])].includes(key)) problems.push(`${where}: ${type} has no property ${key}`);
  for (const key of required[type] ?? []) if (node[key] === undefined) problems.push(`${where}: ${type} lacks ${key}`);
  for (const key of ['datePublished', 'dateModified', 'startDate', 'endDate', 'dissolutionDate']) {
    if (node[key] !== undefined && !isoDate.test(node[key])) problems.push(`${where}: ${key} ${node[key]} is not ISO 8601`);
  }
  for (const value of Object.values(node)) check(value, where, problems);
}

const graph = (p: string) => JSON.parse(page(p).querySelector('script[type="application/ld+json"]')!.text)['@graph'] as any[];

describe('structured data', () => {
  it('is valid schema.org on every page', () => {
    const problems: string[] = [];
    for (const p of localizedPaths) {
      const ld = JSON.parse(page(p).querySelector('script[type="application/ld+json"]')?.text ?? '{}');
      if (ld['@context'] !== 'https://schema.org') problems.push(`${p}: no schema.org context`);
      check(ld['@graph'], p, problems);
    }
    expect(problems).toEqual([]);
  });

  it('gives every page below home a BreadcrumbList that matches its visible trail and points at real pages', () => {
    for (const p of localizedPaths.filter((p) => p.split('/').length > 3)) {
      const list = graph(p).find((n) => n['@type'] === 'BreadcrumbList');
      const visible = page(p)
        .querySelectorAll('.breadcrumbs a')
        .map((a) => a.text.trim());
      expect(
        list.itemListElement.map((i: any) => i.name),
        p,
      ).toEqual(visible);
      for (const i of list.itemListElement) expect(fileFor(i.item.slice(siteUrl.length)), i.item).toBeDefined();
    }
  });

  it('describes news as NewsArticle and events as Event with the status of the content', () => {
    const status = { held: 'EventScheduled', planned: 'EventScheduled', postponed: 'EventPostponed' } as Record<string, string>;
    for (const p of localizedPaths) {
      const [, , type, slug] = p.split('/');
      if (!slug) continue;
      if (type === 'news')
        expect(
          graph(p).some((n) => n['@type'] === 'NewsArticle'),
          p,
        ).toBe(true);
      if (type === 'events') {
        const event = graph(p).find((n) => n['@type'] === 'Event');
        const facts = entryFacts('events', slug);
        expect(event.eventStatus, p).toBe(`https://schema.org/${status[facts.status]}`);
        expect(event.startDate, p).toBe(String(facts.start));
      }
    }
  });

  it('has Open Graph and Twitter metadata in the page language, with the others as alternates', () => {
    for (const p of localizedPaths) {
      const doc = page(p);
      const meta = (name: string) => doc.querySelectorAll(`meta[property="${name}"], meta[name="${name}"]`).map((m) => m.getAttribute('content'));
      const locale = p.split('/')[1];
      expect(meta('og:locale'), p).toHaveLength(1);
      expect(meta('og:locale')[0]!.startsWith(locale), p).toBe(true);
      expect(meta('og:locale:alternate'), p).toHaveLength(3);
      for (const k of ['og:title', 'og:description', 'og:url', 'og:image', 'twitter:card', 'twitter:image']) expect(meta(k)[0], `${p} ${k}`).toBeTruthy();
      expect(fileFor(meta('og:image')[0]!.slice(siteUrl.length)), p).toBeDefined();
    }
  });
});
