/**
 * Text preparation for search in every script of the locale table, shared by the index build (Node) and the search
 * page (browser) so both sides cut words the same way. Pagefind splits words on whitespace,
 * matches each query word as a prefix and folds most diacritics, but:
 *  - Lao is written without spaces between words. Its runs are cut into written syllables by the
 *    script's spelling rules (src/lib/syllables.ts, no dictionary: every browser engine and Node cut
 *    alike, which ICU's word segmentation does not) and stored as a chain of pairs (chainRun:
 *    ສັນຍາຮ່ວມມື → ສັນ1ຍາ ຍາ1ຮ່ວມ ຮ່ວມ1ມື ມື): a query of one syllable finds the words it starts, a
 *    query of several looks for its pairs (a phrase, not scattered syllables), and the text is
 *    stored once, read back by displayText. Queries are cut the same way (joined with WORD_JOIN).
 *    An unspaced script without a syllable rule (Thai when added) is cut into letters instead, whose
 *    overlapping pairs are indexed and queried, encoded in ASCII like Korean (below);
 *  - Vietnamese writes a space between syllables: pairs of syllables are indexed too (the locale
 *    table says which languages), so "ha noi" finds "Hà Nội" and not "hành … nội";
 *  - Vietnamese đ/Đ is not folded: words with đ also get an alias with d;
 *  - Korean nouns hide inside compounds (우호협력합의서) and carry particles (충청남도에서):
 *    compounds get suffix aliases at index time, particles are stripped from query words.
 * Aliases are appended after ALIAS_MARK, a block given little weight and never shown.
 *  - Korean terms are stored encoded in ASCII (encodeHangul): Pagefind puts every Hangul term into
 *    one index chunk (measured: 2.3 MB fetched per Korean search at 10,000 pages); encoded, they
 *    chunk like Latin words, behind a mark that keeps them apart from Latin and numeric words.
 * All text and queries are composed (NFC) first, so decomposed input matches and highlights alike.
 */

import { localeTable } from '../i18n/locales.ts';
import { syllableRules, unitsOf } from './syllables.ts';

/** Joins the syllables of unspaced scripts cut for matching — queries and the readable text checked against them (U+2002 EN SPACE, whitespace to Pagefind). */
export const WORD_JOIN = '\u2002';

/**
 * Pagefind gives back every whitespace of the indexed text as a plain space, so where the indexed text
 * splits what the writer joined — an encoded word (Korean, letters) written against its neighbour
 * ("2024년"), a digit written against a Lao syllable ("2021ປີ") — GLUE_MARK stands between, a word of its
 * own that Pagefind keeps in the content but never indexes (it is not a letter). displayText reads it
 * back, so excerpts and titles read exactly as written (U+2062).
 */
export const GLUE_MARK = '\u2062';

/** Joins the two syllables of an indexed syllable pair ("bắc giang" → "bac1giang", ສົມ1ບູນ): a digit, which Pagefind keeps inside words. */
export const PAIR_JOIN = '1';

/** Separates a page's own text from the alias block in indexed content (U+2063). */
export const ALIAS_MARK = '\u2063';

/** Separates a page's own text from its syllable pairs, which weigh like the text (U+2064). */
export const PAIR_MARK = '\u2064';

/** Scripts of the locale table written without spaces: cut by their syllable rule, else into letters (src/lib/syllables.ts). */
const unspacedScripts = [
  ...new Set(
    Object.values(localeTable).flatMap((row) => {
      const search = row.search as { words: string; script?: string };
      return search.words === 'unspaced' && search.script ? [search.script] : [];
    }),
  ),
];
/** A run of letters (with their marks) of scripts in `scripts`, or a pattern that matches nothing. */
const runOf = (scripts: string[]) => new RegExp(scripts.length ? `(?:${scripts.map((s) => `\\p{Script=${s}}`).join('|')})+` : '(?!)', 'gu');
const unspacedRun = runOf(unspacedScripts);
/** Runs of unspaced scripts with a syllable rule (Lao): shown to the indexer cut into syllables. */
const ruledRun = runOf(unspacedScripts.filter((s) => syllableRules[s]));
/** One letter (or mark) of a script with a syllable rule. */
const ruledLetter = new RegExp(ruledRun.source.replace(/\+$/, ''), 'u');
/**
 * Runs of unspaced scripts without a rule, cut into letters (letterUnits): indexed as overlapping
 * letter pairs, and stored encoded in ASCII like Korean, so that Pagefind's own segmentation of
 * some of these languages (its extended build cuts Thai by a dictionary) never re-cuts them.
 */
