/**
 * The search page's behaviour (the only script on the site). Loads Pagefind on first use, prepares
 * the query like the index (src/lib/search-text.ts), shows results with our own excerpts so that Lao
 * reads without inserted spaces and matches typed without diacritics are highlighted, ranks exact
 * matches first, and announces the count to screen readers.
 */
import { containsExactly, displayText, makeExcerpt, queryForIndex, relaxQuery, titleMatchScore } from '../lib/search-text';

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
const PAGE = 10;
/** How many of Pagefind's best results are re-ranked by their titles before the first page is shown. */
const RERANK = 12;

let pagefind: Promise<Pagefind> | undefined;
let results: PagefindResult[] = [];
let shown = 0;
let query = '';
let run = 0;

function load(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`).then(async (pf: Pagefind) => {
    // Long pages (a partner's own page, a plan) are not penalised for their length: measured with
    // tests/search/queries.json, this puts 38 instead of 32 of 51 expected pages in Pagefind's top 3.
    await pf.options({ excerptLength: 0, ranking: { pageLength: 0 } });
    return pf;
  });
  return pagefind;
}

const say = (template: string, count?: number) =>
  template.replace('[SEARCH_TERM]', `“${query}”`).replace('[COUNT]', String(count ?? 0));

/** The page's text as readers see it (kept in the `text` meta field by the index build). */
const readable = (d: PagefindData) => d.meta.text ?? displayText(d.content);

function render(data: PagefindData): HTMLLIElement {
  const li = document.createElement('li');
  const h = document.createElement('h2');
  const a = document.createElement('a');
  a.href = data.url;
  a.textContent = data.meta.title;
  h.append(a);
  const meta = document.createElement('p');
  meta.className = 'meta-line';
  meta.textContent = [typeLabels[data.meta.type], data.meta.dateText ?? data.meta.date].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  excerpt.innerHTML = makeExcerpt(readable(data), query); // escaped except <mark>
  li.append(h, meta, excerpt);
  return li;
}

/** True when one of the results holds (nearly) all words of the query in its title or text. */
async function anyHolds(candidates: PagefindResult[], q: string): Promise<boolean> {
  const data = await Promise.all(candidates.map((r) => r.data()));
  return data.some((d) => titleMatchScore(`${d.meta.title} ${readable(d)}`, q) > 0.8);
}

let ranked: PagefindData[] = [];
/** The words actually searched for (the relaxed form when the query as typed found nothing). */
let searched = '';

/**
 * Re-ranks Pagefind's best results: titles holding the query first (a partner's own page before
 * the events that mention it), then pages holding it exactly as typed, with its diacritics.
 */
async function rerank(): Promise<PagefindData[]> {
  const top = await Promise.all(results.slice(0, RERANK).map((r) => r.data()));
  const score = (d: PagefindData) =>
    titleMatchScore(d.meta.title, searched) * 2 + Number(containsExactly(`${d.meta.title} ${readable(d)}`, query));
  return top.map((d, i) => ({ d, i, s: score(d) })).sort((a, b) => b.s - a.s || a.i - b.i).map((x) => x.d);
}

async function showMore() {
  const batch =
    shown < ranked.length ? ranked.slice(shown, shown + PAGE) : await Promise.all(results.slice(shown, shown + PAGE).map((r) => r.data()));
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
  const sortByDate = sortSelect.value === 'date';
  const sort = sortByDate ? { date: 'desc' } : undefined;
  const prepared = queryForIndex(query);
  let found = await pf.search(prepared, { filters, sort });
  // Nothing found that holds the words typed: allow for a slip near the end of long words.
  const relaxed = found && !(await anyHolds(found.results.slice(0, 3), query)) ? relaxQuery(prepared) : undefined;
  if (relaxed) found = await pf.search(relaxed, { filters, sort });
  searched = relaxed ?? query;
  if (!found || mine !== run) return;
  results = found.results;
  shown = 0;
  ranked = sortByDate ? [] : await rerank();
  if (mine !== run) return;
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
