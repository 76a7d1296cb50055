/**
 * Prints what the site publishes, counted from content/ and the built dist/: entries per type,
 * pages per locale, search records per language (Pagefind), feed items (RSS items, iCal VEVENTs)
 * and open-data rows per dataset. Run after `npm run build`; a layout migration must not change it.
 * Reads both the folder-per-entry layout and the older facts.yaml layout, so a before/after diff is exact.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse } from 'yaml';
import { locales } from '../src/i18n/locales.ts';

const root = process.argv[2] ?? '.';
const content = join(root, process.env.CONTENT_DIR ?? 'content');
const dist = join(root, 'dist');

/** Every file under `dir` whose name passes `keep`. */
function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name), keep) : keep(e.name) ? [join(dir, e.name)] : [],
  );
}

const dirs = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((n) => statSync(join(dir, n)).isDirectory()) : []);

/** Entries per type: folders for entry types; terms and documents, whichever layout holds them. */
function entryCounts(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const type of ['partners', 'agreements', 'plans', 'events', 'news', 'standalone']) counts[type] = dirs(join(content, type)).length;
  const glossaryFiles = filesUnder(join(content, 'glossary'), (n) => /\.ya?ml$/.test(n));
  counts.glossary = glossaryFiles.reduce((sum, f) => {
    const doc = parse(readFileSync(f, 'utf8'));
    return sum + ('kind' in doc ? 1 : Object.keys(doc).length); // one term per file, or a map of terms
  }, 0);
  const sourcesFile = join(content, 'sources.yaml');
  counts.sources = existsSync(sourcesFile) ? Object.keys(parse(readFileSync(sourcesFile, 'utf8'))).length : dirs(join(content, 'sources')).length;
  return counts;
}

/** HTML pages under each locale prefix of dist/. */
function pagesPerLocale(): Record<string, number> {
  return Object.fromEntries(locales.map((l) => [l, filesUnder(join(dist, l), (n) => n.endsWith('.html')).length]));
}

/** Pagefind records per language, read from each language's gzipped metadata (page count). */
function searchRecords(): Record<string, number> {
  const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8'));
  return Object.fromEntries(
    Object.entries<{ page_count: number }>(entry.languages)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([lang, info]) => [lang, info.page_count]),
  );
}

/** RSS items and iCal events over every feed and calendar in dist/. */
function feedItems(): Record<string, number> {
  const rss = filesUnder(dist, (n) => n.endsWith('.xml') && n !== 'sitemap-index.xml' && !n.startsWith('sitemap'));
  const ics = filesUnder(dist, (n) => n.endsWith('.ics'));
  const count = (files: string[], re: RegExp) => files.reduce((s, f) => s + (readFileSync(f, 'utf8').match(re)?.length ?? 0), 0);
  return { rssFeeds: rss.length, rssItems: count(rss, /<item>/g), calendars: ics.length, icalEvents: count(ics, /^BEGIN:VEVENT/gm) };
}

/** Rows per open dataset (JSON records and CSV rows). */
function openDataRows(): Record<string, string> {
  const dataDir = join(dist, 'data');
  return Object.fromEntries(
    readdirSync(dataDir)
      .filter((n) => n.endsWith('.json'))
      .sort()
      .map((n) => {
        const json = JSON.parse(readFileSync(join(dataDir, n), 'utf8'));
        const rows = Array.isArray(json) ? json : (json.data ?? json.records ?? json.rows ?? Object.values(json).find(Array.isArray));
        const csv = parseCsv(readFileSync(join(dataDir, n.replace(/\.json$/, '.csv')), 'utf8'), { columns: true, bom: true }).length;
        return [n.replace(/\.json$/, ''), `${rows.length} json records, ${csv} csv rows`];
      }),
  );
}

const report = { entries: entryCounts(), pagesPerLocale: pagesPerLocale(), searchRecords: searchRecords(), feeds: feedItems(), openDataRows: openDataRows() };
for (const [section, values] of Object.entries(report)) {
  console.log(section);
  for (const [k, v] of Object.entries(values)) console.log(`  ${k.padEnd(16)} ${v}`);
}