const letterRun = runOf(unspacedScripts.filter((s) => !syllableRules[s]));
const wholeLetterRun = new RegExp(`^(?:${letterRun.source})$`, 'u');
/** True when `run` is a run of a script cut into letters. */
const isLetterRun = (run: string) => wholeLetterRun.test(run);
/** How the two units of a pair are joined: PAIR_JOIN, or nothing for letters (the pair is encoded as one word). */
const joinOf = (run: string) => (isLetterRun(run) ? '' : PAIR_JOIN);
const hangulRun = /[\uAC00-\uD7A3]+/g;

/** Each unspaced script with the pattern of its first letter. */
const scriptStarts = unspacedScripts.map((script) => [script, new RegExp(`^\\p{Script=${script}}`, 'u')] as const);
const cutRuns = new Map<string, string[]>();
/** The syllables of one run of an unspaced script, by its rule (letters where it has none); remembered, as runs recur across pages. */
function runSyllables(run: string): string[] {
  let cut = cutRuns.get(run);
  if (cut === undefined) {
    const script = scriptStarts.find(([, start]) => start.test(run))?.[0];
    cutRuns.set(run, (cut = script ? unitsOf(script)(run) : [run]));
  }
  return cut;
}

/** Cuts every run of an unspaced script into syllables (or letters) joined by WORD_JOIN: ແຂວງໄຊສົມບູນ → ແຂວງ␂ໄຊ␂ສົມ␂ບູນ. */
export function segmentUnspaced(text: string): string {
  return text.replace(unspacedRun, (run) => runSyllables(run).join(WORD_JOIN));
}

/**
 * A run of a script with a syllable rule as the indexer stores it: each syllable joined to the next by
 * PAIR_JOIN, then the last one alone (ສັນຍາຮ່ວມມື → ສັນ1ຍາ ຍາ1ຮ່ວມ ຮ່ວມ1ມື ມື). Every syllable starts a
 * word, every pair of neighbours is a word, and the text is there once: unchain reads it back.
 */
function chainRun(run: string): string {
  const syllables = runSyllables(run);
  return [...syllables.slice(1).map((s, i) => syllables[i] + PAIR_JOIN + s), syllables.at(-1)].join(' ');
}

/** A link of a chain and the next word, which starts with the link's second syllable: "ຍາ1ຮ່ວມ ຮ່ວມ…". */
const chainLink = new RegExp(`${PAIR_JOIN}(${ruledRun.source})\\s+\\1`, 'gu');

/** Reverses chainRun: ສັນ1ຍາ ຍາ1ຮ່ວມ ຮ່ວມ1ມື ມື → ສັນຍາຮ່ວມມື. */
function unchain(text: string): string {
  return text.replace(chainLink, '$1');
}

/** A digit written against a letter of a script with a syllable rule ("2021ປີ"): kept apart, so that a digit before a syllable is always a chain's PAIR_JOIN. */
const digitBeforeRuled = new RegExp(`(?<=[0-9])(?=${ruledLetter.source})`, 'gu');

/** The text as the indexer stores it: runs of scripts with a syllable rule chained (chainRun); runs cut into letters stay whole (their pairs find them). */
function segmentForIndex(text: string): string {
  return text.replace(digitBeforeRuled, ` ${GLUE_MARK} `).replace(ruledRun, chainRun);
}

