import { describe, expect, it, vi } from 'vitest';
import {
  ALIAS_MARK,
  WORD_JOIN,
  displayForm,
  displayText,
  encodeHangul,
  fold,
  koreanSuffixes,
  pairQuery,
  queryForIndex,
  queryWords,
  segmentUnspaced,
  stripParticle,
  textForIndex,
  titleForIndex,
} from '../../src/lib/search-text';
import { laoSyllables, letterUnits } from '../../src/lib/syllables';

/** Content as Pagefind gives it back: its indexer splits on whitespace (Rust's split_whitespace) and joins words with one space. */
const asPagefindGivesItBack = (indexed: string) => indexed.split(/\s+/u).filter(Boolean).join(' ');

describe('Lao', () => {
  it('cuts Lao runs into syllables, only with the indexer’s separator', () => {
    expect(segmentUnspaced('ແຂວງໄຊສົມບູນ (ລາວ)')).toBe(['ແຂວງ', 'ໄຊ', 'ສົມ', 'ບູນ'].join(WORD_JOIN) + ' (ລາວ)');
  });
  it('cuts syllables by spelling rules alone, the same in every engine', () => {
    const cut = (w: string) => laoSyllables(w).join(' ');
    expect(cut('ສັນຍາຮ່ວມມືແຂວງໄຊສົມບູນ')).toBe('ສັນ ຍາ ຮ່ວມ ມື ແຂວງ ໄຊ ສົມ ບູນ');
    expect(cut('ຊຽງຂວາງ')).toBe('ຊຽງ ຂວາງ');
    expect(cut('ເມືອງ')).toBe('ເມືອງ');
    expect(cut('ກະຊວງ')).toBe('ກະ ຊວງ');
    expect(cut('ຫຼວງພະບາງ')).toBe('ຫຼວງ ພະ ບາງ');
    expect(cut('ຫນ່ວຍງານ')).toBe('ຫນ່ວຍ ງານ');
    expect(cut('ຄວາມຮ່ວມມື')).toBe('ຄວາມ ຮ່ວມ ມື');
    expect(cut('ນັກລົງທຶນ')).toBe('ນັກ ລົງ ທຶນ');
    expect(cut('ທ່ອງທ່ຽວ')).toBe('ທ່ອງ ທ່ຽວ');
  });
  it('prepares queries without the engine’s word segmentation (each browser cuts Lao its own way)', async () => {
    const queries = ['ໄຊສົມບູນ', 'ຊຽງຂວາງ', 'ຄົບຮອບ 30 ປີ ເກົາຫຼີ', 'ການລົງທຶນໂດຍກົງ'];
    const prepare = (m: typeof import('../../src/lib/search-text')) => queries.map((q) => [m.queryWords(q), m.pairQuery(q, 'lo'), m.textForIndex(q, 'lo')]);
    const before = prepare(await import('../../src/lib/search-text'));
    const original = Intl.Segmenter;
    // An engine that cuts every character apart, seen by a freshly loaded module: the prepared forms must not change.
    const everyCharacter = class {
      segment(text: string) {
        return [...text].map((segment, index) => ({ segment, index, input: text, isWordLike: true }));
      }
    };
    Object.defineProperty(Intl, 'Segmenter', { value: everyCharacter, configurable: true, writable: true });
    try {
      vi.resetModules();
      expect(prepare(await import('../../src/lib/search-text'))).toEqual(before);
    } finally {
      Object.defineProperty(Intl, 'Segmenter', { value: original, configurable: true, writable: true });
      vi.resetModules();
    }
  });
  it('indexes neighbouring syllables as pairs and queries a word by its pairs', () => {
    expect(textForIndex('ແຂວງໄຊສົມບູນ', 'lo')).toContain('ໄຊ1ສົມ ສົມ1ບູນ');
    expect(pairQuery('ໄຊສົມບູນ', 'lo')).toBe('ໄຊ1ສົມ ສົມ1ບູນ');
    expect(pairQuery('ແຂວງ ໄຊສົມບູນ', 'en')).toBe('ແຂວງ ໄຊ1ສົມ ສົມ1ບູນ');
  });
  it('stores a Lao run once, as a chain of pairs in which every syllable starts a word, and reads it back exactly', () => {
    expect(displayForm('ສັນຍາຮ່ວມມື')).toBe('ສັນ1ຍາ ຍາ1ຮ່ວມ ຮ່ວມ1ມື ມື');
    // Words as Pagefind cuts them: each syllable starts one (a one-syllable query finds it as a prefix), each pair is one.
    const words = displayForm('ແຂວງໄຊສົມບູນ').split(' ');
    for (const syllable of ['ແຂວງ', 'ໄຊ', 'ສົມ', 'ບູນ']) expect(words.some((w) => w.startsWith(syllable))).toBe(true);
    for (const pair of pairQuery('ແຂວງໄຊສົມບູນ', 'lo')!.split(' ')) expect(words).toContain(pair);
    // Texts a chain could be confused with: a digit 1 written against Lao, a repeated syllable, runs that meet at a space,
    // a run after Latin letters or punctuation, a one-syllable run.
    for (const text of ['a1ແຂວງ ແຂວງ', 'ປີ2021ປີ 1ປີ', 'ມືມື ແຂວງໄຊ ໄຊສົມ', 'ABCແຂວງໄຊ (ແລະ) ເກົາຫຼີ-ຫວຽດນາມ.', 'ແລະ']) {
      expect(displayText(asPagefindGivesItBack(displayForm(text)))).toBe(text);
      expect(displayText(asPagefindGivesItBack(titleForIndex(text, 'lo')))).toContain(text);
    }
  });
  it('gives the original text back for display, in every script', () => {
    for (const text of ['ສັນຍາຮ່ວມມື ແຂວງບັກຢາງ – ແຂວງໄຊສົມບູນ', '박장성-충청남도 우호협력합의서(2023년), 0,5%', 'Đầu tư 0abc (Bắc Giang) 2024년']) {
      expect(displayText(textForIndex(text, 'vi'))).toBe(text);
      expect(displayText(displayForm(text))).toBe(text);
    }
  });
  it('reads back as written after Pagefind turned every whitespace into a plain space (its content and excerpts)', () => {
    for (const text of [
      'ໃນປີ 2017, 2018 ແລະ 2019, ນະຄອນບັກຢາງ ແລະ ເຂດໂຊ (ແດຈອນ, ເກົາຫຼີ) ໄດ້ແລກປ່ຽນ',
      'ແຂວງບັກຢາງ ແຂວງໄຊສົມບູນ',
      '2024년 박장성(충청남도)과 우호협력',
      'Đầu tư 0abc (Bắc Giang) 2024년',
    ]) {
      expect(displayText(asPagefindGivesItBack(displayForm(text)))).toBe(text);
      expect(displayText(asPagefindGivesItBack(textForIndex(text, 'vi')))).toBe(text);
    }
  });
  it('keeps Lao tone marks inside indexed words (the marks Pagefind would drop, declared word characters)', async () => {
    const { wordMarks } = await import('../../src/lib/search-text');
    // The marks that are neither letters nor digits: tone marks, virama, cancellation mark.
    expect([...wordMarks()]).toEqual(expect.arrayContaining(['\u0EC8', '\u0EC9', '\u0ECA', '\u0ECB', '\u0EBA', '\u0ECC']));
    // Letters and vowel signs that are letters for Unicode (Alphabetic) stay out; nothing from other scripts.
    for (const ch of wordMarks()) expect(/\p{Alphabetic}|\P{Script=Lao}/u.test(ch), ch).toBe(false);
  });
  it('segments a query the same way as the text', () => {
    expect(queryForIndex('ໄຊສົມບູນ')).toBe('ໄຊ ສົມ ບູນ');
  });
});

