// Key figures and dates from the source documents appear on the built pages, formatted per locale.
// Expected strings are written out by hand from the documents, not computed by the site's code:
// each language's own way of writing money (vi "1.895.560.000 đồng", ko "18억 9,556만 동"), dates and spans.
import { describe, expect, it } from 'vitest';
import { page } from '../helpers/site';

const text = (path: string, selector = 'main') => page(path).querySelector(selector)?.text.replace(/\s+/g, ' ') ?? `(no ${selector})`;

const cases: Array<{ what: string; path: string; selector?: string; expected: Record<string, string> }> = [
  {
    what: 'Plan 59/KH-UBND budget (000: 1.895.560.000 đồng)',
    path: 'plans/chungcheongnam-2024-2025/',
    expected: { vi: '1.895.560.000 đồng', en: 'VND 1,895,560,000', ko: '18억 9,556만 동', lo: '1.895.560.000 ດົ່ງ' },
  },
  {
    what: 'Plan 59/KH-UBND date (000: ngày 12 tháng 9 năm 2024)',
    path: 'plans/chungcheongnam-2024-2025/',
    expected: { vi: '12 tháng 9, 2024', en: '12 September 2024', ko: '2024년 9월 12일', lo: '12 ກັນຍາ 2024' },
  },
  {
    what: 'Xaysomboun agreement signed (004: ngày 09/8/2021)',
    path: 'agreements/xaysomboun-2021-2025/',
    expected: { vi: '9 tháng 8, 2021', en: '9 August 2021', ko: '2021년 8월 9일', lo: '9 ສິງຫາ 2021' },
  },
  {
    what: 'Registered FDI capital to June 2021 (004: 6.822 triệu USD)',
    path: 'profile/',
    selector: '[data-figure="fdi-capital"] td',
    expected: { vi: '6,822 tỷ USD', en: 'US$ 6.822 billion', ko: '68억 2,200만 달러', lo: '6,822 ຕື້ ໂດລາສະຫະລັດ' },
  },
  {
    what: 'Area (004: 3.895 km²)',
    path: 'profile/',
    selector: '[data-figure="area"] td',
    expected: { vi: '3.895 km²', en: '3,895 km²', ko: '3,895km²', lo: '3.895 ກມ²' },
  },
  {
    what: 'Project 942 budget (004: 43.356.000.000 đồng)',
    path: 'plans/local-cooperation-project-2021-2025/',
    expected: { vi: '43.356.000.000 đồng', en: 'VND 43,356,000,000', ko: '433억 5,600만 동', lo: '43.356.000.000 ດົ່ງ' },
  },
  {
    what: 'Xaysomboun plan budget (002: 33,4 tỷ đồng)',
    path: 'plans/xaysomboun-2021-2025/',
    expected: { vi: '33.400.000.000 đồng', en: 'VND 33,400,000,000', ko: '334억 동', lo: '33.400.000.000 ດົ່ງ' },
  },
  {
    what: 'ODA committed, approximate (004: khoảng 2.122 tỷ đồng)',
    path: 'investment/',
    selector: '[data-figure="oda-committed"] td',
    expected: { vi: 'khoảng 2.122 tỷ đồng', en: 'about VND 2.122 trillion', ko: '약 2조 1,220억 동', lo: 'ປະມານ 2.122 ຕື້ ດົ່ງ' },
  },
  {
    what: 'FDI capital added, exact (004: 1.108,53 triệu USD)',
    path: 'investment/',
    selector: '[data-figure="added-capital"] td',
    expected: { vi: '1.108,53 triệu USD', en: 'US$ 1,108.53 million', ko: '11억 853만 달러', lo: '1.108,53 ລ້ານ ໂດລາສະຫະລັດ' },
  },
  {
    what: 'Population (004: trên 1,8 triệu người)',
    path: 'profile/',
    selector: '[data-figure="population"] td',
    expected: { vi: 'trên 1,8 triệu người', en: 'over 1.8 million people', ko: '180만 명 이상', lo: 'ຫຼາຍກວ່າ 1,8 ລ້ານ ຄົນ' },
  },
  {
    what: 'Plan 59/KH-UBND period (000: giai đoạn 2024-2025)',
    path: 'plans/chungcheongnam-2024-2025/',
    selector: '.facts',
    expected: { vi: '2024–2025', en: '2024–2025', ko: '2024–2025년', lo: '2024–2025' },
  },
  {
    what: 'Plan 59/KH-UBND task timeframe (000: Thời gian: Năm 2024, 2025)',
    path: 'plans/chungcheongnam-2024-2025/',
    selector: 'table',
    expected: { vi: 'Năm 2024, 2025', en: '2024, 2025', ko: '2024년, 2025년', lo: 'ປີ 2024, 2025' },
  },
  {
    what: 'Lao New Year, 13–15 April every year (002: ngày 13,14,15/4)',
    path: 'events/xs-lao-new-year/',
    selector: '.facts',
    expected: {
      vi: '13–15 tháng 4 hằng năm (2023–2025)',
      en: '13–15 April, every year (2023–2025)',
      ko: '매년 4월 13–15일(2023–2025년)',
      lo: '13–15 ເມສາ ທຸກໆປີ (2023–2025)',
    },
  },
  {
    what: 'Plan 41/KH-SNgV date (003: ngày 05 tháng 4 năm 2017)',
    path: 'plans/japan-korea-roadmap-2017-2018/',
    expected: { vi: '5 tháng 4, 2017', en: '5 April 2017', ko: '2017년 4월 5일', lo: '5 ເມສາ 2017' },
  },
  {
    what: 'Korea plan date, month only (001: tháng 01 năm 2022)',
    path: 'plans/korea-30th-anniversary-2022/',
    expected: { vi: 'tháng 1 năm 2022', en: 'January 2022', ko: '2022년 1월', lo: 'ມັງກອນ 2022' },
  },
];

describe.each(cases)('$what', ({ path, selector, expected }) => {
  it.each(Object.entries(expected))('in %s: %s', (locale, value) => {
    expect(text(`/${locale}/${path}`, selector).replace(/\u00a0/g, ' ')).toContain(value);
  });
});
