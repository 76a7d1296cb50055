/** Locale-aware formatting of dates, money, years and country names, always through Intl. */
import { localeTable, type Locale } from '../i18n/locales';

const intl = (locale: Locale) => localeTable[locale].intl;

/**
 * Formats a date as precise as the source gives it: 2024-09-12 → "12 September 2024",
 * 2022-08 → "August 2022", 2021 → "2021".
 */
export function formatDate(value: string, locale: Locale): string {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions =
    d !== undefined ? { dateStyle: 'long' } : m !== undefined ? { year: 'numeric', month: 'long' } : { year: 'numeric' };
  return new Intl.DateTimeFormat(intl(locale), { ...options, timeZone: 'UTC' }).format(date);
}

/** A span of dates: full dates through Intl's range format ("13–15 April 2022"), others joined by a dash. */
export function formatDateRange(start: string, end: string, locale: Locale): string {
  const full = /^\d{4}-\d{2}-\d{2}$/;
  if (!full.test(start) || !full.test(end)) return `${formatDate(start, locale)} – ${formatDate(end, locale)}`;
  return new Intl.DateTimeFormat(intl(locale), { dateStyle: 'long', timeZone: 'UTC' }).formatRange(utc(start), utc(end));
}

/** Day and month without the year ("13 April"; a span "13–15 April"), for yearly observances. */
export function formatDayMonth(start: string, end: string | undefined, locale: Locale): string {
  const f = new Intl.DateTimeFormat(intl(locale), { month: 'long', day: 'numeric', timeZone: 'UTC' });
  return end ? f.formatRange(utc(start), utc(end)) : f.format(utc(start));
}

const utc = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
};

/** A money amount with its ISO currency code: 1895560000 VND → "VND 1,895,560,000" (en), "1.895.560.000 VND" (vi). */
export function formatMoney(amount: number, currency: string, locale: Locale): string {
  return new Intl.NumberFormat(intl(locale), { style: 'currency', currency, currencyDisplay: 'code' }).format(amount);
}

/** A list joined the locale's way: ["2024", "2025"] → "2024 and 2025". */
export function formatList(items: string[], locale: Locale): string {
  return new Intl.ListFormat(intl(locale), { type: 'conjunction' }).format(items);
}

/** A country's name in the locale from its ISO 3166 code: LA → "Laos", "Lào", "라오스", "ລາວ". */
export function countryName(code: string, locale: Locale): string {
  return new Intl.DisplayNames(intl(locale), { type: 'region' }).of(code) ?? code;
}

/** A span of years: 2023–2030. */
export function formatYearRange(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

/** A figure's number per locale: large amounts in the locale's words (6.822 billion, 68.22억), percentages with %. */
export function formatFigureNumber(value: number, unit: string, locale: Locale): string {
  if (unit === 'percent' || unit === 'percent-per-year') {
    return new Intl.NumberFormat(intl(locale), { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
  }
  const large = unit === 'usd' || unit === 'vnd' || unit === 'people';
  return new Intl.NumberFormat(intl(locale), large ? { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 5 } : {}).format(value);
}