describe('an unspaced script without its own syllable rule (a row added to the locale table)', () => {
  /** search-text loaded with the real table plus a Thai row: the path a new language takes. */
  async function withThai() {
    vi.resetModules();
    vi.doMock('../../src/i18n/locales.ts', async (real) => {
      const m = await real<typeof import('../../src/i18n/locales')>();
      return { ...m, localeTable: { ...m.localeTable, th: { ...m.localeTable.lo, search: { words: 'unspaced', script: 'Thai' } } } };
    });
    try {
      return await import('../../src/lib/search-text');
    } finally {
      vi.doUnmock('../../src/i18n/locales.ts');
      vi.resetModules();
    }
  }
  it('cuts the script into letters with their marks (letterUnits), never splitting a mark from its letter', () => {
    expect(letterUnits('ที่ตั้งจังหวัด')).toEqual(['ที่', 'ตั้', 'ง', 'จั', 'ง', 'ห', 'วั', 'ด']);
    expect(letterUnits('ข่าวทดสอบ').join('')).toBe('ข่าวทดสอบ');
  });
  it('indexes overlapping letter pairs and finds a word inside a longer run by its pairs, as the index holds them', async () => {
    const m = await withThai();
    const indexed = m.textForIndex('จังหวัดบั๊กซางลงนามความร่วมมือ', 'th');
    const pairs = m.pairQuery('ความร่วมมือ', 'th')!.split(' ');
    // Letter pairs covering the query, each stored as one ASCII word (as Korean is): Pagefind never re-cuts them.
    expect(pairs).toEqual(['คว', 'าม', 'ร่ว', 'มมื', 'มือ'].map(m.encodeHangul));
    expect(pairs.every((p) => /^0[a-z]+$/.test(p))).toBe(true);
    expect(pairs.every((p) => indexed.includes(p))).toBe(true);
    expect(
      m
        .pairQuery('บั๊กซาง', 'th')!
        .split(' ')
        .every((p) => indexed.includes(p)),
    ).toBe(true);
    expect(
      m
        .pairQuery('ซางบั๊ก', 'th')!
        .split(' ')
        .every((p) => indexed.includes(p)),
    ).toBe(false);
    expect(m.displayText(indexed)).toBe('จังหวัดบั๊กซางลงนามความร่วมมือ');
    // What Pagefind gives back (WORD_JOIN as a space, U+200B at Thai word breaks) reads as written.
    const text = 'ข่าวอัลฟา ลงนาม 2024 กับ 박장성';
    const fromPagefind = m
      .displayForm(text)
      .replace(/\u2002/g, ' ')
      .replace(/ /g, ' \u200b');
    expect(m.displayText(fromPagefind)).toBe(text);
    expect(m.displayForm(text)).toMatch(/^[\p{ASCII}\u2002]+$/u);
    // Lao keeps its own rule.
    expect(m.pairQuery('ໄຊສົມບູນ', 'lo')).toBe('ໄຊ1ສົມ ສົມ1ບູນ');
  });
  it('marks the query whole in excerpts, not every letter of it', async () => {
    const m = await withThai();
    expect(m.makeExcerpt('จังหวัดบั๊กซางลงนามความร่วมมือ', 'ความร่วมมือ')).toBe('จังหวัดบั๊กซางลงนาม<mark>ความร่วมมือ</mark>');
  });
});