/** Pairs of neighbouring letters inside each run of a script cut into letters (กข, ขค …); a script with a syllable rule has its pairs in its chain. */
export function letterPairs(text: string): string[] {
  return [...text.matchAll(letterRun)].flatMap(([run]) => {
    const letters = runSyllables(run);
    return letters.slice(1).map((s, i) => letters[i] + s);
  });
}

/**
 * Marks of the scripts cut into syllables (Lao tone marks, virama, cancellation mark) that Pagefind
 * would drop from words, as they are neither letters nor digits: the indexer declares them word
 * characters (its includeCharacters option; computed by the indexer only). Otherwise Pagefind indexes
 * every syllable carrying one twice (without the mark, and whole as a part of a "compound"), which
 * made Lao half of the indexing time. Matching is unchanged: the search page only shows pages that
 * hold the syllables as typed (holdsWord), so the form without marks never found anything.
 */
export function wordMarks(): string {
  let marks = '';
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    if (/^\p{M}$/u.test(ch) && !/^\p{Alphabetic}$/u.test(ch) && ruledLetter.test(ch)) marks += ch;
  }
  return marks;
}

/** Removes the separators segmentUnspaced inserted, giving back the text as written. */
export function unsegment(text: string): string {
  return text.split(WORD_JOIN).join('');
}

/** Text as the indexer stored it (Pagefind gives every whitespace back as a plain space), as written: chains read back, GLUE_MARK joining what it stands between. */
function unsegmentIndexed(text: string): string {
  return unchain(unsegment(text)).replace(new RegExp(` ?${GLUE_MARK} ?`, 'g'), '');
}

