/**
 * Cross-entry rules that a per-file schema cannot express. Pure: takes what the collections loaded,
 * returns every problem found (file, field, what was expected), so one build run lists them all.
 */
import { defaultLocale, isLocale, locales } from '../i18n/locales';
import { slugPattern } from '../schemas/common';
import { entryTypes, type EntryType } from './entry-types';

/** What a loader gives for one file: its id, the file it came from and its validated data. */
export interface RawEntry {
  id: string;
  filePath?: string;
  data: any;
  /** The Markdown body of a text file. */
  body?: string;
}

/** Marks template text still to be written (scripts/templates): an entry holding it cannot be published. */
export const PLACEHOLDER = '⟪';

/** Everything the site is built from, before it is joined into pages. */
export interface ContentSnapshot {
  facts: Record<EntryType, RawEntry[]>;
  texts: Record<EntryType, RawEntry[]>;
  glossary: RawEntry[];
  sources: RawEntry[];
}

/** One problem in the content: which file, which field, what is wrong and what was expected. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

type Target = EntryType | 'glossary' | 'sources';
type Ref = [field: string, value: unknown, target: Target];

const list = (field: string, values: unknown[] | undefined, target: Target): Ref[] =>
  (values ?? []).map((v, i) => [`${field}[${i}]`, v, target]);
const one = (field: string, value: unknown, target: Target): Ref[] => (value === undefined ? [] : [[field, value, target]]);

/** The references each kind of entry makes, as [field, value, target collection]. */
const referencesOf: Record<EntryType | 'sourceDocs', (d: any) => Ref[]> = {
  partners: (d) => [
    ...one('vietnameseParty', d.vietnameseParty, 'glossary'),
    ...one('parent', d.parent, 'partners'),
    ...(d.history ?? []).flatMap((h: any, i: number) => one(`history[${i}].source`, h.source, 'sources')),
    ...list('sources', d.sources, 'sources'),
  ],
  agreements: (d) => [
    ...one('vietnameseParty', d.vietnameseParty, 'glossary'),
    ...list('partners', d.partners, 'partners'),
    ...list('sources', d.sources, 'sources'),
  ],
  plans: (d) => [
    ...one('agreement', d.agreement, 'agreements'),
    ...list('partners', d.partners, 'partners'),
    ...one('document', d.document, 'sources'),
    ...(d.areas ?? []).flatMap((a: any, i: number) =>
      (a.tasks ?? []).flatMap((t: any, j: number) => [
        ...list(`areas[${i}].tasks[${j}].lead`, t.lead, 'glossary'),
        ...list(`areas[${i}].tasks[${j}].coordinating`, t.coordinating, 'glossary'),
      ]),
    ),
    ...list('sources', d.sources, 'sources'),
  ],
  events: (d) => [
    ...list('partners', d.partners, 'partners'),
    ...one('agreement', d.agreement, 'agreements'),
    ...one('plan', d.plan, 'plans'),
    ...list('sources', d.sources, 'sources'),
  ],
  news: (d) => [
    ...list('partners', d.partners, 'partners'),
    ...list('agreements', d.agreements, 'agreements'),
    ...list('sources', d.sources, 'sources'),
  ],
  pages: (d) => [
    ...(d.figures ?? []).flatMap((f: any, i: number) => one(`figures[${i}].source`, f.source, 'sources')),
    ...(d.priorities ?? []).flatMap((p: any, i: number) => [
      ...list(`priorities[${i}].localities`, p.localities, 'glossary'),
      ...one(`priorities[${i}].source`, p.source, 'sources'),
    ]),
    ...list('sources', d.sources, 'sources'),
  ],
  sourceDocs: (d) => one('issuer', d.issuer, 'glossary'),
};

/** Translated maps whose keys must match ids in the facts: [text field, ids from facts]. */
const keyedTextsOf: Partial<Record<EntryType, (facts: any) => Array<[string, string[]]>>> = {
  partners: (f) => [['history', (f.history ?? []).map((h: any) => h.id)]],
  plans: (f) => [
    ['areas', (f.areas ?? []).map((a: any) => a.id)],
    ['tasks', (f.areas ?? []).flatMap((a: any) => a.tasks.map((t: any) => t.id))],
    ['budget', (f.budget?.breakdown ?? []).map((b: any) => b.id)],
  ],
  pages: (f) => [
    ['figures', (f.figures ?? []).map((x: any) => x.id)],
    ['priorities', (f.priorities ?? []).map((x: any) => x.id)],
    ['charts', (f.charts ?? []).map((x: any) => x.id)],
  ],
};

