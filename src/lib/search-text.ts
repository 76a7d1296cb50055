/**
 * Text preparation for search in four scripts, shared by the index build (Node) and the search
 * page (browser) so both sides cut words the same way. Pagefind splits words on whitespace,
 * matches each query word as a prefix and folds most diacritics, but:
 *  - Lao is written without spaces between words: we segment it with Intl.Segmenter('lo') and join
 *    the words with WORD_JOIN (an EN SPACE, which Pagefind treats as whitespace and readers never
 *    see: it is removed again before any text is shown). Browsers ship other versions of ICU's Lao
 *    dictionary than Node (measured: Chromium cuts ຊຽງຂວາງ in two, Node does not), so the index
 *    also holds joined neighbours (ໄຊສົມບູນ from ໄຊ + ສົມບູນ) and the tails of words at syllable
 *    starts (ຂວາງ from ຊຽງຂວາງ): whichever way the reader's browser cuts the query, it matches;
 *  - Vietnamese đ/Đ is not folded: words with đ also get an alias with d;
 *  - Korean nouns hide inside compounds (우호협력합의서) and carry particles (충청남도에서):
 *    compounds get suffix aliases at index time, particles are stripped from query words.
 * Aliases are appended after ALIAS_MARK, a block given little weight and never shown.
 *  - Korean terms are stored encoded in ASCII (encodeHangul): Pagefind puts every Hangul term into
 *    one index chunk (measured: 2.3 MB fetched per Korean search at 10,000 pages); encoded, they
 *    chunk like Latin words. Prefixes survive the encoding, so prefix search works unchanged.
 */

/** Inserted between Lao words for the indexer only (U+2002 EN SPACE). */
export const WORD_JOIN = '\u2002';

/** Separates a page's own text from the alias block in indexed content (U+2063). */
export const ALIAS_MARK = '\u2063';

const laoRun = /[\u0E80-\u0EFF]+/g;
const hangulRun = /[\uAC00-\uD7A3]+/g;
const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(locale: string): Intl.Segmenter {
  if (!segmenters.has(locale)) segmenters.set(locale, new Intl.Segmenter(locale, { granularity: 'word' }));
  return segmenters.get(locale)!;
}

/** Splits every run of Lao script into words joined by WORD_JOIN: ແຂວງໄຊສົມບູນ → ແຂວງ␂ໄຊ␂ສົມບູນ. */
export function segmentLao(text: string): string {
  return text.replace(laoRun, (run) => laoWords(run).join(WORD_JOIN));
}

/** Lao words of a run as Node's ICU cuts them. */
function laoWords(run: string): string[] {
  return [...segmenter('lo').segment(run)].map((s) => s.segment).filter((s) => s.trim() !== '');
}

const laoLeadingVowel = /[\u0EC0-\u0EC4]/;
const laoConsonant = /[\u0E81-\u0EAE\u0EDC-\u0EDF]/;
const laoVowelOrTone = /[\u0EB0-\u0EBC\u0EC8-\u0ECD\u0EA7]/; // vowel signs, tone marks, and ວ as a glide

/** Extra index tokens for Lao: pairs and triples of neighbouring words, and word tails at syllable starts. */
export function laoAliases(run: string): string[] {
  const words = laoWords(run);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (i + 1 < words.length) out.push(words[i] + words[i + 1]);
    if (i + 2 < words.length) out.push(words[i] + words[i + 1] + words[i + 2]);
    const w = [...words[i]];
    for (let j = 1; j < w.length - 1; j++) {
      // A syllable starts at a leading vowel, or at a consonant (not after one) followed by a vowel, tone or glide.
      const startsSyllable =
        laoLeadingVowel.test(w[j]) || (laoConsonant.test(w[j]) && !laoLeadingVowel.test(w[j - 1]) && laoVowelOrTone.test(w[j + 1]));
      if (startsSyllable) out.push(w.slice(j).join(''));
    }
  }
  return out;
}

/** Removes the separators segmentLao inserted, giving back the text as written. */
export function unsegment(text: string): string {
  return text.split(WORD_JOIN).join('');
}