describe('Vietnamese', () => {
  it('adds d aliases for words with đ and folds the query the same way', () => {
    const indexed = textForIndex('Đề án đầu tư của Trường Đại học');
    expect(indexed.split(ALIAS_MARK)[1].split(/\s+/).filter(Boolean).sort()).toEqual(['Dề', 'Dại', 'dầu'].sort());
    expect(queryForIndex('đầu tư')).toBe('dầu tư');
    expect(titleForIndex('Đà Nẵng')).toBe('Đà Nẵng Dà Nẵng');
  });
  it('folds everything for comparison', () => {
    expect(fold('Đại học Bắc Giang')).toBe('dai hoc bac giang');
  });
});

describe('Korean', () => {
  it('indexes the tails of compounds', () => {
    expect(koreanSuffixes('우호협력합의서')).toEqual(['호협력합의서', '협력합의서', '력합의서', '합의서', '의서']);
    expect(textForIndex('우호협력합의서')).toContain(encodeHangul('협력합의서'));
  });
  it('strips particles from query words but keeps two syllables at least', () => {
    expect(stripParticle('충청남도에서')).toBe('충청남도');
    expect(stripParticle('박장성과')).toBe('박장성');
    expect(stripParticle('협의')).toBe('협의');
    expect(queryWords('충청남도에서 협력')).toEqual(['충청남도', '협력']);
    expect(queryForIndex('충청남도에서 협력')).toBe(encodeHangul('충청남도 협력'));
  });
  it('encodes Hangul for the index in ASCII, keeping prefixes and other text', () => {
    expect(encodeHangul('가')).toBe('0aaa');
    expect(encodeHangul('힣')).toBe('0qnr');
    expect(encodeHangul('충청남도 2024년')).toMatch(new RegExp(`^0[a-z]{12} 2024${WORD_JOIN}0[a-z]{3}$`));
    expect(encodeHangul('충청남도').startsWith(encodeHangul('충청'))).toBe(true);
  });
  it('encodes so that no Latin or numeric word is a prefix of an encoded Korean word, nor the reverse', () => {
    const korean = ['충청남도', '가', '힣', '우호협력합의서', '박장성'].map(encodeHangul);
    const latin = ['a', 'aaa', 'gan', 'qnr', 'chung', '0', '0aaa', '0,5', '2024', '(0abc)'].map(queryForIndex);
    for (const k of korean)
      for (const l of latin) {
        expect(k.startsWith(l), `${l} / ${k}`).toBe(false);
        expect(l.replace(/^\W+/, '').startsWith(k), `${k} / ${l}`).toBe(false);
      }
    expect(displayForm('0abc 가')).toBe(`00abc ${encodeHangul('가')}`);
  });
  it('leaves other scripts alone', () => {
    expect(stripParticle('Chungcheongnam')).toBe('Chungcheongnam');
  });
});

