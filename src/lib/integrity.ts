/**
 * Reads and checks the content. Pure: takes the files the collections loaded (raw frontmatter),
 * validates each against its schema (the Vietnamese file against the entry's schema, a translation
 * against the derived translation schema), checks the rules across files and entries, and returns
 * every problem found (file, field, what is wrong, what to do — in Vietnamese and English), so one
 * build run lists them all. References are found through the ref() marks of the schemas.
 */
import type { z } from 'astro/zod';
import { defaultLocale, isLocale, locales, type Locale } from '../i18n/locales';
import { slugPattern } from '../schemas/common';
import { factsOf, fileSchemas, glossaryTerm, textOf, translationSchemas, type EntryText, type FolderType } from '../schemas/entries';
import { elementOf, holdsTranslated, kindOf, referencesIn, shapeOf, type RefTarget } from '../schemas/fields';
import { entryTypes } from './entry-types';
import { problem, zodProblem, type ContentProblem } from './problems';

export { ContentError, formatProblems, type ContentProblem } from './problems';

/** What a loader gives for one file: its id (path below the type's folder), the file and its raw data. */
export interface RawEntry {
  id: string;
  filePath?: string;
  data: any;
  /** The Markdown body of a text file. */
  body?: string;
}

/** Marks template text still to be written (scripts/templates): an entry holding it cannot be published. */
export const PLACEHOLDER = '⟪';

/** The kinds of folder entry: the entry types, then the source documents. */
export const folderTypes = [...entryTypes, 'sources'] as const satisfies readonly FolderType[];

/** Every file the site is built from, before it is checked and joined. */
export interface ContentSnapshot {
  files: Record<FolderType, RawEntry[]>;
  glossary: RawEntry[];
}

/** One entry, checked: its facts (from index.vi.mdx) and its text in each language that has a file. */
export interface CheckedEntry {
  slug: string;
  facts: any;
  texts: Partial<Record<Locale, { file: RawEntry; text: EntryText }>>;
}

/** The checked content, and every problem found on the way. */
export interface CheckedContent {
  problems: ContentProblem[];
  entries: Record<FolderType, CheckedEntry[]>;
  glossary: Map<string, z.output<typeof glossaryTerm>>;
}

const quote = (v: unknown) => JSON.stringify(v);
const fileOf = (e: RawEntry, type: string) => e.filePath ?? `content/${type}/${e.id}`;
const textNames = locales.map((l) => `index.${l}.mdx`).join(', ');

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

/** Splits a file id "<slug>/index.<locale>.mdx" into its parts (locale is '' when the name has another form). */
export function parseTextId(id: string): { slug: string; locale: string; fileName: string } {
  const [slug, fileName = ''] = id.split('/');
  return { slug, fileName, locale: /^index\.([^.]+)\.mdx?$/.exec(fileName)?.[1] ?? '' };
}

/** The name of a glossary file without its extension: the term's id. */
const termId = (id: string) => id.replace(/\.ya?ml$/, '');

/** Checks every file and rule; returns the problems and the checked entries (sound only when no problems). */
export function checkContent(content: ContentSnapshot): CheckedContent {
  const problems: ContentProblem[] = [];
  const entries = {} as CheckedContent['entries'];

  // Glossary: one file per term, named after its id.
  const glossary: CheckedContent['glossary'] = new Map();
  const termFiles = new Map<string, string>();
  for (const term of content.glossary) {
    const file = fileOf(term, 'glossary');
    const id = termId(term.id);
    if (!slugPattern.test(id)) problems.push(problem('badSlug', file, '(file name)', { name: id }));
    const twin = termFiles.get(id);
    if (twin) {
      problems.push(problem('termTwice', file, '(file name)', { id, other: twin }));
      continue;
    }
    termFiles.set(id, file);
    const parsed = glossaryTerm.safeParse(term.data);
    if (!parsed.success) problems.push(...parsed.error.issues.map((i) => zodProblem(file, i)));
    else glossary.set(id, parsed.data);
  }

  // Folder entries: group each type's files by slug and language, validate each file.
  const vi = new Map<string, { file: string; data: any }>(); // "<type>/<slug>" → the parsed Vietnamese file
  const grouped = {} as Record<FolderType, Map<string, Map<Locale, { raw: RawEntry; data?: any }>>>;
  for (const type of folderTypes) {
    const bySlug = new Map<string, Map<Locale, { raw: RawEntry; data?: any }>>();
    grouped[type] = bySlug;
    const reportedSlugs = new Set<string>();
    for (const raw of content.files[type]) {
      const file = fileOf(raw, type);
      const { slug, locale, fileName } = parseTextId(raw.id);
      if (!slugPattern.test(slug) && !reportedSlugs.has(slug)) {
        reportedSlugs.add(slug);
        problems.push(problem('badSlug', file, '(folder name)', { name: slug }));
      }
      if (!locale) {
        problems.push(problem('badFileName', file, '(file name)', { name: fileName, expected: textNames }));
        continue;
      }
      if (!isLocale(locale)) {
        problems.push(problem('unknownLanguage', file, '(file name)', { name: fileName, expected: textNames }));
        continue;
      }
      if (JSON.stringify(raw.data).includes(PLACEHOLDER) || raw.body?.includes(PLACEHOLDER)) {
        problems.push(problem('placeholder', file, '(text)', { locale }));
      }
      for (const { line, src } of imagesWithoutAlt(raw.body ?? '')) {
        problems.push(problem('imageWithoutAlt', file, `(text, line ${line})`, { src }));
      }
      if (!bySlug.has(slug)) bySlug.set(slug, new Map());
      const twin = bySlug.get(slug)!.get(locale);
      if (twin) {
        problems.push(problem('twoFiles', file, '(file name)', { locale, other: fileOf(twin.raw, type) }));
        continue;
      }
      const schema = locale === defaultLocale ? fileSchemas[type] : translationSchemas[type];
      const parsed = schema.safeParse(raw.data ?? {});
      if (!parsed.success) problems.push(...parsed.error.issues.map((i) => zodProblem(file, i)));
      bySlug.get(slug)!.set(locale, { raw, data: parsed.success ? parsed.data : undefined });
      if (locale === defaultLocale && parsed.success) vi.set(`${type}/${slug}`, { file, data: parsed.data });
    }
  }

  const ids: Record<RefTarget, Set<string>> = {
    ...(Object.fromEntries(folderTypes.map((t) => [t, new Set(grouped[t].keys())])) as Record<FolderType, Set<string>>),
    glossary: new Set(glossary.keys()),
  };

  for (const type of folderTypes) {
    entries[type] = [];
    for (const [slug, files] of grouped[type]) {
      const source = files.get(defaultLocale);
      if (!source) {
        for (const { raw } of files.values()) problems.push(problem('noVietnamese', fileOf(raw, type), '(entry)', { expected: `index.${defaultLocale}.mdx` }));
        continue;
      }
      if (!source.data) continue; // its schema problems are reported above
      const file = fileOf(source.raw, type);
      for (const { field, value, target } of referencesIn(fileSchemas[type], source.data)) {
        if (typeof value === 'string' && ids[target].has(value)) continue;
        problems.push(problem('unknownRef', file, field, { value: quote(value), target, known: [...ids[target]].sort().join(', ') || '(none yet)' }));
      }
      if (type === 'standalone') problems.push(...checkCharts(file, source.data));
      const texts: CheckedEntry['texts'] = {};
      for (const [locale, { raw, data }] of files) {
        if (!data) continue;
        if (locale !== defaultLocale) problems.push(...checkCopies(fileOf(raw, type), fileSchemas[type], source.data, data, ''));
        texts[locale] = { file: raw, text: textOf(fileSchemas[type], data) };
      }
      entries[type].push({ slug, facts: factsOf(fileSchemas[type], source.data), texts });
    }
    entries[type].sort((a, b) => a.slug.localeCompare(b.slug));
  }
  return { problems, entries, glossary };
}

