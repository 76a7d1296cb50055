// Dates, amounts, money, names and countries are formatted per locale (Intl plus the locale table), never by hand.
import { describe, expect, it } from 'vitest';
import {
  NAME_SEPARATOR,
  countryName,
  formatAmount,
  formatDate,
  formatDateRange,
  formatDayMonth,
  formatFigureNumber,
  formatMoney,
  formatYearRange,
  formatYears,
  joinNames,
} from '../../src/lib/format';
import { formatFigure } from '../../src/lib/figures';
import { locales, type Locale } from '../../src/i18n/locales';
import { useTranslations } from '../../src/i18n/ui';
import { lastDay, splitByDate } from '../../src/lib/events';

describe('formatDate', () => {
  it('formats full dates per locale', () => {
    expect(formatDate('2024-09-12', 'vi')).toBe('12 tháng 9, 2024');
    expect(formatDate('2024-09-12', 'en')).toBe('12 September 2024');
    expect(formatDate('2024-09-12', 'ko')).toBe('2024년 9월 12일');
    expect(formatDate('2024-09-12', 'lo')).toBe('12 ກັນຍາ 2024');
  });
  it('keeps a date as precise as the source: month or year only', () => {
    expect(formatDate('2022-08', 'en')).toBe('August 2022');
    expect(formatDate('2022-08', 'ko')).toBe('2022년 8월');
    expect(formatDate('2024', 'vi')).toBe('2024');
    expect(formatDate('2022-01', 'lo')).toBe('ມັງກອນ 2022');
    expect(formatDate('2024', 'ko')).toBe('2024년');
  });
});

describe('date spans', () => {
  it('writes Lao spans with month names like single Lao dates, never 13/04 – 15/04', () => {
    expect(formatDateRange('2023-04-13', '2023-04-15', 'lo')).toBe('13–15 ເມສາ 2023');
    expect(formatDayMonth('2023-04-13', '2023-04-15', 'lo')).toBe('13–15 ເມສາ');
    expect(formatDateRange('2022-04-13', '2022-05-15', 'lo')).toBe('13 ເມສາ – 15 ພຶດສະພາ 2022');
    expect(formatDateRange('2022-12-30', '2023-01-02', 'lo')).toBe('30 ທັນວາ 2022 – 2 ມັງກອນ 2023');
    expect(formatDateRange('2017-06', '2017-08', 'lo')).toBe('ມິຖຸນາ – ສິງຫາ 2017');
    expect(formatDateRange('2022-11', '2023-02', 'lo')).toBe('ພະຈິກ 2022 – ກຸມພາ 2023');
    expect(formatYearRange(2017, 2019, 'lo')).toBe('2017–2019');
  });
  it('writes every span of every locale without digits-only months', () => {
    const spans = [
      ['2023-04-13', '2023-04-15'],
      ['2022-04-13', '2022-05-15'],
      ['2022-12-30', '2023-01-02'],
      ['2017-06', '2017-08'],
      ['2022-11', '2023-02'],
    ];
    for (const locale of locales) {
      for (const [a, b] of spans) expect(formatDateRange(a, b, locale), `${locale} ${a}–${b}`).not.toMatch(/\d+\/\d+/);
    }
  });
  it('repeats only what differs in Korean, Vietnamese and English, with 년 on year spans', () => {
    expect(formatDateRange('2023-04-13', '2023-04-15', 'ko')).toBe('2023년 4월 13–15일');
    expect(formatDateRange('2022-04-13', '2022-05-15', 'ko')).toBe('2022년 4월 13일 – 5월 15일');
    expect(formatDateRange('2017-06', '2017-08', 'ko')).toBe('2017년 6–8월');
    expect(formatYearRange(2024, 2025, 'ko')).toBe('2024–2025년');
    expect(formatYearRange(2025, 2025, 'ko')).toBe('2025년');
    expect(formatDayMonth('2023-04-13', '2023-04-15', 'ko')).toBe('4월 13–15일');
    expect(formatDateRange('2023-04-13', '2023-04-15', 'vi')).toBe('13–15 tháng 4, 2023');
    expect(formatDateRange('2017-06', '2017-08', 'vi')).toBe('tháng 6–8 năm 2017');
    expect(formatDateRange('2022-04-13', '2022-05-15', 'vi')).toBe('13 tháng 4 – 15 tháng 5, 2022');
    expect(formatDateRange('2023-04-13', '2023-04-15', 'en')).toBe('13–15 April 2023');
    expect(formatDateRange('2017-06', '2017-12', 'en')).toBe('June – December 2017');
    expect(formatYearRange(2023, 2030, 'en')).toBe('2023–2030');
  });
  it('keeps each end as precise as the source when the precisions differ', () => {
    expect(formatDateRange('2022', '2022-12-22', 'en')).toBe('2022 – 22 December 2022');
    expect(formatDateRange('2022', '2022-12-22', 'lo')).toBe('2022 – 22 ທັນວາ 2022');
  });
  it('lists years as the plans do, each year written out', () => {
    expect(formatYears([2024, 2025], 'ko')).toBe('2024년, 2025년');
    expect(formatYears([2024, 2025], 'vi')).toBe('2024, 2025');
    expect(formatYears([2024], 'ko')).toBe('2024년');
  });
});