const fileOf = (e: RawEntry, fallback: string) => e.filePath ?? fallback;
const quote = (v: unknown) => JSON.stringify(v);
const fileNames = locales.map((l) => `${l}.mdx`).join(', ');

/** Images in Markdown/MDX with no alt text: ![](x.png), ![ ](x.png) or <img src="x.png"> without alt. */
export function imagesWithoutAlt(body: string): Array<{ line: number; src: string }> {
  const found: Array<{ line: number; src: string }> = [];
  body.split('\n').forEach((text, i) => {
    for (const m of text.matchAll(/!\[\s*\]\(\s*<?([^)\s>]*)/g)) found.push({ line: i + 1, src: m[1] });
    for (const m of text.matchAll(/<img\b[^>]*>/gi)) {
      if (!/\balt\s*=\s*["'{][^"'}]/i.test(m[0])) found.push({ line: i + 1, src: /\bsrc\s*=\s*["']([^"']*)/i.exec(m[0])?.[1] ?? '' });
    }
  });
  return found;
}

/** Splits a text id "<slug>/<locale>.mdx" into its parts. */
export function parseTextId(id: string): { slug: string; locale: string; fileName: string } {
  const [slug, fileName = ''] = id.split('/');
  return { slug, fileName, locale: fileName.replace(/\.mdx?$/, '') };
}

/** Checks every cross-entry rule and returns the problems found (empty when the content is sound). */
export function checkContent(content: ContentSnapshot): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids: Record<Target, Set<string>> = {
    ...(Object.fromEntries(entryTypes.map((t) => [t, new Set(content.facts[t].map((e) => e.id))])) as Record<EntryType, Set<string>>),
    glossary: new Set(content.glossary.map((e) => e.id)),
    sources: new Set(content.sources.map((e) => e.id)),
  };

  const checkRefs = (file: string, refs: Ref[]) => {
    for (const [field, value, target] of refs) {
      if (typeof value === 'string' && ids[target].has(value)) continue;
      const known = [...ids[target]].sort();
      problems.push({
        file,
        field,
        message: `unknown ${target === 'glossary' ? 'glossary term' : target === 'sources' ? 'source document' : `${target} entry`} ${quote(value)}; expected one of: ${known.join(', ') || '(none yet)'}`,
      });
    }
  };

  for (const doc of content.sources) checkRefs(fileOf(doc, 'content/sources.yaml'), referencesOf.sourceDocs(doc.data));

  for (const type of entryTypes) {
    const factsById = new Map(content.facts[type].map((e) => [e.id, e]));
    const textsBySlug = new Map<string, Map<string, string>>(); // slug → locale → file

    for (const entry of content.facts[type]) {
      const file = fileOf(entry, `content/${type}/${entry.id}/facts.yaml`);
      if (!slugPattern.test(entry.id)) {
        problems.push({
          file,
          field: '(folder name)',
          message: `the folder name ${quote(entry.id)} is not a valid slug; use lowercase letters, digits and hyphens (it becomes the page address)`,
        });
      }
      checkRefs(file, referencesOf[type](entry.data));
      if (type === 'pages') problems.push(...checkCharts(file, entry.data));
    }

    for (const text of content.texts[type]) {
      const file = fileOf(text, `content/${type}/${text.id}`);
      const { slug, locale, fileName } = parseTextId(text.id);
      if (!isLocale(locale)) {
        problems.push({
          file,
          field: '(file name)',
          message: `${quote(fileName)} is not named after a language of this site; name it ${fileNames}`,
        });
        continue;
      }
      if (JSON.stringify(text.data).includes(PLACEHOLDER) || text.body?.includes(PLACEHOLDER)) {
        problems.push({
          file,
          field: '(text)',
          message: `still holds template text marked ⟪…⟫: write it, or delete this file if the ${locale} text is not ready (the page then shows the Vietnamese text)`,
        });
      }
      for (const { line, src } of imagesWithoutAlt(text.body ?? '')) {
        problems.push({
          file,
          field: `(text, line ${line})`,
          message: `the image ${quote(src)} has no alt text: describe it between the brackets, ![like this](${src}), for readers who cannot see it`,
        });
      }
      if (!textsBySlug.has(slug)) textsBySlug.set(slug, new Map());
      const twin = textsBySlug.get(slug)!.get(locale);
      if (twin) {
        problems.push({
          file,
          field: '(file name)',
          message: `two files hold the ${locale} text of the same entry (${twin} and this one); keep one`,
        });
        continue;
      }
      textsBySlug.get(slug)!.set(locale, file);
      const facts = factsById.get(slug);
      if (!facts) {
        problems.push({
          file,
          field: '(entry)',
          message: `there is no content/${type}/${slug}/facts.yaml for this text; every entry needs its facts file`,
        });
        continue;
      }
      for (const [field, expected] of keyedTextsOf[type]?.(facts.data) ?? []) {
        const given = Object.keys(text.data[field] ?? {});
        for (const id of expected.filter((k) => !given.includes(k))) {
          problems.push({ file, field: `${field}.${id}`, message: `missing text for ${quote(id)}, which facts.yaml lists under ${field}` });
        }
        for (const id of given.filter((k) => !expected.includes(k))) {
          problems.push({ file, field: `${field}.${id}`, message: `${quote(id)} is not listed under ${field} in facts.yaml; expected one of: ${expected.join(', ')}` });
        }
      }
    }

    for (const [slug, present] of textsBySlug) {
      if (present.has(defaultLocale) || !factsById.has(slug)) continue;
      for (const file of present.values()) {
        problems.push({
          file,
          field: '(entry)',
          message: `this translation has no Vietnamese source: add ${defaultLocale}.mdx beside it (Vietnamese is the authoritative text every translation is made from)`,
        });
      }
    }
    for (const entry of content.facts[type]) {
      if (!textsBySlug.has(entry.id)) {
        problems.push({
          file: fileOf(entry, `content/${type}/${entry.id}/facts.yaml`),
          field: '(entry)',
          message: `no text for this entry: add content/${type}/${entry.id}/${defaultLocale}.mdx`,
        });
      }
    }
  }
  return problems;
}

/** A chart may only compare figures the page lists, all in the same unit. */
function checkCharts(file: string, page: any): ContentProblem[] {
  const figures = new Map<string, any>((page.figures ?? []).map((f: any) => [f.id, f]));
  return (page.charts ?? []).flatMap((chart: any, i: number) => {
    const missing = chart.figures.filter((id: string) => !figures.has(id));
    if (missing.length > 0) {
      return [{ file, field: `charts[${i}].figures`, message: `unknown figure ${missing.map(quote).join(', ')}; expected ids listed under figures: ${[...figures.keys()].join(', ')}` }];
    }
    const units = [...new Set(chart.figures.map((id: string) => figures.get(id).unit))];
    return units.length > 1 ? [{ file, field: `charts[${i}].figures`, message: `a chart compares figures of one unit, but these mix ${units.join(' and ')}` }] : [];
  });
}

/** What may stand at the top of content/: one folder per entry type, the glossary and the sources. */
export function checkContentFolders(contentDir: string, names: string[]): ContentProblem[] {
  const known = new Set<string>([...entryTypes, 'glossary', 'sources.yaml']);
  return names
    .filter((n) => !known.has(n) && !n.startsWith('.') && !/\.md$/i.test(n))
    .map((n) => ({
      file: `${contentDir}/${n}`,
      field: '(folder name)',
      message: `${quote(n)} is not a content folder, so nothing in it would be published; expected one of: ${[...known].join(', ')}`,
    }));
}

/** One readable report of all problems, for the build log. */
export function formatProblems(problems: ContentProblem[]): string {
  const lines = problems.map((p) => `  ✗ ${p.file}\n      field ${p.field}: ${p.message}`);
  return `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}

/** Thrown when content breaks a rule; the build stops with its message. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
  }
}