describe('excerpts', () => {
  it('marks a match made without diacritics, keeping the text as written', async () => {
    const { makeExcerpt } = await import('../../src/lib/search-text');
    expect(makeExcerpt('Thu hút đầu tư nước ngoài', 'dau tu')).toBe('Thu hút <mark>đầu</mark> <mark>tư</mark> nước ngoài');
  });
  it('marks Lao words inside an unspaced run', async () => {
    const { makeExcerpt } = await import('../../src/lib/search-text');
    expect(makeExcerpt('ສັນຍາຮ່ວມມືກັບແຂວງໄຊສົມບູນ', 'ໄຊສົມບູນ')).toBe('ສັນຍາຮ່ວມມືກັບແຂວງ<mark>ໄຊສົມບູນ</mark>');
  });
  it('marks a Korean noun whose query carried a particle', async () => {
    const { makeExcerpt } = await import('../../src/lib/search-text');
    expect(makeExcerpt('충청남도와 박장성', '충청남도에서')).toBe('<mark>충청남도</mark>와 박장성');
  });
  it('marks whole syllables, not the same letters inside other words', async () => {
    const { makeExcerpt } = await import('../../src/lib/search-text');
    expect(makeExcerpt('Thương nhân huyện Hà Khẩu hằng năm', 'ha khau')).toBe('Thương nhân huyện <mark>Hà</mark> <mark>Khẩu</mark> hằng năm');
    expect(makeExcerpt('cooperation agreement', 'cooperat')).toBe('<mark>cooperat</mark>ion agreement');
  });
  it('escapes HTML in the text', async () => {
    const { makeExcerpt } = await import('../../src/lib/search-text');
    expect(makeExcerpt('a <b> c', 'c')).toBe('a &lt;b&gt; <mark>c</mark>');
  });
  it('tells exact matches (with diacritics) from folded ones', async () => {
    const { containsExactly } = await import('../../src/lib/search-text');
    expect(containsExactly('Đầu tư nước ngoài', 'đầu tư')).toBe(true);
    expect(containsExactly('Dầu mỏ', 'đầu')).toBe(false);
  });
});

