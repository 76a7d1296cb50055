/**
 * The search page's behaviour (the only script on the site). Starts Pagefind once the page is idle, prepares
 * the query like the index (src/lib/search-text.ts), shows results with our own excerpts so that Lao
 * reads without inserted spaces and matches typed without diacritics are highlighted, re-ranks the
 * first results (titles, phrases, whole words), and announces the count to screen readers.
 * Order of attempts: the phrase as syllable pairs (languages that index them), joined by the pages with
 * every word when the phrase is on fewer than three; the words with a slip near their end forgiven (only
 * results that really hold a near form of each word); last the pages holding most of the words, labelled
 * as such; nothing found is said plainly.
 */
import {
  displayText,
  holdsNear,
  holdsWord,
  makeExcerpt,
  pairQuery,
  queryForIndex,
  queryWords,
  relaxWords,
  resultScore,
  wordsForIndex,
} from '../lib/search-text';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string, o?: Record<string, unknown>) => Promise<{ results: PagefindResult[] } | null>;
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
const lang = form.dataset.lang!;
const PAGE = 10;
/** How many of Pagefind's best results are re-ranked before the first page is shown: the first page's worth, whose texts it fetches anyway. */
const RERANK = PAGE;

/** One result as shown: Pagefind's result, and the query words its page lacks (partial matches only). */
interface Shown {
  result: PagefindResult;
  missing: string[];
}

let pagefind: Promise<Pagefind> | undefined;
let order: Shown[] = [];
let shown = 0;
let query = '';
let run = 0;
const fragments = new Map<string, Promise<PagefindData>>();

