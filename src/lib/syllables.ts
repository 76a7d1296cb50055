/**
 * Syllables of scripts written without spaces between words, cut by the script's own spelling rules
 * (no dictionary, no ICU): the index build and every browser cut the same text the same way, so
 * search results do not depend on the engine's word segmentation (measured: Chromium, Firefox and
 * WebKit each cut Lao words differently, ຊຽງຂວາງ is one word in WebKit, two in the others).
 * A script gets its own rule by adding it to `syllableRules`, keyed by the Unicode script name that
 * the locale table gives (`search.script`); an unspaced script without one is cut into letters
 * (letterUnits), whose neighbouring pairs search indexes and queries alike: overlapping bigrams.
 */

const lao = {
  lead: /[\u0EC0-\u0EC4]/, // ເ ແ ໂ ໃ ໄ, written before the consonant they follow
  consonant: /[\u0E81-\u0EAE\u0EDC-\u0EDF]/,
  // eslint-disable-next-line no-misleading-character-class -- tested one code point at a time: each mark alone is meant
  sign: /[\u0EB0-\u0EBD\u0EC8-\u0ECD]/, // vowel signs above, below and after, tone marks, ໍ
  glide: /ວ/, // second consonant of a cluster (ຂວາ, ຄວາມ)
  sonorant: /[ງຍນມລວຣ]/, // after ຫ, a silent ຫ making the tone (ຫນ, ຫລ, ຫວ)
  vowelCarrier: /[ອວຍ]/, // part of a vowel (ເ-ືອ, -ົວ, -ວ-) before a final consonant
};

/**
 * Cuts a run of Lao letters into written syllables: [leading vowel] consonant [cluster consonant]
 * [vowel signs and tone marks] [final consonant(s)]. ສັນຍາຮ່ວມມືແຂວງໄຊສົມບູນ → ສັນ ຍາ ຮ່ວມ ມື ແຂວງ ໄຊ ສົມ ບູນ.
 * The cut depends only on the letters themselves and their neighbours, so a word typed alone is cut
 * as it is in running text.
 */
export function laoSyllables(run: string): string[] {
  const s = [...run];
  const is = (re: RegExp, i: number) => i < s.length && re.test(s[i]);
  /** True when a consonant at i begins a syllable (followed by a sign, or a cluster followed by one). */
  const opens = (i: number) =>
    is(lao.consonant, i) && (is(lao.sign, i + 1) || (is(lao.glide, i + 1) && is(lao.sign, i + 2)) || (s[i] === 'ຫ' && is(lao.sonorant, i + 1)));
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    const start = i;
    if (is(lao.lead, i)) i++;
    if (is(lao.consonant, i)) {
      i++;
      const cluster = (s[i - 1] === 'ຫ' && is(lao.sonorant, i)) || (is(lao.glide, i) && is(lao.sign, i + 1));
      if (cluster) i++;
    }
    let short = false;
    while (is(lao.sign, i)) {
      if (s[i] === 'ະ') short = true;
      i++;
    }
    // Final consonants: one, or a vowel carrier and one, unless they open the next syllable.
    if (!short && is(lao.consonant, i) && !opens(i) && !is(lao.lead, i)) {
      i++;
      if (lao.vowelCarrier.test(s[i - 1]) && is(lao.consonant, i) && !opens(i)) i++;
    }
    // eslint-disable-next-line no-misleading-character-class -- one code point at a time: ໆ, or the mark ໌ alone
    while (is(/[ໆ໌]/, i)) i++;
    if (i === start) i++;
    out.push(s.slice(start, i).join(''));
  }
  return out;
}

/** Syllable rules per Unicode script name (as in the locale table's `search.script`). */
export const syllableRules: Record<string, (run: string) => string[]> = { Lao: laoSyllables };

/**
 * The fallback for an unspaced script without its own rule (e.g. Thai, whose many unwritten vowels
 * no short rule can place): each letter with the vowel signs and tone marks written on it is a unit;
 * search pairs neighbouring units (character bigrams) in the index and in queries alike, so a query
 * finds every page holding its letters in order, wherever words begin. No dictionary, no ICU: Node
 * and every browser cut alike. นครราชสีมา → น ค ร ร า ช สี ม า.
 */
export function letterUnits(run: string): string[] {
  return run.match(/\P{M}\p{M}*/gu) ?? [];
}

/** How a run of `script` is cut for search: its own syllable rule, else letterUnits. */
export function unitsOf(script: string): (run: string) => string[] {
  return syllableRules[script] ?? letterUnits;
}
