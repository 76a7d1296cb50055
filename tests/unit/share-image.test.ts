// Share images: drawn in each language's script, 1200 × 630, small, and saying in their own bytes what they show.
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { markWordBreaks, renderShareImage, shareImageSize, type ShareCard } from '../../src/lib/share-image';
import { pngSize, pngTexts } from '../helpers/png';

const cards: ShareCard[] = [
  {
    locale: 'ko',
    lang: 'ko',
    kind: '시행 계획',
    title: '충청남도와의 우호협력 합의서 시행 계획 (2024~2025년)',
    meta: '대한민국 · 2024–2025',
    site: '박장성 국제협력',
  },
  {
    locale: 'lo',
    lang: 'lo',
    kind: 'ແຜນການຈັດຕັ້ງປະຕິບັດ',
    title: 'ແຜນການຈັດຕັ້ງປະຕິບັດສັນຍາຮ່ວມມືມິດຕະພາບກັບແຂວງຊຸງຊອງນຳ ໄລຍະ 2024–2025',
    meta: 'ລາວ · 2024–2025',
    site: 'ການຮ່ວມມືສາກົນ ແຂວງບັກຢາງ',
  },
  { locale: 'ko', lang: 'vi', kind: '협력 지방정부', title: 'Tỉnh Xiêng Khoảng', meta: '라오스', site: '박장성 국제협력' },
];

describe('share images', () => {
  it.each(cards)(
    'draws $locale ($lang title) at the declared size, under 60 kB, recording its text',
    async (card) => {
      const png = await renderShareImage(card);
      mkdirSync('.tmp', { recursive: true });
      writeFileSync(`.tmp/share-${card.locale}-${card.lang}.png`, png); // to look at
      expect(pngSize(png)).toEqual(shareImageSize);
      expect(png.length).toBeLessThanOrEqual(60_000);
      const texts = pngTexts(png);
      expect(texts.find((t) => t.keyword === 'Title')).toEqual({ keyword: 'Title', lang: card.lang, text: card.title });
      expect(texts.find((t) => t.keyword === 'Description')).toEqual({ keyword: 'Description', lang: card.locale, text: `${card.kind} · ${card.meta}` });
    },
    30_000,
  );

  it('stops with a clear error when no font draws a character', async () => {
    const card = { ...cards[0], title: '河口瑶族自治县' }; // Chinese characters outside the Korean font's Hanja
    await expect(renderShareImage(card)).rejects.toThrow(/no font draws "[^"]*瑶[^"]*".*locale table/);
  }, 30_000);

  it('stops with a clear error when a row of the locale table names a font package that is not installed', async () => {
    vi.resetModules();
    vi.doMock('../../src/i18n/locales', async (real) => {
      const m = await real<typeof import('../../src/i18n/locales')>();
      const th = { ...m.localeTable.lo, scriptFont: { package: '@expo-google-fonts/noto-sans-not-installed', family: 'NotoSansNone' } };
      return { ...m, localeTable: { ...m.localeTable, th }, locales: [...m.locales, 'th'] };
    });
    try {
      const fresh = await import('../../src/lib/share-image');
      await expect(fresh.renderShareImage(cards[0])).rejects.toThrow(
        'share images: the locale table names @expo-google-fonts/noto-sans-not-installed as the font of th, but it is not installed (npm install --save @expo-google-fonts/noto-sans-not-installed)',
      );
    } finally {
      vi.doUnmock('../../src/i18n/locales');
      vi.resetModules();
    }
  }, 30_000);

  it('marks word breaks in Lao only, never inside numbers or spaced scripts', () => {
    expect(markWordBreaks('ແຜນການຈັດຕັ້ງປະຕິບັດ ໄລຍະ 2024–2025', 'lo')).toMatch(/^ແຜນ(ການ)?\u200b.*ໄລຍະ 2024–2025$/);
    expect(markWordBreaks('ແຜນການຈັດຕັ້ງປະຕິບັດ', 'lo').replaceAll('\u200b', '')).toBe('ແຜນການຈັດຕັ້ງປະຕິບັດ');
    expect(markWordBreaks('충청남도와의 우호협력', 'ko')).toBe('충청남도와의 우호협력');
    expect(markWordBreaks('Kế hoạch thực hiện 2024–2025', 'vi')).toBe('Kế hoạch thực hiện 2024–2025');
  });
});
