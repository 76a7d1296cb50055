/**
 * The search page's behaviour (the only script on the site). Loads Pagefind on first use, prepares
 * the query like the index (src/lib/search-text.ts), shows results with our own excerpts so that Lao
 * reads without inserted spaces and matches typed without diacritics are highlighted, ranks exact
 * matches first, and announces the count to screen readers.
 */
import { containsExactly, displayText, makeExcerpt, queryForIndex, relaxQuery } from '../lib/search-text';

interface PagefindResult { id: string; score: number; data: () => Promise<PagefindData> }
interface PagefindData { url: string; content: string; meta: Record<string, string> }
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string, o?: Record<string, unknown>) => Promise<{ results: PagefindResult[] } | null>;
  debouncedSearch: (q: string, o?: Record<string, unknown>, ms?: number) => Promise<{ results: PagefindResult[] } | null>;
}

const form = document.querySelector<HTMLFormElement>('form[data-search]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
const status = document.getElementById('search-status')!;
const list = document.getElementById('search-results') as HTMLOListElement;
const more = document.getElementById('search-more') as HTMLButtonElement;
const strings = JSON.parse(form.dataset.strings!) as Record<string, string>;
const typeLabels = JSON.parse(form.dataset.types!) as Record<string, string>;
const dateFormat = new Intl.DateTimeFormat(form.dataset.intl, { dateStyle: 'long', timeZone: 'UTC' });
const PAGE = 10;

let pagefind: Promise<Pagefind> | undefined;
let results: PagefindResult[] = [];
let shown = 0;
let query = '';
let run = 0;

function load(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`).then(async (pf: Pagefind) => {
    await pf.options({ excerptLength: 0 });
    return pf;
  });
  return pagefind;
}

const say = (template: string, count?: number) =>
  template.replace('[SEARCH_TERM]', `“${query}”`).replace('[COUNT]', String(count ?? 0));

function formatDate(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const [y, m, d] = date.split('-').map(Number);
  return dateFormat.format(new Date(Date.UTC(y, m - 1, d)));
}

function render(data: PagefindData): HTMLLIElement {
  const li = document.createElement('li');
  const h = document.createElement('h2');
  const a = document.createElement('a');
  a.href = data.url;
  a.textContent = data.meta.title;
  h.append(a);
  const meta = document.createElement('p');
  meta.className = 'meta-line';
  meta.textContent = [typeLabels[data.meta.type], data.meta.date && formatDate(data.meta.date)].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  excerpt.innerHTML = makeExcerpt(displayText(data.content), query); // escaped except <mark>
  li.append(h, meta, excerpt);
  return li;
}

async function showMore() {
  const batch = await Promise.all(results.slice(shown, shown + PAGE).map((r) => r.data()));
  // Within a batch, pages containing the query exactly as typed (with its diacritics) come first.
  const exact = (d: PagefindData) => containsExactly(`${d.meta.title} ${displayText(d.content)}`, query);
  batch.sort((x, y) => Number(exact(y)) - Number(exact(x)));
  list.append(...batch.map(render));
  shown += batch.length;
  more.hidden = shown >= results.length;
}

async function search() {
  const mine = ++run;
  query = input.value.trim();
  const filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset.filter!, s.value]));
  const url = new URL(location.href);
  url.searchParams.set('q', query);
  for (const s of [...selects, sortSelect]) {
    const key = s.dataset.filter ?? s.name;
    if (s.value) url.searchParams.set(key, s.value);
    else url.searchParams.delete(key);
  }
  history.replaceState(null, '', url);
  if (query === '') {
    list.replaceChildren();
    status.textContent = '';
    more.hidden = true;
    return;
  }
  const pf = await load();
  const sort = sortSelect.value === 'date' ? { date: 'desc' } : undefined;
  const prepared = queryForIndex(query);
  let found = await pf.search(prepared, { filters, sort });
  // Nothing found: try again allowing for a slip near the end of long words.
  const relaxed = found && found.results.length === 0 ? relaxQuery(prepared) : undefined;
  if (relaxed) found = await pf.search(relaxed, { filters, sort });
  if (!found || mine !== run) return;
  results = found.results;
  shown = 0;
  list.replaceChildren();
  await showMore();
  if (mine !== run) return;
  status.textContent = results.length === 0 ? say(strings.zeroResults) : say(results.length === 1 ? strings.oneResult : strings.manyResults, results.length);
}

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(search, 200);
});
for (const s of form.querySelectorAll('select')) s.addEventListener('change', search);
form.addEventListener('submit', (e) => {
  e.preventDefault();
  clearTimeout(timer);
  void search();
});
more.addEventListener('click', () => void showMore());

const params = new URL(location.href).searchParams;
for (const s of selects) s.value = params.get(s.dataset.filter!) ?? '';
sortSelect.value = params.get('sort') ?? '';
input.value = params.get('q') ?? '';
if (input.value) void search();