describe('excerpt position', () => {
  it('starts and ends excerpts at a word, or at a syllable inside a Lao run (never a vowel sign or tone mark alone)', async () => {
    const { makeExcerpt } = await import('../../src/lib/search-text');
    const { laoSyllables } = await import('../../src/lib/syllables');
    const lao =
      'ຄະນະກຳມະການປະຊາຊົນແຂວງບັກຢາງ ແລະ ອົງການປົກຄອງແຂວງໄຊສົມບູນ (ລາວ) ໄລຍະ 2021–2025, ລົງນາມໃນວັນທີ 9 ສິງຫາ 2021 ໃນໂອກາດການຢ້ຽມຢາມມິດຕະພາບຢ່າງເປັນທາງການຢູ່ລາວ ຂອງທ່ານ ຫງວຽນ ຊວນ ຟ໋ອງ';
    for (const [query, around] of [
      ['ໄຊສົມບູນ', 30],
      ['ມິດຕະພາບ', 40],
      ['ບັກຢາງ', 20],
    ] as const) {
      for (let k = 0; k < 12; k++) {
        const html = makeExcerpt(lao, query, around + k);
        const body = html
          .replace(/<\/?mark>/g, '')
          .replace(/^… /, '')
          .replace(/ …$/, '');
        expect(body, html).not.toMatch(/^\p{M}|\p{M}$/u);
        const at = lao.indexOf(body);
        expect(at, html).toBeGreaterThanOrEqual(0);
        // The excerpt begins where a syllable of the run begins.
        const run = lao.slice(0, at).match(/[\u0E80-\u0EFF]*$/)![0];
        if (run)
          expect(
            laoSyllables(run + lao.slice(at).match(/^[\u0E80-\u0EFF]*/)![0]).reduce((acc, s) => [...acc, acc.at(-1)! + s.length], [0]),
            html,
          ).toContain(run.length);
      }
    }
    const english = 'The cooperation agreement between Bac Giang province and Xaysomboun province was signed in 2021 during an official visit';
    const html = makeExcerpt(english, 'Xaysomboun', 20);
    expect(html).toMatch(/^… [A-Z]?[a-z]*\b/);
    expect(english).toContain(
      html
        .replace(/<\/?mark>/g, '')
        .replace(/^… /, '')
        .replace(/ …$/, ''),
    );
    expect(english.split(' ')).toContain(html.replace(/^… /, '').split(' ')[0]);
  });
  it('centres on the whole query before single words', async () => {
    const { makeExcerpt } = await import('../../src/lib/search-text');
    const text = `${'Đài phát thanh. '.repeat(20)}Trường Đại học Nông – Lâm`;
    expect(makeExcerpt(text, 'dai hoc', 20)).toContain('<mark>Đại</mark> <mark>học</mark>');
  });
});

describe('relaxWords', () => {
  it('cuts long words to their first two thirds, for typos near the end', async () => {
    const { relaxWords } = await import('../../src/lib/search-text');
    expect(relaxWords(['chungcheongnma'])).toEqual(['chungcheon']);
    expect(relaxWords(['xaysombun', 'province'])).toEqual(['xaysom', 'provin']);
    expect(relaxWords(['gifu'])).toBeUndefined();
  });
  it('cuts Korean readable words at a syllable, so the relaxed query can be ranked against titles', async () => {
    const { relaxWords, titleMatchScore } = await import('../../src/lib/search-text');
    const relaxed = relaxWords(queryWords('우호협력합의서에'))!;
    expect(relaxed).toEqual(['우호협력합']);
    expect(titleMatchScore('박장성-충청남도 우호협력합의서', relaxed.join(' '))).toBeGreaterThan(1);
  });
});

