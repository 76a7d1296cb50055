import { describe, expect, it } from 'vitest';
import {
  ALIAS_MARK, WORD_JOIN, displayText, encodeHangul, fold, koreanSuffixes, queryForIndex, queryWords, segmentLao, stripParticle, textForIndex, titleForIndex,
} from '../../src/lib/search-text';

describe('Lao', () => {
  it('cuts Lao runs into words, only with the indexer’s separator', () => {
    expect(segmentLao('ແຂວງໄຊສົມບູນ (ລາວ)')).toBe(['ແຂວງ', 'ໄຊ', 'ສົມບູນ'].join(WORD_JOIN) + ' (ລາວ)');
  });
  it('gives the original text back for display', () => {
    const text = 'ສັນຍາຮ່ວມມື ແຂວງບັກຢາງ – ແຂວງໄຊສົມບູນ';
    expect(displayText(textForIndex(text))).toBe(text);
  });
  it('segments a query the same way as the text', () => {
    expect(queryForIndex('ໄຊສົມບູນ')).toBe('ໄຊ ສົມບູນ');
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
    expect(encodeHangul('가')).toBe('aaa');
    expect(encodeHangul('힣')).toBe('qnr');
    expect(encodeHangul('충청남도 2024년')).toMatch(/^[a-z]{12} 2024[a-z]{3}$/);
    expect(encodeHangul('충청남도').startsWith(encodeHangul('충청'))).toBe(true);
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
    expect(makeExcerpt('ສັນຍາຮ່ວມມືກັບແຂວງໄຊສົມບູນ', 'ໄຊສົມບູນ')).toBe('ສັນຍາຮ່ວມມືກັບແຂວງ<mark>ໄຊ</mark><mark>ສົມບູນ</mark>');
  });
  it('marks a Korean noun whose query carried a particle', async () => {
    const { makeExcerpt } = await import('../../src/lib/search-text');
    expect(makeExcerpt('충청남도와 박장성', '충청남도에서')).toBe('<mark>충청남도</mark>와 박장성');
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
  it('centres on the whole query before single words', async () => {
    const { makeExcerpt } = await import('../../src/lib/search-text');
    const text = `${'Đài phát thanh. '.repeat(20)}Trường Đại học Nông – Lâm`;
    expect(makeExcerpt(text, 'dai hoc', 20)).toContain('<mark>Đại</mark> <mark>học</mark>');
  });
});

describe('relaxQuery', () => {
  it('cuts long words to their first two thirds, for typos near the end', async () => {
    const { relaxQuery } = await import('../../src/lib/search-text');
    expect(relaxQuery('chungcheongnma')).toBe('chungcheon');
    expect(relaxQuery('xaysombun province')).toBe('xaysom provin');
    expect(relaxQuery('gifu')).toBeUndefined();
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
