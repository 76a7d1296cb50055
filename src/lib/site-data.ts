/**
 * The site's content, loaded once per build: collections are read, checked (src/lib/integrity.ts)
 * and joined into entries that know their text in every locale and how to fall back to Vietnamese.
 * Every route reads content through here, so a content problem stops the build before any page.
 */
import { getCollection, type CollectionEntry, type DataCollectionKey } from 'astro:content';
import { defaultLocale, type Locale } from '../i18n/locales';
import { entryTypes, type EntryType } from './entry-types';
import { entryPath } from './urls';
import { readdirSync } from 'node:fs';
import { checkContent, checkContentFolders, ContentError, parseTextId, type ContentSnapshot } from './integrity';
import { contentDir } from './content-dir';

type FactsKey = EntryType;
type TextKey = `${EntryType}Text`;

/** The text of an entry as shown in one locale, and whether it had to fall back to Vietnamese. */
export interface ShownText<T extends TextKey = TextKey> {
  /** The text entry (render it with `render(text.entry)`). */
  entry: CollectionEntry<T>;
  /** Translated fields (title, summary …). */
  data: CollectionEntry<T>['data'];
  /** The language the text is written in: the reader's, or `vi` when not yet translated. */
  lang: Locale;
  /** True when the reader's language has no translation and Vietnamese is shown. */
  isFallback: boolean;
}

/** An entry: its facts once, and its text in each locale that has one. */
export interface Entry<K extends FactsKey = FactsKey> {
  type: K;
  slug: string;
  facts: CollectionEntry<K>['data'];
  texts: Partial<Record<Locale, CollectionEntry<`${K}Text`>>>;
}

/** The text of `entry` for `locale`, falling back to the authoritative Vietnamese text. */
export function textIn<K extends FactsKey>(entry: Entry<K>, locale: Locale): ShownText<`${K}Text`> {
  const own = entry.texts[locale];
  const text = own ?? entry.texts[defaultLocale]!;
  return { entry: text as any, data: (text as any).data, lang: own ? locale : defaultLocale, isFallback: !own };
}

/** The loaded, checked content of the whole site. */
export interface Site {
  partners: Entry<'partners'>[];
  agreements: Entry<'agreements'>[];
  plans: Entry<'plans'>[];
  events: Entry<'events'>[];
  news: Entry<'news'>[];
  pages: Entry<'pages'>[];
  glossary: Map<string, CollectionEntry<'glossary'>['data']>;
  sources: Map<string, CollectionEntry<'sources'>['data']>;
  /** Finds an entry by type and slug (references are checked, so this never misses for valid ids). */
  get<K extends FactsKey>(type: K, slug: string): Entry<K>;
}

let loading: Promise<Site> | undefined;

/** Loads and checks the content once per build; throws a ContentError listing every problem. */
export function loadSite(): Promise<Site> {
  loading ??= load();
  return loading;
}

async function load(): Promise<Site> {
  const facts = {} as ContentSnapshot['facts'];
  const texts = {} as ContentSnapshot['texts'];
  for (const type of entryTypes) {
    facts[type] = await getCollection(type as DataCollectionKey);
    texts[type] = await getCollection(`${type}Text` as TextKey);
  }
  const glossary = await getCollection('glossary');
  const sources = await getCollection('sources');

  const problems = [
    ...checkContentFolders(contentDir, readdirSync(contentDir)),
    ...checkContent({ facts, texts, glossary, sources }),
  ];
  if (problems.length > 0) throw new ContentError(problems);

  // Texts grouped by entry once, so joining stays linear in the number of files.
  const join = <K extends FactsKey>(type: K): Entry<K>[] => {
    const bySlug = new Map<string, Record<string, unknown>>();
    for (const t of texts[type]) {
      const { slug, locale } = parseTextId(t.id);
      if (!bySlug.has(slug)) bySlug.set(slug, {});
      bySlug.get(slug)![locale] = t;
    }
    return facts[type]
      .map((f) => ({ type, slug: f.id, facts: f.data, texts: bySlug.get(f.id) ?? {} }))
      .sort((a, b) => a.slug.localeCompare(b.slug)) as Entry<K>[];
  };

  const site = {
    partners: join('partners'),
    agreements: join('agreements'),
    plans: join('plans'),
    events: join('events'),
    news: join('news'),
    pages: join('pages'),
    glossary: new Map(glossary.map((g) => [g.id, g.data])),
    sources: new Map(sources.map((s) => [s.id, s.data])),
  } as Omit<Site, 'get'>;
  const index = new Map(entryTypes.flatMap((type) => (site[type] as Entry[]).map((e) => [`${type}/${e.slug}`, e] as const)));
  return {
    ...site,
    get(type, slug) {
      const found = index.get(`${type}/${slug}`);
      if (!found) throw new Error(`No ${type} entry "${slug}"`);
      return found as any;
    },
  };
}

/** A link to an entry as a fact-list part: its title in `locale` (or Vietnamese), its address and language. */
export function entryLink(site: Site, type: EntryType, slug: string, locale: Locale): { text: string; href: string; lang: Locale } {
  const text = textIn(site.get(type, slug), locale);
  return { text: text.data.title, href: entryPath(locale, type, slug), lang: text.lang };
}
