// Builds the search index of the built site through Pagefind's Node API, one index per language.
// Each indexed page (an entry shown in its own language: <main data-search-type>) is given to
// Pagefind as a prepared copy — Lao cut into words, aliases for đ, Korean compounds and Lao
// segmentations, each word at most three times (see src/lib/search-text.ts) — so readers' pages
// stay untouched. The readable text travels as the `text` meta field, for excerpts. Titles weigh
// more than text.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parse } from 'node-html-parser';
import * as pagefind from 'pagefind';
import { ALIAS_MARK, capRepeats, textForIndex, titleForIndex } from '../src/lib/search-text.ts';

const site = process.env.OUT_DIR ?? 'dist';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? (e.name === 'pagefind' ? [] : htmlFiles(join(dir, e.name))) : e.name.endsWith('.html') ? [join(dir, e.name)] : [])),
  );
  return nested.flat();
}

/** The prepared copy of one built page that Pagefind indexes, or undefined if it is not searchable. */
export function searchDocument(html: string): { lang: string; html: string } | undefined {
  const root = parse(html);
  const main = root.querySelector('main[data-search-type]');
  if (!main) return undefined;
  const lang = main.getAttribute('lang')!;
  const h1 = main.querySelector('h1');
  const title = h1?.text.trim() ?? '';
  h1?.remove();
  const readable = main.structuredText.replace(/\s+/g, ' ').trim();
  const [body, aliases = ''] = textForIndex(readable).split(ALIAS_MARK);
  const type = main.getAttribute('data-search-type')!;
  const date = main.getAttribute('data-search-date') ?? '';
  // The date as the page writes it (src/lib/format.ts): browsers' Intl lacks Lao, so results show this text.
  const dateText = main.getAttribute('data-search-date-text') ?? '';
  const countries = (main.getAttribute('data-search-countries') ?? '').split(' ').filter(Boolean);
  // A partner's page is the home of its name: the name (and its own-script form) counts twice as title.
  const keywords = [type === 'partner' ? title : '', main.getAttribute('data-search-keywords') ?? ''].join(' ').trim();
  const filters = [`type:${type}`, date && `year:${date.slice(0, 4)}`, ...countries.map((c) => `country:${c}`)].filter(Boolean);
  return {
    lang,
    html: `<!doctype html><html lang="${lang}"><body>
<div data-pagefind-meta="text">${escape(readable)}</div>
<main data-pagefind-body>
<h1 data-pagefind-weight="10">${escape(titleForIndex(title))}</h1>
${keywords ? `<p data-pagefind-weight="10">${escape(titleForIndex(keywords))}</p>` : ''}
<span hidden data-pagefind-meta="title:${escape(title)}"></span>
<span hidden data-pagefind-meta="type:${escape(type)}"></span>
<span hidden data-pagefind-meta="date:${escape(date)}"></span>
${dateText ? `<span hidden data-pagefind-meta="dateText:${escape(dateText)}"></span>` : ''}
<span hidden data-pagefind-sort="date:${escape(date)}"></span>
${filters.map((f) => `<span hidden data-pagefind-filter="${escape(f)}"></span>`).join('\n')}
<div>${escape(capRepeats(body))}</div>
${aliases ? `<div data-pagefind-weight="0.5">${escape(aliases)}</div>` : ''}
</main></body></html>`,
  };
}

if (import.meta.main) {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: undefined });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const counts: Record<string, number> = {};
  for (const file of await htmlFiles(site)) {
    const doc = searchDocument(await readFile(file, 'utf8'));
    if (!doc) continue;
    const url = '/' + relative(site, file).split(sep).join('/').replace(/index\.html$/, '');
    const added = await index.addHTMLFile({ url, content: doc.html });
    if (added.errors.length) throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
    counts[doc.lang] = (counts[doc.lang] ?? 0) + 1;
  }
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  console.log(`[search] indexed ${Object.entries(counts).map(([l, n]) => `${n} ${l}`).join(', ')} pages into ${site}/pagefind`);
  await pagefind.close();
}