/** đ → d, Đ → D (the one Vietnamese letter Pagefind does not fold). */
export function foldD(text: string): string {
  return text.replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** Lowercase without any diacritics, for comparing what a reader typed with the text. */
export function fold(text: string): string {
  return foldD(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Suffixes of a Korean compound, so that its tail words are found: 우호협력합의서 → 호협력합의서 … 합의서, 의서. */
export function koreanSuffixes(word: string): string[] {
  const out: string[] = [];
  for (let i = 1; i <= word.length - 2; i++) out.push(word.slice(i));
  return out;
}

/** Korean particles and endings stripped from query words, longest first. */
const particles = [
  '에서부터', '으로부터', '에게서', '에서는', '에서도', '으로는', '으로서', '으로써', '이라는', '과의', '와의',
  '에서', '에게', '으로', '부터', '까지', '보다', '처럼', '마다', '라는', '에는', '에도', '께서', '한테', '이나',
  '이며', '이고', '로서', '로써', '로는', '은', '는', '이', '가', '을', '를', '의', '에', '와', '과', '도', '로', '만',
];

/** A Korean query word without its particle, if what remains is at least two syllables: 충청남도에서 → 충청남도. */
export function stripParticle(word: string): string {
  if (!/^[\uAC00-\uD7A3]+$/.test(word)) return word;
  for (const p of particles) {
    if (word.endsWith(p) && word.length - p.length >= 2) return word.slice(0, -p.length);
  }
  return word;
}

/**
 * Writes each Hangul syllable as three lowercase letters (its offset in the Hangul block, base 26),
 * keeping every other character. Only the indexer and the query ever see this form.
 */
export function encodeHangul(text: string): string {
  return text.replace(/[\uAC00-\uD7A3]/g, (ch) => {
    const n = ch.charCodeAt(0) - 0xac00;
    return String.fromCharCode(97 + Math.floor(n / 676), 97 + (Math.floor(n / 26) % 26), 97 + (n % 26));
  });
}

/** The text of a page as given to the indexer: Lao segmented, plus the alias block. */
export function textForIndex(text: string): string {
  const aliases = new Set<string>();
  for (const word of text.split(/\s+/)) {
    if (/[đĐ]/.test(word)) aliases.add(foldD(word));
  }
  for (const [word] of text.matchAll(hangulRun)) {
    if (word.length >= 3) for (const s of koreanSuffixes(word)) aliases.add(s);
  }
  for (const [run] of text.matchAll(laoRun)) for (const a of laoAliases(run)) aliases.add(a);
  const body = encodeHangul(segmentLao(text));
  return aliases.size === 0 ? body : `${body}\n${ALIAS_MARK}\n${encodeHangul([...aliases].join(' '))}`;
}

/** The title of a page as given to the indexer (weighted more than the text): Lao segmented with its aliases, đ aliased. */
export function titleForIndex(title: string): string {
  const folded = foldD(title);
  const lao = [...title.matchAll(laoRun)].flatMap(([run]) => laoAliases(run));
  return encodeHangul([segmentLao(folded === title ? title : `${title} ${folded}`), ...lao].join(' '));
}

/** A reader's query as words: Lao cut like the index, đ folded, Korean particles stripped. */
export function queryWords(query: string): string[] {
  return segmentLao(foldD(query.normalize('NFC')))
    .split(/\s+/)
    .filter(Boolean)
    .map(stripParticle);
}

/** What a reader typed, turned into the words Pagefind should look for (Korean encoded as indexed). */
export function queryForIndex(query: string): string {
  return encodeHangul(queryWords(query).join(' '));
}

/** The readable part of indexed content: the alias block cut off, Lao separators removed. */
export function displayText(indexed: string): string {
  return unsegment(indexed.split(ALIAS_MARK)[0]).trim();
}

/** Folds one character at a time (keeps positions): Latin letters lose diacritics, đ → d, case lowered. */
function foldKeepingLength(text: string): string {
  let out = '';
  for (const ch of text) {
    const base = ch < '\u2000' ? foldD(ch).normalize('NFD').replace(/[\u0300-\u036f]/g, '') : ch;
    out += (base.length === ch.length ? base : ch).toLowerCase().slice(0, ch.length).padEnd(ch.length, ' ');
  }
  return out;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The words of a query as they appear in readable text: Lao and particles handled, folded for matching. */
export function matchWords(query: string): string[] {
  return queryWords(query)
    .map((w) => foldKeepingLength(w))
    .sort((a, b) => b.length - a.length);
}

/**
 * An excerpt of readable text around the first match of the whole query (else of any of its words), as HTML with every match
 * in <mark> (matching ignores case and Latin diacritics, so "dau tu" marks "đầu tư").
 */
export function makeExcerpt(text: string, query: string, around = 90): string {
  const words = matchWords(query);
  const folded = foldKeepingLength(text);
  const phrase = folded.indexOf(foldKeepingLength(query.normalize('NFC').trim()));
  const first = phrase >= 0 ? phrase : Math.min(...words.map((w) => folded.indexOf(w)).filter((i) => i >= 0), Infinity);
  const start = first === Infinity ? 0 : Math.max(0, first - Math.floor(around / 3));
  const end = Math.min(text.length, start + around * 2);
  const marks: Array<[number, number]> = [];
  for (const w of words) {
    for (let i = folded.indexOf(w, start); i >= 0 && i < end; i = folded.indexOf(w, i + w.length)) {
      if (!marks.some(([a, b]) => i < b && i + w.length > a)) marks.push([i, Math.min(end, i + w.length)]);
    }
  }
  marks.sort((a, b) => a[0] - b[0]);
  let html = start > 0 ? '… ' : '';
  let at = start;
  for (const [a, b] of marks) {
    html += escapeHtml(text.slice(at, a)) + '<mark>' + escapeHtml(text.slice(a, b)) + '</mark>';
    at = b;
  }
  html += escapeHtml(text.slice(at, end)) + (end < text.length ? ' …' : '');
  return html;
}

/** True when the text contains the query exactly as typed (diacritics included), for ranking. */
export function containsExactly(text: string, query: string): boolean {
  const q = query.normalize('NFC').trim().toLowerCase();
  return q !== '' && text.normalize('NFC').toLowerCase().includes(q);
}

/**
 * A looser form of a prepared query, tried when it finds nothing: every word of six letters or
 * more is cut to its first two thirds, so a slip near the end of a word ("Chungcheongnma",
 * "Xaysombun") still finds what starts the same way. Returns undefined when nothing can be cut.
 */
export function relaxQuery(prepared: string): string | undefined {
  const words = prepared.split(/\s+/).filter(Boolean);
  const relaxed = words.map((w) => ([...w].length >= 6 ? [...w].slice(0, Math.ceil(([...w].length * 2) / 3)).join('') : w));
  return relaxed.join(' ') === words.join(' ') ? undefined : relaxed.join(' ');
}

/**
 * How well a result's title answers the query, for re-ranking the first results: above 1 when the
 * title holds the whole query (shorter titles first: "Tỉnh Xay Sôm Bun" before a long event title),
 * up to 0.9 for the share of query words it holds, 0 when it holds none.
 */
export function titleMatchScore(title: string, query: string): number {
  const t = foldKeepingLength(title.normalize('NFC'));
  const whole = foldKeepingLength(unsegment(query.normalize('NFC').trim()));
  if (whole === '') return 0;
  if (t.includes(whole)) return 1 + whole.length / t.length;
  const words = matchWords(query);
  return (0.9 * words.filter((w) => t.includes(w)).length) / words.length;
}

/**
 * Keeps at most `max` occurrences of each word, in order. The index stores every occurrence of a
 * word with its position; in syllable-based Vietnamese and in Korean, a few words (박장성, hợp, tác)
 * recur on every page, and their postings made each search fetch several hundred kB. Relevance
 * barely changes (Pagefind saturates term frequency anyway); readers see the full text, kept apart.
 */
export function capRepeats(text: string, max = 3): string {
  const seen = new Map<string, number>();
  return text
    .split(/\s+/)
    .filter((word) => {
      if (!word) return false;
      const key = fold(word);
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      return n <= max;
    })
    .join(' ');
}