function load(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`).then(async (pf: Pagefind) => {
    // Long pages (a partner's own page, a plan) are not penalised for their length: measured with
    // tests/search/queries.json, this puts 38 instead of 32 of 51 expected pages in Pagefind's top 3.
    await pf.options({ excerptLength: 0, ranking: { pageLength: 0 } });
    // The engine, its language's index directory and the wasm: fetched and started once, before the first search.
    await pf.init();
    return pf;
  });
  return pagefind;
}

/**
 * Prepares the engine while the reader is still reading or typing (the page is idle, or the search box
 * gets focus), so that the wait after Enter is the search alone. Nothing is fetched until the page
 * has loaded; a page opened with ?q= searches at once instead.
 */
function prepare() {
  // A failed attempt (offline) is forgotten: the search itself tries again.
  const start = () => void load().catch(() => (pagefind = undefined));
  input.addEventListener('focus', start, { once: true });
  if (document.readyState === 'complete') idle(start);
  else addEventListener('load', () => idle(start), { once: true });
}
const idle = (task: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(task, { timeout: 2000 }) : setTimeout(task, 200));

/** The page data of a result, fetched once. */
function data(r: PagefindResult): Promise<PagefindData> {
  if (!fragments.has(r.id)) fragments.set(r.id, r.data());
  return fragments.get(r.id)!;
}

const say = (template: string, count?: number) => template.replace('[SEARCH_TERM]', `“${query}”`).replace('[COUNT]', String(count ?? 0));

/** The page's text as readers see it (the index holds it in a prepared form: displayText reverses it). */
const readable = (d: PagefindData) => displayText(d.content);
/** The page's title as readers see it. */
const titleOf = (d: PagefindData) => displayText(d.meta.title);

function render(d: PagefindData, missing: string[]): HTMLLIElement {
  const li = document.createElement('li');
  const h = document.createElement('h2');
  const a = document.createElement('a');
  a.href = d.url;
  a.textContent = titleOf(d);
  h.append(a);
  const meta = document.createElement('p');
  meta.className = 'meta-line';
  meta.textContent = [typeLabels[d.meta.type], d.meta.dateText ?? d.meta.date].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  excerpt.innerHTML = makeExcerpt(readable(d), query); // escaped except <mark>
  li.append(h, meta);
  if (missing.length) {
    const lacks = document.createElement('p');
    lacks.className = 'search-missing';
    lacks.textContent = strings.missing.replace('[WORDS]', missing.join(', '));
    li.append(lacks);
  }
  li.append(excerpt);
  return li;
}

/**
 * True when one of the results holds every word of the query as a word (the last one may be the
 * start of a word, still being typed): Pagefind matches prefixes, so "ໄດ" finds ໄດ້ and "ha" finds
 * "hành"; results that hold the words only that way are not what the reader asked for.
 */
async function anyHolds(candidates: PagefindResult[], q: string): Promise<boolean> {
  const units = queryWords(q);
  const all = await Promise.all(candidates.map(data));
  return all.some((d) => {
    const text = `${titleOf(d)} ${readable(d)}`;
    return units.every((u, i) => holdsWord(text, u, i === units.length - 1));
  });
}

/**
 * Re-ranks Pagefind's best results (resultScore: title, phrase, whole words, exact diacritics); the rest
 * keep Pagefind's order. The full texts of the source documents hold nearly every term of the site, so
 * among the best results they come after the site's own pages (which cite them and link to them).
 */
async function rerank(results: PagefindResult[], q: string): Promise<PagefindResult[]> {
  const top = await Promise.all(results.slice(0, RERANK).map(async (r, i) => ({ r, i, d: await data(r) })));
  const scored = top.map((x) => ({ ...x, s: resultScore(titleOf(x.d), readable(x.d), q), full: Number(x.d.meta.type === 'document') }));
  return [...scored.sort((a, b) => a.full - b.full || b.s - a.s || a.i - b.i).map((x) => x.r), ...results.slice(RERANK)];
}

/** Results of `first`, then those of `second` not already there. */
const union = (first: PagefindResult[], second: PagefindResult[]) => [...first, ...second.filter((r) => !first.some((f) => f.id === r.id))];

/**
 * The query with a slip near the end of its long words forgiven, keeping only results that hold a
 * near form of every word (so a word that is on no page still finds nothing).
 */
async function relaxed(pf: Pagefind, words: string[], options: Record<string, unknown>): Promise<{ results: PagefindResult[]; searched: string }> {
  const loose = relaxWords(words);
  if (!loose) return { results: [], searched: '' };
  const found = (await pf.search(wordsForIndex(loose), options))?.results ?? [];
  const candidates = await Promise.all(found.slice(0, RERANK).map(async (r) => ({ r, d: await data(r) })));
  const results = candidates.filter(({ d }) => words.every((w) => holdsNear(`${titleOf(d)} ${readable(d)}`, w))).map(({ r }) => r);
  // Ranked by the words as relaxed, readable (never their encoded form), so titles that start with them come first.
  return { results, searched: loose.join(' ') };
}

/**
 * Pages holding most of the words, best first, each with the words it lacks; empty when no word is
 * on any page. Pagefind matches prefixes, so each candidate's text is checked for the words as words
 * (holdsWord): a word that is on no page, or only inside longer words, counts for no page.
 */
async function partial(pf: Pagefind, typed: string[], options: Record<string, unknown>): Promise<Shown[]> {
  const distinct = [...new Set(typed)];
  if (distinct.length < 2) return [];
  const pages = new Map<string, { result: PagefindResult; hits: number; score: number }>();
  for (const w of distinct) {
    for (const r of (await pf.search(pairQuery(w, lang) ?? queryForIndex(w), options))?.results ?? []) {
      const page = pages.get(r.id) ?? { result: r, hits: 0, score: 0 };
      page.hits += 1;
      page.score += r.score;
      pages.set(r.id, page);
    }
  }
  const candidates = [...pages.values()].sort((a, b) => b.hits - a.hits || b.score - a.score).slice(0, RERANK);
  const checked = await Promise.all(
    candidates.map(async ({ result, score }) => {
      const d = await data(result);
      const text = `${titleOf(d)} ${readable(d)}`;
      const has = distinct.filter((w) => queryWords(w).every((unit) => holdsWord(text, unit)));
      return { result, score, has };
    }),
  );
  return checked
    .filter((c) => c.has.length > 0)
    .sort((a, b) => b.has.length - a.has.length || b.score - a.score)
    .map((c) => ({ result: c.result, missing: distinct.filter((w) => !c.has.includes(w)) }));
}

async function showMore() {
  const batch = order.slice(shown, shown + PAGE);
  const pages = await Promise.all(batch.map(async ({ result, missing }) => render(await data(result), missing)));
  list.append(...pages);
  shown += batch.length;
  more.hidden = shown >= order.length;
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
  const options = { filters, sort: sortByDate ? { date: 'desc' } : undefined };
  const words = queryWords(query);
  const phrase = pairQuery(query, lang);
  let results = phrase ? ((await pf.search(phrase, options))?.results ?? []) : [];
  // The phrase on fewer than three pages: pages holding every word apart follow them.
  if (results.length < 3) results = union(results, (await pf.search(queryForIndex(query), options))?.results ?? []);
  // Nothing found that holds the words typed: allow for a slip near the end of long words.
  let searched = query;
  if (results.length === 0 || !(await anyHolds(results.slice(0, RERANK), query))) {
    ({ results, searched } = await relaxed(pf, words, options));
  }
  let partialMatch = false;
  let next: Shown[];
  if (results.length === 0) {
    next = await partial(pf, query.split(/\s+/).filter(Boolean), options);
    partialMatch = next.length > 0;
  } else {
    next = (sortByDate ? results : await rerank(results, searched)).map((result) => ({ result, missing: [] }));
  }
  if (mine !== run) return;
  order = next;
  shown = 0;
  list.replaceChildren();
  await showMore();
  if (mine !== run) return;
  const count = order.length;
  status.textContent =
    count === 0
      ? say(strings.zeroResults)
      : partialMatch
        ? say(strings.partialResults, count)
        : say(count === 1 ? strings.oneResult : strings.manyResults, count);
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
else prepare();
