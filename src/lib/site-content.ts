/**
 * The site's content, loaded once per build: collections are read, checked (src/lib/integrity.ts)
 * and joined into entries that know their text in every locale and how to fall back to Vietnamese.
 * Every route reads content through here, so a content problem stops the build before any page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { z } from 'astro/zod';
import { defaultLocale, locales, type Locale } from '../i18n/locales';
import { entryTypes, type EntryType } from './entry-types';
import { entryPath } from './urls';
import { readdirSync } from 'node:fs';
import { checkContent, checkContentFolders, checkStrayFiles, ContentError, folderTypes, type ContentSnapshot } from './integrity';
import { contentDir } from './build-settings';
import type { EntryText, fileSchemas, glossaryTerm } from '../schemas/entries';

/** One language's text file of an entry: the collection entry (render it) with its checked text as data. */
export type TextEntry<K extends EntryType = EntryType> = Omit<CollectionEntry<K>, 'data'> & { data: EntryText };

/** The text of an entry as shown in one locale, and whether it had to fall back to Vietnamese. */
export interface ShownText<K extends EntryType = EntryType> {
  /** The text entry (render it with `render(text.entry)`). */
  entry: TextEntry<K>;
  /** Translated fields (title, summary, item texts by id …). */
  data: EntryText;
  /** The language the text is written in: the reader's, or `vi` when not yet translated. */
  lang: Locale;
  /** True when the reader's language has no translation and Vietnamese is shown. */
  isFallback: boolean;
}

/** The facts of an entry of type K (its Vietnamese file's frontmatter without the translated fields). */
export type Facts<K extends EntryType> = z.output<(typeof fileSchemas)[K]>;

/** An entry: its facts once, and its text in each locale that has one. */
export interface Entry<K extends EntryType = EntryType> {
  type: K;
  slug: string;
  facts: Facts<K>;
  texts: Partial<Record<Locale, TextEntry<K>>>;
}

/**
 * A source document as pages show it: facts, its title in every language (Vietnamese where untranslated)
 * and its full text per language (render it with `render(texts[locale])`).
 */
export type SourceDoc = Omit<z.output<(typeof fileSchemas)['sources']>, 'title' | 'notes'> & {
  id: string;
  title: Record<Locale, string>;
  texts: Partial<Record<Locale, CollectionEntry<'sources'>>>;
};

/** The text of `entry` for `locale`, falling back to the authoritative Vietnamese text. */
export function textIn<K extends EntryType>(entry: Entry<K>, locale: Locale): ShownText<K> {
  const own = entry.texts[locale];
  const text = own ?? entry.texts[defaultLocale]!;
  return { entry: text, data: text.data, lang: own ? locale : defaultLocale, isFallback: !own };
}

/** The loaded, checked content of the whole site. */
export interface Site {
  partners: Entry<'partners'>[];
  agreements: Entry<'agreements'>[];
  plans: Entry<'plans'>[];
  events: Entry<'events'>[];
  news: Entry<'news'>[];
  standalone: Entry<'standalone'>[];
  glossary: Map<string, z.output<typeof glossaryTerm>>;
  sources: Map<string, SourceDoc>;
  /** Finds an entry by type and slug (references are checked, so this never misses for valid ids). */
  get<K extends EntryType>(type: K, slug: string): Entry<K>;
}

let loading: Promise<Site> | undefined;

/** Loads and checks the content once per build; throws a ContentError listing every problem. */
export function loadSite(): Promise<Site> {
  loading ??= load();
  return loading;
}

/** Paths (below content/) of every file inside entry folders, for the stray-file check. */
function entryFolderFiles(): string[] {
  return folderTypes.flatMap((type) => {
    let slugs: string[];
    try {
      slugs = readdirSync(`${contentDir}/${type}`);
    } catch {
      return [];
    }
    return slugs.flatMap((slug) => {
      try {
        return readdirSync(`${contentDir}/${type}/${slug}`).map((f) => `${type}/${slug}/${f}`);
      } catch {
        return [];
      }
    });
  });
}

async function load(): Promise<Site> {
  const files = {} as ContentSnapshot['files'];
  for (const type of folderTypes) files[type] = await getCollection(type);
  const glossary = await getCollection('glossary');

  const checked = checkContent({ files, glossary });
  const problems = [...checkContentFolders(contentDir, readdirSync(contentDir)), ...checkStrayFiles(contentDir, entryFolderFiles()), ...checked.problems];
  if (problems.length > 0) throw new ContentError(problems);

  const join = <K extends EntryType>(type: K): Entry<K>[] =>
    checked.entries[type].map((e) => ({
      type,
      slug: e.slug,
      facts: e.facts,
      texts: Object.fromEntries(Object.entries(e.texts).map(([l, t]) => [l, { ...t!.file, data: t!.text }])),
    })) as Entry<K>[];

  const sources = new Map<string, SourceDoc>(
    [...checked.entries.sources]
      .sort((a, b) => String(a.facts.date).localeCompare(String(b.facts.date)) || a.slug.localeCompare(b.slug))
      .map((e) => {
        const { notes: _notes, ...facts } = e.facts;
        const title = Object.fromEntries(locales.map((l) => [l, (e.texts[l] ?? e.texts[defaultLocale])!.text.title])) as Record<Locale, string>;
        const texts = Object.fromEntries(Object.entries(e.texts).map(([l, t]) => [l, t!.file])) as unknown as SourceDoc['texts'];
        return [e.slug, { ...facts, id: e.slug, title, texts }];
      }),
  );

  const site = {
    partners: join('partners'),
    agreements: join('agreements'),
    plans: join('plans'),
    events: join('events'),
    news: join('news'),
    standalone: join('standalone'),
    glossary: checked.glossary,
    sources,
  } as Omit<Site, 'get'>;
  const index = new Map(entryTypes.flatMap((type) => (site[type] as Entry[]).map((e) => [`${type}/${e.slug}`, e] as const)));
  return {
    ...site,
    get(type, slug) {
      const found = index.get(`${type}/${slug}`);
      if (!found) throw new Error(`No ${type} entry "${slug}"`);
      return found as Entry<typeof type>;
    },
  };
}

/** A link to an entry as a fact-list part: its title in `locale` (or Vietnamese), its address and language. */
export function entryLink(site: Site, type: EntryType, slug: string, locale: Locale): { text: string; href: string; lang: Locale } {
  const text = textIn(site.get(type, slug), locale);
  return { text: text.data.title, href: entryPath(locale, type, slug), lang: text.lang };
}