describe('holdsNear (honest relaxed results)', () => {
  it('forgives a slip near the end of a real word, in every script', async () => {
    const { holdsNear } = await import('../../src/lib/search-text');
    expect(holdsNear('Chungcheongnam Province, Korea', 'Chungcheongnma')).toBe(true);
    expect(holdsNear('Tỉnh Xay Sôm Bun', 'Xaysombun')).toBe(false);
    expect(holdsNear('Xaysomboun province', 'Xaysombun')).toBe(true);
    expect(holdsNear('ແຂວງໄຊສົມບູນ', 'ໄຊສົມບູ')).toBe(true);
  });
  it('finds nothing for a word that is on no page, even when its start is', async () => {
    const { holdsNear } = await import('../../src/lib/search-text');
    expect(holdsNear('Chungcheongnam Province', 'Chungxyzqwv')).toBe(false);
    expect(holdsNear('cooperation agreement', 'cooperxyzzy')).toBe(false);
  });
});

describe('holdsWord (partial matches count words, not prefixes)', () => {
  it('counts whole words and syllables, long word starts and near forms', async () => {
    const { holdsWord } = await import('../../src/lib/search-text');
    expect(holdsWord('Tỉnh Hà Nam', 'ha')).toBe(true);
    expect(holdsWord('Hành chính công', 'ha')).toBe(false);
    expect(holdsWord('cooperation agreement', 'cooperat')).toBe(true);
    expect(holdsWord('cooperation agreement', 'cooperating')).toBe(true);
    expect(holdsWord('ຈະໄດ້ຮັບ', 'ໄດ')).toBe(false);
    expect(holdsWord('ຈະໄດ້ຮັບ', 'ໄດ້')).toBe(true);
    expect(holdsWord('cooperation agreement', 'kangaroo')).toBe(false);
  });
});

describe('Vietnamese syllables: pairs, whole syllables, phrases', () => {
  it('indexes neighbouring syllables as folded pairs, never across punctuation', async () => {
    const { syllablePairs } = await import('../../src/lib/search-text');
    expect(syllablePairs('Trường Đại học Nông Lâm, (Bắc Giang)')).toEqual(['truong1dai', 'dai1hoc', 'hoc1nong', 'nong1lam', 'bac1giang']);
    expect(textForIndex('Hà Nội', 'vi')).toContain('ha1noi');
    expect(textForIndex('Hà Nội', 'en')).not.toContain('ha1noi');
    expect(titleForIndex('Bắc Giang', 'vi')).toContain('bac1giang');
  });
  it('queries pairs covering every syllable, only where the locale table says so', async () => {
    const { pairQuery } = await import('../../src/lib/search-text');
    expect(pairQuery('dai hoc nong lam', 'vi')).toBe('dai1hoc nong1lam');
    expect(pairQuery('Bắc Giang tỉnh', 'vi')).toBe('bac1giang giang1tinh');
    expect(pairQuery('đầu tư 2024', 'vi')).toBe('dau1tu 2024');
    expect(pairQuery('ha', 'vi')).toBeUndefined();
    expect(pairQuery('ha noi', 'en')).toBeUndefined();
  });
  it('ranks whole syllables above the starts of longer ones, a title equal to the query first', async () => {
    const { titleMatchScore, resultScore } = await import('../../src/lib/search-text');
    expect(titleMatchScore('Hà Nội', 'ha noi')).toBe(4);
    expect(titleMatchScore('Tỉnh Hà Nam', 'ha')).toBeGreaterThan(titleMatchScore('Hành chính công', 'ha'));
    expect(titleMatchScore('Tuần lễ văn hóa', 'tu')).toBeLessThan(1);
    const phrase = resultScore('Tin', 'Sở Kế hoạch và Đầu tư tỉnh Bắc Giang', 'dau tu');
    const scattered = resultScore('Tin', 'Đầu năm, tỉnh có tư vấn', 'dau tu');
    const prefixes = resultScore('Tin', 'Dầu mỏ, tuần lễ', 'dau tu');
    expect(phrase).toBeGreaterThan(scattered);
    expect(scattered).toBeGreaterThan(prefixes);
  });
});

