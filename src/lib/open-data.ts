/**
 * Open data: partners, agreements, plans (and their tasks), events and the source documents as tables, generated from the
 * same entries as the pages. One definition per dataset: its fields (documented in the UI strings
 * under dataset.<name>.<field>) and how each record is read from an entry.
 */
import { locales } from '../i18n/locales';
import { joinNames } from './format';
import { termNames } from './glossary';
import { absoluteUrl, documentPath, entryPath } from './urls';
import type { Entry, Site } from './site-content';
import type { EntryText } from '../schemas/entries';

/** A cell value; lists are joined with "; " in CSV (joinNames: no name contains it). */
export type Cell = string | number | boolean | null | string[];

/** A dataset: its name, field names (in column order) and records. */
export interface Dataset {
  name: 'partners' | 'agreements' | 'plans' | 'tasks' | 'events' | 'documents';
  fields: string[];
  records: Array<Record<string, Cell>>;
}

/** Text of an entry in every locale, as columns <prefix>_vi, <prefix>_en … (Vietnamese where untranslated). */
function inEveryLocale(entry: Entry, prefix: string, pick: (data: EntryText) => string | undefined): Record<string, Cell> {
  const vi = entry.texts.vi!.data;
  return Object.fromEntries(locales.map((l) => [`${prefix}_${l}`, pick((entry.texts[l] ?? entry.texts.vi)!.data) ?? pick(vi) ?? null]));
}

const url = (e: Entry) => absoluteUrl(entryPath('vi', e.type, e.slug));

/** Every dataset of the site. */
export function datasets(site: Site): Dataset[] {
  const localeCols = (prefix: string) => locales.map((l) => `${prefix}_${l}`);
  const partners = site.partners.map((p) => ({
    id: p.slug,
    ...inEveryLocale(p, 'name', (d) => d.title),
    native_name: p.facts.nativeName,
    country: p.facts.country,
    level: p.facts.level,
    parent: p.facts.parent ?? null,
    vietnamese_party: p.facts.vietnameseParty,
    status: p.facts.status,
    areas: p.facts.areas,
    latitude: p.facts.coordinates?.[0] ?? null,
    longitude: p.facts.coordinates?.[1] ?? null,
    sources: p.facts.sources,
    url: url(p),
  }));
  const agreements = site.agreements.map((a) => ({
    id: a.slug,
    ...inEveryLocale(a, 'title', (d) => d.title),
    vietnamese_party: a.facts.vietnameseParty,
    partners: a.facts.partners,
    status: a.facts.status,
    signed: a.facts.signed ?? null,
    term_from: a.facts.term?.from ?? null,
    term_to: a.facts.term?.to ?? null,
    areas: a.facts.areas,
    sources: a.facts.sources,
    url: url(a),
  }));
  const plans = site.plans.map((p) => {
    const doc = site.sources.get(p.facts.document)!;
    return {
      id: p.slug,
      ...inEveryLocale(p, 'title', (d) => d.title),
      document_number: doc.number,
      document_date: doc.date,
      issuer: doc.issuer,
      agreement: p.facts.agreement ?? null,
      partners: p.facts.partners,
      period_from: p.facts.period.from,
      period_to: p.facts.period.to,
      budget_vnd: p.facts.budget?.amount ?? null,
      tasks: p.facts.areas.reduce((n, a) => n + a.tasks.length, 0),
      sources: p.facts.sources,
      url: url(p),
    };
  });
  const tasks = site.plans.flatMap((p) =>
    p.facts.areas.flatMap((area) =>
      area.tasks.map((task) => ({
        plan: p.slug,
        area: area.id,
        ...inEveryLocale(p, 'area', (d) => d.areas[area.id]),
        task: task.id,
        ...inEveryLocale(p, 'task', (d) => d.tasks[task.id]),
        lead: task.lead,
        lead_vi: termNames(site, task.lead, 'vi'),
        coordinating: task.coordinating,
        coordinating_vi: termNames(site, task.coordinating, 'vi'),
        years: (task.timeframe.years ?? []).map(String),
        annual: task.timeframe.annual ?? false,
        from_school_year: task.timeframe.fromSchoolYear ?? null,
      })),
    ),
  );
  const events = site.events.map((e) => ({
    id: e.slug,
    ...inEveryLocale(e, 'title', (d) => d.title),
    start: e.facts.start,
    end: e.facts.end ?? null,
    status: e.facts.status,
    recurring_until: e.facts.recurring ? (e.facts.until ?? null) : null,
    partners: e.facts.partners,
    agreement: e.facts.agreement ?? null,
    plan: e.facts.plan ?? null,
    sources: e.facts.sources,
    url: url(e),
  }));
  const documents = [...site.sources.values()].map((d) => ({
    id: d.id,
    ...Object.fromEntries(locales.map((l) => [`title_${l}`, d.title[l]])),
    document_number: d.number,
    document_date: d.date,
    issuer: d.issuer,
    url: absoluteUrl(documentPath('vi', d.id)),
  }));
  return [
    {
      name: 'partners',
      fields: [
        'id',
        ...localeCols('name'),
        'native_name',
        'country',
        'level',
        'parent',
        'vietnamese_party',
        'status',
        'areas',
        'latitude',
        'longitude',
        'sources',
        'url',
      ],
      records: partners,
    },
    {
      name: 'agreements',
      fields: ['id', ...localeCols('title'), 'vietnamese_party', 'partners', 'status', 'signed', 'term_from', 'term_to', 'areas', 'sources', 'url'],
      records: agreements,
    },
    {
      name: 'plans',
      fields: [
        'id',
        ...localeCols('title'),
        'document_number',
        'document_date',
        'issuer',
        'agreement',
        'partners',
        'period_from',
        'period_to',
        'budget_vnd',
        'tasks',
        'sources',
        'url',
      ],
      records: plans,
    },
    {
      name: 'tasks',
      fields: [
        'plan',
        'area',
        ...localeCols('area'),
        'task',
        ...localeCols('task'),
        'lead',
        'lead_vi',
        'coordinating',
        'coordinating_vi',
        'years',
        'annual',
        'from_school_year',
      ],
      records: tasks,
    },
    {
      name: 'events',
      fields: ['id', ...localeCols('title'), 'start', 'end', 'status', 'recurring_until', 'partners', 'agreement', 'plan', 'sources', 'url'],
      records: events,
    },
    { name: 'documents', fields: ['id', ...localeCols('title'), 'document_number', 'document_date', 'issuer', 'url'], records: documents },
  ];
}

