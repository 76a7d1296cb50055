// Dates, money and figures are formatted per locale by Intl, never by hand.
import { describe, expect, it } from 'vitest';
import { countryName, formatDate, formatFigureNumber, formatMoney } from '../../src/lib/format';
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
  });
});

describe('formatMoney', () => {
  it('formats the Chungcheongnam plan budget per locale', () => {
    expect(formatMoney(1895560000, 'VND', 'vi')).toBe('1.895.560.000\u00a0VND');
    expect(formatMoney(1895560000, 'VND', 'en')).toBe('VND\u00a01,895,560,000');
  });
});

describe('formatFigureNumber', () => {
  it('says large amounts in words of the locale', () => {
    expect(formatFigureNumber(6822000000, 'usd', 'en')).toBe('6.822 billion');
    expect(formatFigureNumber(6822000000, 'usd', 'ko')).toBe('68.22억');
    expect(formatFigureNumber(2122000000000, 'vnd', 'vi')).toBe('2,122 nghìn tỷ');
  });
  it('writes percentages with the locale decimal mark', () => {
    expect(formatFigureNumber(65.55, 'percent', 'vi')).toBe('65,55%');
    expect(formatFigureNumber(65.55, 'percent', 'en')).toBe('65.55%');
  });
});

describe('countryName', () => {
  it('names a country in the reader’s language', () => {
    expect(countryName('LA', 'lo')).toBe('ລາວ');
    expect(countryName('KR', 'ko')).toBe('대한민국');
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