/** đ → d, Đ → D (the one Vietnamese letter Pagefind does not fold). */
export function foldD(text: string): string {
  return text.replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** Lowercase without any diacritics, for comparing what a reader typed with the text. */
export function fold(text: string): string {
  return foldD(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

const foldedWords = new Map<string, string>();
/** fold() of one word, remembered: a page's words repeat, and the indexer folds every one of them. */
function foldWord(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) foldedWords.set(word, (folded = fold(word)));
  return folded;
}

/** Suffixes of a Korean compound, so that its tail words are found: 우호협력합의서 → 호협력합의서 … 합의서, 의서. */
export function koreanSuffixes(word: string): string[] {
  const out: string[] = [];
  for (let i = 1; i <= word.length - 2; i++) out.push(word.slice(i));
  return out;
}

/** Korean particles and endings stripped from query words, longest first. */
const particles = [
  '에서부터',
  '으로부터',
  '에게서',
  '에서는',
  '에서도',
  '으로는',
  '으로서',
  '으로써',
  '이라는',
  '과의',
  '와의',
  '에서',
  '에게',
  '으로',
  '부터',
  '까지',
  '보다',
  '처럼',
  '마다',
  '라는',
  '에는',
  '에도',
  '께서',
  '한테',
  '이나',
  '이며',
  '이고',
  '로서',
  '로써',
  '로는',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '에',
  '와',
  '과',
  '도',
  '로',
  '만',
];

/** A Korean query word without its particle, if what remains is at least two syllables: 충청남도에서 → 충청남도. */
export function stripParticle(word: string): string {
  if (!/^[\uAC00-\uD7A3]+$/.test(word)) return word;
  for (const p of particles) {
    if (word.endsWith(p) && word.length - p.length >= 2) return word.slice(0, -p.length);
  }
  return word;
}

/** Runs written encoded: Hangul syllables (three letters each), and the scripts cut into letters (four letters per code point, r–z first). */
const encodedRun = () => new RegExp(`[\\uAC00-\\uD7A3]+${unspacedScripts.some((s) => !syllableRules[s]) ? `|${letterRun.source}` : ''}`, 'gu');

/** Starts every encoded Korean word; an ordinary word starting with it gets it doubled (escapeMark), so the two never collide. */
export const HANGUL_MARK = '0';

/** Doubles HANGUL_MARK at the start of ordinary words ("0,5" → "00,5"), in the index and in queries alike. */
function escapeMark(text: string): string {
  return text.replace(/(?<![\p{L}\p{N}])0/gu, '00');
}

/**
 * Writes each run of Hangul syllables as its own word: HANGUL_MARK, then three lowercase letters per
 * syllable (its offset in the Hangul block, base 26). Other words starting with the mark have it
 * doubled, so a Latin or numeric query can never be a prefix of an encoded Korean word, nor the reverse
 * ("2024년" → "2024␂0xyz", WORD_JOIN between). Only the indexer and the query see this form; decodeHangul reverses it.
 */
export function encodeHangul(text: string): string {
  return encodeJoined(text, WORD_JOIN);
}

/** encodeHangul, with `join` between an encoded word and the letters it was written against (the indexer's text uses GLUE_MARK). */
function encodeJoined(text: string, join: string): string {
  return escapeMark(text).replace(encodedRun(), (run, at: number, all: string) => {
    let code = HANGUL_MARK;
    for (const ch of run) {
      const c = ch.codePointAt(0)!;
      if (c >= 0xac00 && c <= 0xd7a3) {
        const n = c - 0xac00;
        code += String.fromCharCode(97 + Math.floor(n / 676), 97 + (Math.floor(n / 26) % 26), 97 + (n % 26));
      } else {
        // A letter of a script cut into letters: four letters, the first r–u (Hangul's first is a–q).
        code += String.fromCharCode(114 + Math.floor(c / 17576), 97 + (Math.floor(c / 676) % 26), 97 + (Math.floor(c / 26) % 26), 97 + (c % 26));
      }
    }
    const before = at > 0 && !/\s/.test(all[at - 1]) ? join : '';
    const after = at + run.length < all.length && !/\s/.test(all[at + run.length]) ? join : '';
    return before + code + after;
  });
}

/** True when the language writes a space between syllables, so that syllable pairs are indexed as phrases (the locale table says). */
export function indexesPairs(lang: string | undefined): boolean {
  return lang !== undefined && Object.hasOwn(localeTable, lang) && localeTable[lang as keyof typeof localeTable].search.words === 'syllables';
}

const syllable = /^\p{L}+$/u;

/**
 * Pairs of neighbouring syllables, folded ("Trường Đại học" → truong1dai dai1hoc), never across
 * punctuation: indexed as words, they let a query find its syllables in order and as whole syllables.
 */
export function syllablePairs(text: string): string[] {
  const out: string[] = [];
  let previous: string | undefined;
  for (const token of text.normalize('NFC').split(/\s+/)) {
    const core = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const whole = syllable.test(core);
    const leading = /^[^\p{L}\p{N}]/u.test(token);
    const trailing = /[^\p{L}\p{N}]$/u.test(token);
    if (whole && previous && !leading) out.push(previous + PAIR_JOIN + foldWord(core));
    previous = whole && !trailing ? foldWord(core) : undefined;
  }
  return out;
}

/**
 * A page's text prepared for the indexer, in three parts: `display`, the text itself with scripts
 * with a syllable rule chained (their syllables and pairs) and Korean encoded (Pagefind returns it as
 * the result's content, and displayText turns it back into the text as written); `pairs`, the
 * syllable pairs of Vietnamese (where the locale table says so) and the letter pairs of scripts cut
 * into letters; `aliases`, d-forms of đ words and the tails of Korean compounds (encoded).
 */
export function indexParts(raw: string, lang?: string): { display: string; pairs: string[]; aliases: string[] } {
  const text = raw.normalize('NFC');
  const aliases = new Set<string>();
  for (const word of text.split(/\s+/)) {
    if (/[đĐ]/.test(word)) aliases.add(foldD(word));
  }
  for (const [word] of text.matchAll(hangulRun)) {
    if (word.length >= 3) for (const s of koreanSuffixes(word)) aliases.add(s);
  }
  const pairs = [...(indexesPairs(lang) ? syllablePairs(text) : []), ...letterPairs(text).map(encodeHangul)];
  return { display: displayForm(text), pairs, aliases: [...aliases].map(encodeHangul) };
}

/** The text as Pagefind should see and give back: unspaced scripts cut into syllables, Korean and letter scripts encoded; displayText reverses it. */
export function displayForm(text: string): string {
  return encodeJoined(segmentForIndex(text.normalize('NFC')), ` ${GLUE_MARK} `);
}

/** Reverses encodeHangul (the WORD_JOIN it inserted is removed by unsegment). */
export function decodeHangul(text: string): string {
  return text.replace(/(?<![\p{L}\p{N}])0(0|[a-z]+)/gu, (_, code: string) => {
    if (code === '0') return '0';
    let out = '';
    for (let i = 0; i + 2 < code.length;) {
      const d = (k: number) => code.charCodeAt(i + k) - 97;
      if (d(0) >= 17 && i + 3 < code.length) {
        out += String.fromCodePoint((d(0) - 17) * 17576 + d(1) * 676 + d(2) * 26 + d(3));
        i += 4;
      } else {
        out += String.fromCharCode(0xac00 + d(0) * 676 + d(1) * 26 + d(2));
        i += 3;
      }
    }
    return out;
  });
}

/** The text of a page as given to the indexer: displayForm, then PAIR_MARK and the pairs, then ALIAS_MARK and the aliases. */
export function textForIndex(raw: string, lang?: string): string {
  const { display, pairs, aliases } = indexParts(raw, lang);
  return `${display}\n${PAIR_MARK}\n${pairs.join(' ')}\n${ALIAS_MARK}\n${aliases.join(' ')}`;
}

/** The title of a page as given to the indexer (weighted more than the text): syllables and their pairs, đ aliased. */
export function titleForIndex(raw: string, lang?: string): string {
  const title = raw.normalize('NFC');
  const folded = foldD(title);
  const pairs = [...(indexesPairs(lang) ? syllablePairs(title) : []), ...letterPairs(title)];
  return encodeJoined([segmentForIndex(folded === title ? title : `${title} ${folded}`), ...pairs].join(' '), ` ${GLUE_MARK} `);
}

/**
 * A reader's query as words: unspaced scripts cut into syllables like the index (runs of a script cut
 * into letters stay whole: a word is their letters in order), đ folded, Korean particles stripped.
 */
export function queryWords(query: string): string[] {
  return foldD(query.normalize('NFC'))
    .replace(ruledRun, (run) => runSyllables(run).join(WORD_JOIN))
    .split(/\s+/)
    .filter(Boolean)
    .map(stripParticle);
}

/** Query words with each run of a script cut into letters replaced by the letter pairs covering it (as the index holds them). */
function lettersAsPairs(words: string): string {
  return words
    .replace(letterRun, (run) => ` ${coverWithPairs(runSyllables(run), '').join(' ')} `)
    .replace(/\s+/g, ' ')
    .trim();
}

/** What a reader typed, turned into the words Pagefind should look for (Korean encoded, letters paired, as indexed). */
export function queryForIndex(query: string): string {
  return wordsForIndex(queryWords(query));
}

/** Query words (as queryWords gives them, or relaxed) in the index's form: letter runs as pairs, Korean encoded. */
export function wordsForIndex(words: string[]): string {
  return encodeHangul(lettersAsPairs(words.join(' ')));
}

/** Pairs covering a row of syllables with as few pairs as possible (a b c → a1b b1c; a b c d → a1b c1d). */
function coverWithPairs(syllables: string[], join = PAIR_JOIN): string[] {
  if (syllables.length < 2) return syllables;
  const pairs: string[] = [];
  for (let i = 0; i + 1 < syllables.length; i += 2) pairs.push(syllables[i] + join + syllables[i + 1]);
  if (syllables.length % 2 === 1) pairs.push(syllables.at(-2)! + join + syllables.at(-1)!);
  return pairs;
}

/**
 * The query as syllable pairs, where the index has them (undefined when the query has no two
 * neighbouring syllables to pair): "dai hoc nong lam" → "dai1hoc nong1lam" in a language whose
 * syllables are spaced (the locale table says so), ໄຊສົມບູນ → ໄຊ1ສົມ ສົມ1ບູນ in any language.
 * Pages holding the syllables whole and in order are found, and fewer index chunks are fetched
 * than for single syllables. Other words (numbers, Korean) stay as queryForIndex makes them.
 */
export function pairQuery(query: string, lang: string): string | undefined {
  const terms: string[] = [];
  let row: string[] = [];
  let join = PAIR_JOIN;
  let paired = false;
  const flush = () => {
    if (row.length >= 2) paired = true;
    terms.push(...coverWithPairs(row, join));
    row = [];
    join = PAIR_JOIN;
  };
  for (const token of foldD(query.normalize('NFC')).split(/\s+/).filter(Boolean)) {
    const runs = token.match(unspacedRun);
    const core = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (runs) {
      flush();
      for (const run of runs) {
        row = runSyllables(run);
        join = joinOf(run);
        flush();
      }
    } else if (indexesPairs(lang) && syllable.test(core)) {
      row.push(fold(core));
      if (/[^\p{L}\p{N}]$/u.test(token)) flush();
    } else {
      flush();
      if (core) terms.push(stripParticle(core));
    }
  }
  flush();
  return paired ? encodeHangul(terms.join(' ')) : undefined;
}

/** The text as written, from indexed content (displayForm, possibly followed by pairs and aliases): Korean decoded, syllable separators removed. */
export function displayText(indexed: string): string {
  // Pagefind marks word breaks of some languages (Thai) with U+200B in the content it gives back.
  return unsegmentIndexed(decodeHangul(indexed.split(PAIR_MARK)[0].split(ALIAS_MARK)[0]))
    .replace(/\u200b/g, '')
    .trim();
}

/** Folds one character at a time (keeps positions): Latin letters lose diacritics, đ → d, case lowered. */
function foldKeepingLength(text: string): string {
  let out = '';
  for (const ch of text) {
    const base =
      ch < '\u2000'
        ? foldD(ch)
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')
        : ch;
    out += (base.length === ch.length ? base : ch).toLowerCase().slice(0, ch.length).padEnd(ch.length, ' ');
  }
  return out;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The words of a query as they appear in readable text: Lao syllables, particles stripped, folded for
 * matching; a run of a script cut into letters stays whole (its single letters would mark everywhere).
 */
export function matchWords(query: string): string[] {
  return queryWords(query)
    .map((w) => foldKeepingLength(w))
    .sort((a, b) => b.length - a.length);
}

const wordish = /[\p{L}\p{M}\p{N}]/u;

/**
 * Moves an excerpt's edge `i` off the middle of a word: to the next (forward, never past `limit`) or
 * previous start of a word, or of a syllable inside an unspaced run (so a Lao excerpt never starts
 * with a vowel sign or tone mark cut from its consonant). Unchanged when no such start is in reach.
 */
function snapToWord(text: string, i: number, forward: boolean, limit: number): number {
  const inside = (j: number) => j > 0 && j < text.length && wordish.test(text[j - 1]) && wordish.test(text[j]);
  if (!inside(i)) return i;
  if (ruledLetter.test(text[i - 1]) && ruledLetter.test(text[i])) {
    let a = i;
    while (a > 0 && ruledLetter.test(text[a - 1])) a--;
    let b = i;
    while (b < text.length && ruledLetter.test(text[b])) b++;
    const cuts = [a];
    for (const syllable of runSyllables(text.slice(a, b))) cuts.push(cuts.at(-1)! + syllable.length);
    const j = forward ? cuts.find((c) => c >= i) : cuts.findLast((c) => c <= i);
    return j === undefined || (forward ? j > limit : j < limit) ? i : j;
  }
  let j = i;
  while (inside(j) && (forward ? j < limit : j > limit)) j += forward ? 1 : -1;
  return inside(j) ? i : j;
}

/**
 * An excerpt of readable text around the first match of the whole query (else of any of its words), as HTML with every match
 * in <mark> (matching ignores case and Latin diacritics, so "dau tu" marks "đầu tư").
 */
export function makeExcerpt(raw: string, query: string, around = 90): string {
  const text = raw.normalize('NFC');
  const words = matchWords(query);
  const folded = foldKeepingLength(text);
  const phrase = folded.indexOf(foldKeepingLength(query.normalize('NFC').trim()));
  const first = phrase >= 0 ? phrase : Math.min(...words.map((w) => folded.indexOf(w)).filter((i) => i >= 0), Infinity);
  let start = first === Infinity ? 0 : snapToWord(text, Math.max(0, first - Math.floor(around / 3)), true, first);
  while (start < first && /\s/.test(text[start])) start++;
  let end = snapToWord(text, Math.min(text.length, start + around * 2), false, start + around);
  while (end > start && /\s/.test(text[end - 1])) end--;
  const marks: Array<[number, number]> = [];
  for (const w of words) {
    for (let i = folded.indexOf(w, start); i >= 0 && i < end; i = folded.indexOf(w, i + 1)) {
      // In scripts written with spaces, a mark starts a word, and a short word ("ha") is marked only whole (not in "nhân", "hằng").
      if (wordChar.test(w[0]) && i > 0 && wordChar.test(folded[i - 1])) continue;
      if ([...w].length < 4 && wordChar.test(w[w.length - 1]) && wordChar.test(folded[i + w.length] ?? '')) continue;
      if (!marks.some(([a, b]) => i < b && i + w.length > a)) marks.push([i, Math.min(end, i + w.length)]);
    }
  }
  marks.sort((a, b) => a[0] - b[0]);
  // Touching marks (the syllables of one Lao word) become one.
  for (let i = marks.length - 1; i > 0; i--) {
    if (marks[i][0] === marks[i - 1][1]) marks.splice(i - 1, 2, [marks[i - 1][0], marks[i][1]]);
  }
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
 * A looser form of a query's words, tried when the words as typed find nothing: every word of six
 * letters or more is cut to its first two thirds, so a slip near the end of a word ("Chungcheongnma",
 * "Xaysombun") still finds what starts the same way. Works on readable words (before any encoding),
 * so a Korean word is cut at a syllable. Returns undefined when nothing can be cut.
 */
export function relaxWords(words: string[]): string[] | undefined {
  const relaxed = words.map((w) => ([...w].length >= 6 ? [...w].slice(0, Math.ceil(([...w].length * 2) / 3)).join('') : w));
  return relaxed.join(' ') === words.join(' ') ? undefined : relaxed;
}

/** Word characters of scripts written with spaces: a match must start (and, to be whole, end) at their edge. */
const wordChar = /[\p{Script=Latin}\p{N}]/u;

/**
 * How `phrase` occurs in `text` (both folded with foldKeepingLength): 2 as whole words ("ha" in
 * "hà nội"), 1 only as the start of longer words ("ha" in "hành"), 0 not at all (nor inside words).
 * Scripts written without spaces (Lao) or with particles attached (Korean) count any occurrence as whole.
 */
function phraseMatch(text: string, phrase: string): 0 | 1 | 2 {
  let best: 0 | 1 | 2 = 0;
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
    const startsWord = !(wordChar.test(phrase[0]) && i > 0 && wordChar.test(text[i - 1]));
    if (!startsWord) continue;
    const end = i + phrase.length;
    const endsWord = !(wordChar.test(phrase[phrase.length - 1]) && end < text.length && wordChar.test(text[end]));
    if (endsWord) return 2;
    best = 1;
  }
  return best;
}

/**
 * How well a result's title answers the query, for re-ranking the first results: 4 when the title is
 * the query (diacritics and case ignored), above 1 when the title holds the whole query as whole words
 * (shorter titles first: "Tỉnh Xay Sôm Bun" before a long event title), less when it holds it only as
 * the start of longer words, up to 0.9 for the share of query words it holds, 0 when it holds none.
 */
export function titleMatchScore(title: string, query: string): number {
  const t = foldKeepingLength(title.normalize('NFC')).trim();
  const whole = foldKeepingLength(unsegment(query.normalize('NFC').trim()));
  if (whole === '') return 0;
  if (t === whole) return 4;
  const phrase = phraseMatch(t, whole);
  if (phrase === 2) return 1 + whole.length / t.length;
  if (phrase === 1) return 0.95 + (0.05 * whole.length) / t.length;
  return 0.9 * wordShare(t, query);
}

/** The share of the query's words found in folded text, a word found only as the start of a longer word counting half. */
function wordShare(folded: string, query: string): number {
  const words = matchWords(query);
  if (words.length === 0) return 0;
  return words.reduce((sum, w) => sum + phraseMatch(folded, w) / 2, 0) / words.length;
}

/**
 * How well a result answers the query, for re-ranking Pagefind's first results: the title first
 * (titleMatchScore, twice), then the whole query in order in the text (a phrase) above scattered
 * words, whole words above the starts of longer words, and the query exactly as typed (diacritics
 * included) above a folded match.
 */
export function resultScore(title: string, text: string, query: string): number {
  const folded = foldKeepingLength(text.normalize('NFC'));
  const whole = foldKeepingLength(unsegment(query.normalize('NFC').trim()));
  return (
    2 * titleMatchScore(title, query) + phraseMatch(folded, whole) / 2 + wordShare(folded, query) / 2 + Number(containsExactly(`${title} ${text}`, query)) / 2
  );
}

/** Edit distance (insertions, deletions, substitutions, swaps of neighbours) between two short strings. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const d = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[x.length][y.length];
}

/**
 * True when the text holds the query word as a word: whole ("ha" in "Hà Nội", not in "hành"; a Lao
 * syllable among the text's syllables, not inside a longer one), as the start of a word when the
 * query word has four letters or more ("cooperat") or is being typed (`typing`: the last word of
 * the query), or nearly (holdsNear: "cooperating" for "cooperation"). Used to keep prefix noise out
 * of results and partial matches: a word on no page counts for no page.
 */
export function holdsWord(text: string, word: string, typing = false): boolean {
  const w = word.normalize('NFC');
  // Letters of a script without syllables: the word is its letters, in order, anywhere.
  if (isLetterRun(w)) return text.normalize('NFC').includes(w);
  if (new RegExp(unspacedRun.source, 'u').test(w)) {
    const syllables = segmentUnspaced(text.normalize('NFC')).split(/\s+/);
    return syllables.includes(w) || (typing && syllables.some((s) => s.startsWith(w)));
  }
  const folded = foldKeepingLength(text.normalize('NFC'));
  const match = phraseMatch(folded, foldKeepingLength(w));
  return match === 2 || (match === 1 && (typing || [...w].length >= 4)) || ([...w].length >= 4 && holdsNear(text, w));
}

/**
 * True when the text holds something close to `word` — a word that starts like it and differs by at
 * most one edit (two for words of eight letters or more). Used to keep the results of a relaxed query
 * honest: a slip near the end of a real word is forgiven, a word that is on no page finds nothing.
 */
export function holdsNear(text: string, word: string): boolean {
  const folded = foldKeepingLength(text.normalize('NFC'));
  const w = foldKeepingLength(word.normalize('NFC'));
  const allowed = [...w].length >= 8 ? 2 : 1;
  const head = w.slice(0, Math.ceil((w.length * 2) / 3));
  for (let i = folded.indexOf(head); i >= 0; i = folded.indexOf(head, i + 1)) {
    if (wordChar.test(w[0])) {
      if (i > 0 && wordChar.test(folded[i - 1])) continue;
      let end = i;
      while (end < folded.length && wordChar.test(folded[end])) end++;
      if (editDistance(w, folded.slice(i, end)) <= allowed) return true;
    } else {
      for (let len = w.length - allowed; len <= w.length + allowed; len++) {
        if (len > 0 && editDistance(w, folded.slice(i, i + len)) <= allowed) return true;
      }
    }
  }
  return false;
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
      const key = foldWord(word);
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      return n <= max;
    })
    .join(' ');
}
