// Builds the search index of the built site with Pagefind, one index per language. Each indexed page
// (an entry shown in its own language: <main data-search-type>) is given to Pagefind as a prepared
// copy — Lao cut into syllables and chained into pairs, Korean encoded, Vietnamese syllable pairs, aliases for đ
// and Korean compounds, pairs and aliases at most three times each (see src/lib/search-text.ts) — so
// readers' pages stay untouched. Titles weigh more than text. The copies are written to a temporary
// folder, one site per language, and Pagefind's CLI indexes the languages side by side, one process
// per core (a single Pagefind process leaves a core idle while it writes each language's index:
// docs/benchmarks.md); their bundles are then merged into one.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { parse } from 'node-html-parser';
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

/** Pagefind's CLI (the npm package's wrapper, which runs the binary for this platform). */
export const pagefindCli = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner/bin.cjs');

/** Pages and characters prepared per language. */
type Prepared = { counts: Record<string, number>; sizes: Record<string, number> };

/** Writes the prepared copy of each searchable page among `files` (of the built site `from`) to `<sites>/<lang>/<its path in from>`, so each language is a site with the same URLs. */
async function preparePages(files: string[], from: string, sites: string): Promise<Prepared> {
  const prepared: Prepared = { counts: {}, sizes: {} };
  for (const file of files) {
    const doc = searchDocument(await readFile(file, 'utf8'));
    if (!doc) continue;
    const copy = join(sites, doc.lang, relative(from, file));
    await mkdir(dirname(copy), { recursive: true });
    await writeFile(copy, doc.html);
    prepared.counts[doc.lang] = (prepared.counts[doc.lang] ?? 0) + 1;
    prepared.sizes[doc.lang] = (prepared.sizes[doc.lang] ?? 0) + doc.html.length;
  }
  return prepared;
}

/** preparePages spread over one worker thread per core (every n-th file to each), totals summed. */
async function preparePagesInParallel(files: string[], from: string, sites: string): Promise<Prepared> {
  const n = Math.min(availableParallelism(), Math.max(1, files.length));
  const shares = await Promise.all(
    Array.from(
      { length: n },
      (_, k) =>
        new Promise<Prepared>((done, fail) => {
          const worker = new Worker(new URL(import.meta.url), { workerData: { preparePages: { files: files.filter((_, i) => i % n === k), from, sites } } });
          worker.once('message', done);
          worker.once('error', fail);
          worker.once('exit', (code) => code !== 0 && fail(new Error(`A worker preparing pages for search stopped with code ${code}`)));
        }),
    ),
  );
  const total: Prepared = { counts: {}, sizes: {} };
  for (const share of shares) {
    for (const [lang, count] of Object.entries(share.counts)) {
      total.counts[lang] = (total.counts[lang] ?? 0) + count;
      total.sizes[lang] = (total.sizes[lang] ?? 0) + share.sizes[lang];
    }
  }
  return total;
}

/** Indexes one language's prepared site into `output` with Pagefind's CLI; throws with Pagefind's own words if it fails. */
async function indexLanguage(lang: string, source: string, output: string): Promise<void> {
  const marks = wordMarks();
  const args = [pagefindCli, '--site', source, '--output-path', output, '--quiet', ...(marks ? ['--include-characters', marks] : [])];
  try {
    await promisify(execFile)(process.execPath, args, { cwd: source, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`Pagefind could not index the ${lang} pages: ${`${stderr}\n${stdout}`.trim() || String(error)}`, { cause: error });
  }
}

/** The bundle's entry file, which names each language's index. */
export type PagefindEntry = { version: string; languages: Record<string, { hash: string; page_count: number }>; include_characters?: string[] };

/**
 * Merges per-language Pagefind bundles into `output` by moving their files (so they must be on the
 * same file system): every language's files, each named by its language and hash, and the shared
 * scripts, the same in every bundle; one entry file lists all languages. Throws if the bundles
 * disagree on Pagefind's version or its word characters, or hold the same language twice.
 */
export async function mergeBundles(bundles: string[], output: string): Promise<PagefindEntry> {
  const entries = await Promise.all(bundles.map(async (b) => JSON.parse(await readFile(join(b, 'pagefind-entry.json'), 'utf8')) as PagefindEntry));
  if (entries.length === 0) throw new Error('No Pagefind bundle to merge: no page of the site is searchable');
  const merged: PagefindEntry = { ...entries[0], languages: {} };
  entries.forEach((entry, i) => {
    const same = entry.version === merged.version && JSON.stringify(entry.include_characters) === JSON.stringify(merged.include_characters);
    if (!same) {
      throw new Error(
        `Pagefind bundles disagree: ${bundles[i]} has version ${entry.version} and word characters "${entry.include_characters?.join('')}", ${bundles[0]} ${merged.version} and "${merged.include_characters?.join('')}"`,
      );
    }
    for (const [lang, index] of Object.entries(entry.languages)) {
      if (merged.languages[lang]) throw new Error(`Two Pagefind bundles hold the language ${lang}: ${bundles[i]} and another`);
      merged.languages[lang] = index;
    }
  });
  merged.languages = Object.fromEntries(Object.entries(merged.languages).sort(([a], [b]) => a.localeCompare(b)));
  await rm(output, { recursive: true, force: true });
  await mkdir(output, { recursive: true });
  const move = async (from: string, to: string): Promise<void> => {
    for (const item of await readdir(from, { withFileTypes: true })) {
      const target = join(to, item.name);
      if (item.isDirectory()) {
        await mkdir(target, { recursive: true });
        await move(join(from, item.name), target);
      } else if (!existsSync(target)) await rename(join(from, item.name), target);
    }
  };
  for (const bundle of bundles) await move(bundle, output);
  await writeFile(join(output, 'pagefind-entry.json'), JSON.stringify(merged));
  return merged;
}

const task = isMainThread ? undefined : (workerData as { preparePages?: { files: string[]; from: string; sites: string } } | undefined)?.preparePages;
if (task) {
  // A worker of preparePagesInParallel.
  parentPort!.postMessage(await preparePages(task.files, task.from, task.sites));
} else if (import.meta.main) {
  // Next to the site, so that the bundles move into it without copying.
  const work = await mkdtemp(join(dirname(resolve(site)), '.search-index-'));
  try {
    const sites = join(work, 'sites');
    const { counts, sizes } = await preparePagesInParallel(await htmlFiles(site), site, sites);
    // One Pagefind process per core, the largest languages first.
    const queue = Object.keys(counts).sort((a, b) => sizes[b] - sizes[a]);
    const bundleOf = (lang: string) => join(work, 'bundles', lang);
    const bundles = queue.map(bundleOf);
    const runner = async () => {
      for (let lang = queue.shift(); lang; lang = queue.shift()) await indexLanguage(lang, join(sites, lang), bundleOf(lang));
    };
    await Promise.all(Array.from({ length: Math.min(availableParallelism(), queue.length) }, runner));
    const entry = await mergeBundles(bundles, join(site, 'pagefind'));
    for (const [lang, n] of Object.entries(counts)) {
      const indexed = entry.languages[lang]?.page_count ?? 0;
      if (indexed !== n) throw new Error(`Pagefind indexed ${indexed} of the ${n} ${lang} pages prepared for it`);
    }
    console.log(
      `[search] indexed ${Object.entries(counts)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([l, n]) => `${n} ${l}`)
        .join(', ')} pages into ${site}/pagefind`,
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