/** The newest published/updated date of all entries: the "as of" date of the data. */
export function dataAsOf(site: Site): string {
  const all = [site.partners, site.agreements, site.plans, site.events, site.news].flat() as Entry[];
  return all
    .map((e) => e.facts.updated ?? e.facts.published)
    .sort()
    .at(-1)!;
}

/**
 * Characters that make a spreadsheet read a cell as a formula when they start it (OWASP "CSV
 * injection"): = + - @, tab and carriage return, and the full-width = + - @ that some CJK spreadsheet
 * set-ups also accept. Leading spaces do not protect a cell: some programs skip them.
 */
const formulaStart = /^[\s]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * One CSV cell. Text that a spreadsheet would run as a formula gets a leading apostrophe (shown as
 * text, not evaluated) and is quoted. Numbers stay numbers: a negative longitude is written -75.5,
 * because a cell that holds only a number cannot run anything, and the data must stay numeric.
 */
export function csvCell(v: Cell): string {
  if (typeof v === 'number') return String(v);
  let s = v === null ? '' : Array.isArray(v) ? joinNames(v) : String(v);
  const neutralised = formulaStart.test(s);
  if (neutralised) s = `'${s}`;
  return neutralised || /[",\r\n;]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV with a UTF-8 byte-order mark, so spreadsheet programs read Vietnamese, Korean and Lao. */
export function toCsv(ds: Dataset): string {
  return '\uFEFF' + [ds.fields.join(','), ...ds.records.map((r) => ds.fields.map((f) => csvCell(r[f] ?? null)).join(','))].join('\r\n') + '\r\n';
}