describe('decomposed Unicode (NFD)', () => {
  const nfd = (s: string) => s.normalize('NFD');
  it('indexes NFD text exactly like NFC text', () => {
    const text = 'Hợp tác đầu tư với tỉnh Xay Sôm Bun — 충청남도 — ແຂວງໄຊສົມບູນ';
    expect(textForIndex(nfd(text), 'vi')).toBe(textForIndex(text, 'vi'));
    expect(titleForIndex(nfd(text), 'vi')).toBe(titleForIndex(text, 'vi'));
  });
  it('matches and highlights NFD text and NFD queries', async () => {
    const { makeExcerpt, titleMatchScore, holdsNear } = await import('../../src/lib/search-text');
    expect(makeExcerpt(nfd('Thu hút đầu tư nước ngoài'), 'dau tu')).toBe('Thu hút <mark>đầu</mark> <mark>tư</mark> nước ngoài');
    expect(makeExcerpt('Thu hút đầu tư nước ngoài', nfd('đầu tư'))).toBe('Thu hút <mark>đầu</mark> <mark>tư</mark> nước ngoài');
    expect(titleMatchScore(nfd('Tỉnh Xay Sôm Bun'), nfd('Xay Sôm Bun'))).toBeGreaterThan(1);
    expect(queryForIndex(nfd('Xây Sôm Bun'))).toBe(queryForIndex('Xây Sôm Bun'));
    expect(holdsNear(nfd('Thành phố Hồ Chí Minh'), 'Thanh')).toBe(true);
  });
  it('gives the indexer the same page for NFD and NFC HTML', async () => {
    const { searchDocument } = await import('../../scripts/build-search-index');
    const page = (s: string) => `<html lang="vi"><body><main lang="vi" data-search-type="news"><h1>${s}</h1><p>${s} đầu tư</p></main></body></html>`;
    expect(searchDocument(page(nfd('Hợp tác với Xay Sôm Bun')))).toEqual(searchDocument(page('Hợp tác với Xay Sôm Bun')));
  });
});

describe('titleMatchScore', () => {
  it('puts a title that is the name first, then longer titles holding it, then partial matches', async () => {
    const { titleMatchScore } = await import('../../src/lib/search-text');
    const name = titleMatchScore('Tỉnh Xay Sôm Bun', 'xay som bun');
    const event = titleMatchScore('Đoàn khảo sát của tỉnh Bắc Giang tại tỉnh Xay Sôm Bun', 'xay som bun');
    const partial = titleMatchScore('Tỉnh Xiêng Khoảng', 'xay som bun');
    expect(name).toBeGreaterThan(event);
    expect(event).toBeGreaterThan(1);
    expect(partial).toBe(0);
    expect(titleMatchScore('박장성-충청남도 우호협력 합의서', '박장성과 충청남도')).toBeCloseTo(0.9);
    expect(titleMatchScore('ແຂວງໄຊສົມບູນ', 'ໄຊສົມບູນ')).toBeGreaterThan(1);
  });
});

describe('capRepeats', () => {
  it('keeps the first occurrences of each word, ignoring case and diacritics', async () => {
    const { capRepeats } = await import('../../src/lib/search-text');
    expect(capRepeats('Bắc Giang bắc giang BAC Giang hợp tác', 2)).toBe('Bắc Giang bắc giang hợp tác');
  });
});

describe('every text of the site reads back as written from the index', () => {
  it('gives back each paragraph of every content file in every language exactly', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const { join } = await import('node:path');
    const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
    const files = walk('content').filter((f) => /\.(mdx|yaml)$/.test(f));
    let checked = 0;
    const wrong: string[] = [];
    for (const file of files) {
      for (const line of readFileSync(file, 'utf8').normalize('NFC').split('\n')) {
        const text = line
          .replace(/[#*_>|`-]/g, ' ')
          .replace(/\s+/g, ' ')
          .trim();
        if (text.length < 8) continue;
        checked++;
        const back = displayText(asPagefindGivesItBack(displayForm(text)));
        if (back !== text && wrong.length < 5) wrong.push(`${file}: ${JSON.stringify(text.slice(0, 60))} → ${JSON.stringify(back.slice(0, 60))}`);
      }
    }
    expect(checked).toBeGreaterThan(5000);
    expect(wrong).toEqual([]);
  });
});
