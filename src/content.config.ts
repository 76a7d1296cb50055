/**
 * Content collections: one per kind of folder entry, over every text file of its folders
 *   content/<type>/<slug>/index.<locale>.mdx   index.vi.mdx: facts (once) + Vietnamese text;
 *                                              other languages: translated fields only
 * plus the source documents (content/sources/<id>/index.<locale>.mdx, same layout) and the glossary
 * (content/glossary/<id>.yaml, one term per file). Files are loaded raw: src/lib/integrity.ts validates
 * each against its schema (src/schemas/entries.ts) and reports every problem at once, in Vietnamese and English.
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { contentDir } from './lib/build-settings';
import { writtenText } from './lib/written-text';

/** Ids keep the path below the type's folder ("<slug>/index.vi.mdx"), so no two files share an id. */
const keepPath = ({ entry }: { entry: string }) => entry;

const folder = (type: string) => defineCollection({ loader: glob({ base: `${contentDir}/${type}`, pattern: '*/*.{md,mdx}', generateId: keepPath }) });

/** Every collection reads its files as written: YAML dates as text, every string in Unicode NFC (src/lib/written-text.ts). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- keeps each collection's own type
const asWritten = <C extends Record<string, any>>(all: C): C =>
  Object.fromEntries(Object.entries(all).map(([name, c]) => [name, { ...c, loader: writtenText(c.loader as Loader) }])) as C;

export const collections = asWritten({
  partners: folder('partners'),
  agreements: folder('agreements'),
  plans: folder('plans'),
  events: folder('events'),
  news: folder('news'),
  standalone: folder('standalone'),
  sources: folder('sources'),
  glossary: defineCollection({ loader: glob({ base: `${contentDir}/glossary`, pattern: '*.{yaml,yml}', generateId: keepPath }) }),
});
