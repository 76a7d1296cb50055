// Builds the search index of the built site through Pagefind's Node API, one index per language.
// Each indexed page (an entry shown in its own language: <main data-search-type>) is given to
// Pagefind as a prepared copy — Lao cut into syllables, Korean encoded, syllable pairs (Vietnamese,
// Lao) and aliases for đ and Korean compounds, pairs and aliases at most three times each (see
// src/lib/search-text.ts) — so readers' pages stay untouched. Titles weigh more than text.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parse } from 'node-html-parser';
import * as pagefind from 'pagefind';
import { ALIAS_MARK, PAIR_MARK, wordMarks, capRepeats, displayForm, indexParts, titleForIndex } from '../src/lib/search-text.ts';

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
  // One form of each letter: text written in decomposed Unicode (NFD) is indexed and matched like the composed form.
  const root = parse(html.normalize('NFC'));
  const main = root.querySelector('main[data-search-type]');
  if (!main) return undefined;
  const lang = main.getAttribute('lang')!;
  const h1 = main.querySelector('h1');
  const title = h1?.text.trim() ?? '';
  h1?.remove();
  const readable = main.structuredText.replace(/\s+/g, ' ').trim();
  const { display, pairs, aliases } = indexParts(readable, lang);
  const type = main.getAttribute('data-search-type')!;
  const date = main.getAttribute('data-search-date') ?? '';
  // The date as the page writes it (src/lib/format.ts): browsers' Intl lacks Lao, so results show this text.
  const dateText = main.getAttribute('data-search-date-text') ?? '';
  const countries = (main.getAttribute('data-search-countries') ?? '').split(' ').filter(Boolean);
  // A partner's page is the home of its name: the name (and its own-script form) counts twice as title.
  const keywords = [type === 'partner' ? title : '', main.getAttribute('data-search-keywords') ?? ''].join(' ').trim();
  const filters = [`type:${type}`, date && `year:${date.slice(0, 4)}`, ...countries.map((c) => `country:${c}`)].filter(Boolean);
  // The page's text comes first and whole: Pagefind gives it back as the result's content, which the
  // search page turns back into the text as written (displayText). Metadata is searched too since
  // Pagefind 1.5, so the title is stored in the same prepared form as the text.
  return {
    lang,
    html: `<!doctype html><html lang="${lang}"><body>
<main data-pagefind-body>
<div>${escape(display)}</div>
<div>${PAIR_MARK}</div>
<h1 data-pagefind-weight="10">${escape(titleForIndex(title, lang))}</h1>
${keywords ? `<p data-pagefind-weight="10">${escape(titleForIndex(keywords, lang))}</p>` : ''}
<span hidden data-pagefind-meta="title:${escape(displayForm(title))}"></span>
<span hidden data-pagefind-meta="type:${escape(type)}"></span>
<span hidden data-pagefind-meta="date:${escape(date)}"></span>
${dateText ? `<span hidden data-pagefind-meta="dateText:${escape(dateText)}"></span>` : ''}
<span hidden data-pagefind-sort="date:${escape(date)}"></span>
${filters.map((f) => `<span hidden data-pagefind-filter="${escape(f)}"></span>`).join('\n')}
${pairs.length ? `<div>${escape(capRepeats(pairs.join(' ')))}</div>` : ''}
${aliases.length ? `<div data-pagefind-weight="0.5">${ALIAS_MARK} ${escape(aliases.join(' '))}</div>` : ''}
</main></body></html>`,
  };
}

if (import.meta.main) {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: undefined, includeCharacters: wordMarks() });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const counts: Record<string, number> = {};
  // Several pages in flight at once: Node prepares the next pages while Pagefind indexes the last ones.
  const files = await htmlFiles(site);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++];
      const doc = searchDocument(await readFile(file, 'utf8'));
      if (!doc) continue;
      const url =
        '/' +
        relative(site, file)
          .split(sep)
          .join('/')
          .replace(/index\.html$/, '');
      const added = await index.addHTMLFile({ url, content: doc.html });
      if (added.errors.length) throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
      counts[doc.lang] = (counts[doc.lang] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  console.log(
    `[search] indexed ${Object.entries(counts)
      .map(([l, n]) => `${n} ${l}`)
      .join(', ')} pages into ${site}/pagefind`,
  );
  await pagefind.close();
}