describe('formatAmount', () => {
  it('groups Korean amounts by 만, 억 and 조, exactly', () => {
    expect(formatAmount(1108530000, 'ko')).toBe('11억 853만');
    expect(formatAmount(2122000000000, 'ko')).toBe('2조 1,220억');
    expect(formatAmount(1895560000, 'ko')).toBe('18억 9,556만');
    expect(formatAmount(1895560000, 'ko', { exact: true })).toBe('18억 9,556만');
    expect(formatAmount(33400000000, 'ko')).toBe('334억');
    expect(formatAmount(1800000, 'ko')).toBe('180만');
    expect(formatAmount(12345678, 'ko')).toBe('1,234만 5,678');
    expect(formatAmount(3895, 'ko')).toBe('3,895');
  });
  it('uses tỷ/triệu and ຕື້/ລ້ານ (not nghìn tỷ, ລ້ານລ້ານ) with the decimals the value needs, never rounding', () => {
    expect(formatAmount(2122000000000, 'vi')).toBe('2.122 tỷ');
    expect(formatAmount(21800000000, 'vi')).toBe('21,8 tỷ');
    expect(formatAmount(1108530000, 'vi')).toBe('1.108,53 triệu');
    expect(formatAmount(1800000, 'vi')).toBe('1,8 triệu');
    expect(formatAmount(2122000000000, 'lo')).toBe('2.122 ຕື້');
    expect(formatAmount(3400000, 'lo')).toBe('3,4 ລ້ານ');
    expect(formatAmount(6822000000, 'en')).toBe('6.822 billion');
    expect(formatAmount(2122000000000, 'en')).toBe('2.122 trillion');
    expect(formatAmount(1108530000, 'en')).toBe('1,108.53 million');
    expect(formatAmount(999999, 'en')).toBe('999,999');
  });
  it('keeps every digit of an exact amount where the locale writes digits', () => {
    expect(formatAmount(1895560000, 'vi', { exact: true })).toBe('1.895.560.000');
    expect(formatAmount(1895560000, 'lo', { exact: true })).toBe('1.895.560.000');
    expect(formatAmount(1895560000, 'en', { exact: true })).toBe('1,895,560,000');
  });
  it('refuses what is not a number', () => {
    expect(() => formatAmount(Number.NaN, 'ko')).toThrow(/not a number/);
  });
});