/**
 * A translation copies the lists that hold translated text from the Vietnamese file (item ids, in the
 * same order): every copied id must equal the Vietnamese one, and every Vietnamese item needs its text.
 */
function checkCopies(file: string, schema: z.ZodType, source: any, copy: any, path: string): ContentProblem[] {
  if (copy === undefined || copy === null || !holdsTranslated(schema)) return [];
  const kind = kindOf(schema);
  if (kind === 'object' && typeof copy === 'object') {
    return Object.entries(shapeOf(schema)).flatMap(([key, field]) =>
      kind === 'object' && holdsTranslated(field) && kindOf(field) !== 'string'
        ? checkCopies(file, field, source?.[key], copy[key], path ? `${path}.${key}` : key)
        : [],
    );
  }
  if (kind !== 'array' || !Array.isArray(copy)) return [];
  const items: any[] = Array.isArray(source) ? source : [];
  const found: ContentProblem[] = [];
  items.forEach((item, i) => {
    const given = copy[i];
    if (given === undefined) found.push(problem('missingItemText', file, `${path}[${i}]`, { id: quote(item.id), list: path }));
    else if (given.id !== item.id) found.push(problem('copiedIdDiffers', file, `${path}[${i}].id`, { given: quote(given.id), expected: quote(item.id) }));
    else found.push(...checkCopies(file, elementOf(schema), item, given, `${path}[${i}]`));
  });
  for (let i = items.length; i < copy.length; i++) found.push(problem('extraItem', file, `${path}[${i}]`, { id: quote(copy[i]?.id), list: path }));
  return found;
}

/** A chart may only compare figures the page lists, all in the same unit. */
function checkCharts(file: string, page: any): ContentProblem[] {
  const figures = new Map<string, any>((page.figures ?? []).map((f: any) => [f.id, f]));
  return (page.charts ?? []).flatMap((chart: any, i: number) => {
    const missing = chart.figures.filter((id: string) => !figures.has(id));
    if (missing.length > 0) {
      return [problem('chartUnknownFigure', file, `charts[${i}].figures`, { missing: missing.map(quote).join(', '), known: [...figures.keys()].join(', ') })];
    }
    const units = [...new Set(chart.figures.map((id: string) => figures.get(id).unit))];
    return units.length > 1 ? [problem('chartMixedUnits', file, `charts[${i}].figures`, { units: units.join(' / ') })] : [];
  });
}

/** What may stand at the top of content/: one folder per entry type, the glossary and the sources. */
export function checkContentFolders(contentDir: string, names: string[]): ContentProblem[] {
  const known = new Set<string>([...folderTypes, 'glossary']);
  return names
    .filter((n) => !known.has(n) && !n.startsWith('.') && !/\.md$/i.test(n))
    .map((n) => problem('notAContentFolder', `${contentDir}/${n}`, '(folder name)', { name: quote(n), expected: [...known].join(', ') }));
}

/** Files in entry folders that the site does not read (e.g. a facts.yaml left from the old layout). */
export function checkStrayFiles(contentDir: string, files: string[]): ContentProblem[] {
  return files.filter((f) => /\.(ya?ml|json)$/i.test(f)).map((f) => problem('strayDataFile', `${contentDir}/${f}`, '(file name)', {}));
}