describe('formatMoney', () => {
  it('writes the Chungcheongnam plan budget (1.895.560.000 đồng) in each language’s convention', () => {
    const money = (l: Locale) => formatMoney(1895560000, 'VND', l, useTranslations(l)).replace(/\u00a0/g, ' ');
    expect(money('vi')).toBe('1.895.560.000 đồng');
    expect(money('en')).toBe('VND 1,895,560,000');
    expect(money('ko')).toBe('18억 9,556만 동');
    expect(money('lo')).toBe('1.895.560.000 ດົ່ງ');
  });
});

describe('formatFigureNumber', () => {
  it('says large amounts in words of the locale', () => {
    expect(formatFigureNumber(6822000000, 'usd', 'en')).toBe('6.822 billion');
    expect(formatFigureNumber(6822000000, 'usd', 'ko')).toBe('68억 2,200만');
    expect(formatFigureNumber(2122000000000, 'vnd', 'vi')).toBe('2.122 tỷ');
    expect(formatFigureNumber(3895, 'km2', 'vi')).toBe('3.895');
  });
  it('writes percentages with the locale decimal mark', () => {
    expect(formatFigureNumber(65.55, 'percent', 'vi')).toBe('65,55%');
    expect(formatFigureNumber(65.55, 'percent', 'en')).toBe('65.55%');
  });
  it('adds a qualifier such as 약 only where the data says the value is approximate', () => {
    const t = useTranslations('ko');
    expect(formatFigure({ value: 2122000000000, unit: 'vnd', qualifier: 'about' }, t, 'ko')).toBe('약 2조 1,220억 동');
    expect(formatFigure({ value: 1108530000, unit: 'usd' }, t, 'ko')).toBe('11억 853만 달러');
  });
});

describe('countryName', () => {
  it('names a country in the reader’s language', () => {
    expect(countryName('LA', 'lo')).toBe('ລາວ');
    expect(countryName('LA', 'ko')).toBe('라오스');
    expect(countryName('JP', 'vi')).toBe('Nhật Bản');
  });
  it('uses the site’s terminology where Intl differs: ສ.ເກົາຫຼີ, not the old ເກົາຫລີໃຕ້', () => {
    expect(countryName('KR', 'lo')).toBe('ສ.ເກົາຫຼີ');
    expect(countryName('KR', 'ko')).toBe('한국');
    expect(countryName('KR', 'en')).toBe('Korea');
    expect(countryName('KR', 'vi')).toBe('Hàn Quốc');
  });
});

describe('names', () => {
  const agencies = ['ພະແນກວັດທະນະທຳ, ກິລາ ແລະ ທ່ອງທ່ຽວ', 'ພະແນກແຮງງານ, ທະຫານຜ່ານເສິກ ແລະ ສັງຄົມ', 'ພະແນກການຕ່າງປະເທດ'];
  it('joins names so that the list splits back into exactly those names', () => {
    expect(joinNames(agencies).split(NAME_SEPARATOR)).toEqual(agencies);
  });
  it('refuses a name that contains the separator, with a clear error', () => {
    expect(() => joinNames(['Sở A; Sở B', 'Sở C'])).toThrow(/"Sở A; Sở B" contains ";"/);
  });
});

describe('events by date', () => {
  it('treats a year-only or month-only date as lasting to its end', () => {
    expect(lastDay('2025')).toBe('2025-12-31');
    expect(lastDay('2024-02')).toBe('2024-02-29');
    expect(lastDay('2021-08-09')).toBe('2021-08-09');
  });
  it('splits upcoming from past on the build day', () => {
    const ev = (slug: string, start: string) => ({ type: 'events', slug, facts: { start }, texts: {} }) as any;
    const { upcoming, past } = splitByDate([ev('a', '2021-08-09'), ev('b', '2026'), ev('c', '2027-01')], '2026-11-22');
    expect(upcoming.map((e) => e.slug)).toEqual(['b', 'c']);
    expect(past.map((e) => e.slug)).toEqual(['a']);
  });
});
