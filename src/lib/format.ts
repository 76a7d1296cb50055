/**
 * Locale-aware formatting of dates, amounts, money, lists of names and country names, always
 * through Intl data plus the locale table's conventions (src/i18n/locales.ts). Rules: docs/content-guide.md.
 */
import type { TFunction } from 'i18next';
import { localeTable, type Locale } from '../i18n/locales';
import { countryNameOverride } from './countries';

const intl = (locale: Locale) => localeTable[locale].intl;

// ---------------------------------------------------------------------------------------- dates

type Field = 'year' | 'month' | 'day';
const fieldsOf = (date: string): Field[] => (['year', 'month', 'day'] as const).slice(0, date.split('-').length);
const options: Record<Field, Intl.DateTimeFormatOptions> = { year: { year: 'numeric' }, month: { month: 'long' }, day: { day: 'numeric' } };
const utc = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
};
const formatter = (locale: Locale, fields: Field[]) =>
  new Intl.DateTimeFormat(intl(locale), Object.assign({ timeZone: 'UTC' }, ...fields.map((f) => options[f])));
const partsOf = (date: string, locale: Locale, fields: Field[]) => formatter(locale, fields).formatToParts(utc(date));
const valueOf = (date: string, locale: Locale, fields: Field[], field: Field) => partsOf(date, locale, fields).find((p) => p.type === field)!.value;
/**
 * An en dash: tight between numbers, written once around them when both sides share their words
 * (13–15; vi "tháng 6–8"; ko "6–8월"), spaced between words or whole dates (ເມສາ – ມິຖຸນາ).
 */
function dash(a: string, b: string): string {
  const [, pa, na, sa] = /^(\D*)(\d+)(\D*)$/.exec(a) ?? [];
  const [, pb, nb, sb] = /^(\D*)(\d+)(\D*)$/.exec(b) ?? [];
  return na !== undefined && nb !== undefined && pa === pb && sa === sb ? `${pa}${na}–${nb}${sa}` : `${a} – ${b}`;
}

/**
 * Formats a date as precise as the source gives it: 2024-09-12 → "12 September 2024",
 * 2022-08 → "August 2022", 2021 → "2021" (ko "2021년"). Months are always written as words where
 * the locale has them (lo "12 ກັນຍາ 2024", never 12/09/2024).
 */
export function formatDate(value: string, locale: Locale): string {
  return formatter(locale, fieldsOf(value)).format(utc(value));
}

/**
 * A span of dates written like the single dates of the same precision (Intl's own range format is not
 * used: for Lao it turns month names into numbers). Only the fields that differ are repeated:
 * "13–15 April 2022", "13 April – 15 May 2022", "April – June 2022", ko "2022년 4월 13–15일",
 * lo "13–15 ເມສາ 2023"; spans across years, or of different precision, repeat everything.
 */
export function formatDateRange(start: string, end: string, locale: Locale): string {
  const fields = fieldsOf(start);
  if (fields.length !== fieldsOf(end).length) return `${formatDate(start, locale)} – ${formatDate(end, locale)}`;
  return rangeOf(start, end, locale, fields);
}

/** Day and month without the year ("13 April"; a span "13–15 April", lo "13–15 ເມສາ"), for yearly observances. */
export function formatDayMonth(start: string, end: string | undefined, locale: Locale): string {
  const fields: Field[] = ['month', 'day'];
  return end && end !== start ? rangeOf(start, end, locale, fields) : formatter(locale, fields).format(utc(start));
}

/** A span of years written like a single year: 2023–2030 (ko "2023–2030년"); one year when both are equal. */
export function formatYearRange(from: number, to: number, locale: Locale): string {
  return from === to ? formatDate(String(from), locale) : rangeOf(String(from), String(to), locale, ['year']);
}

/** Years the source lists one by one, each written as a year and separated by commas: "2024, 2025" (ko "2024년, 2025년"). */
export function formatYears(years: number[], locale: Locale): string {
  return years.map((y) => formatDate(String(y), locale)).join(', ');
}

/** The range of two dates of the same precision, given the fields both show (year/month/day or month/day). */
function rangeOf(start: string, end: string, locale: Locale, fields: Field[]): string {
  const differs = (f: Field) => valueOf(start, locale, fields, f) !== valueOf(end, locale, fields, f);
  const first = fields.find(differs);
  if (!first) return formatter(locale, fields).format(utc(start));
  // Only the smallest field differs: write it as a span inside one date ("13–15 April 2022").
  if (first === fields.at(-1)) {
    return partsOf(end, locale, fields)
      .map((p) => (p.type === first ? dash(valueOf(start, locale, fields, first), p.value) : p.value))
      .join('');
  }
  // Same year, different months: write the year once, on the side where the locale puts it.
  if (fields[0] === 'year' && first !== 'year') {
    const rest = fields.slice(1);
    const yearFirst = partsOf(end, locale, fields).findIndex((p) => p.type === 'year') === 0;
    return yearFirst
      ? dash(formatDate(start, locale), formatter(locale, rest).format(utc(end)))
      : dash(formatter(locale, rest).format(utc(start)), formatDate(end, locale));
  }
  return dash(formatter(locale, fields).format(utc(start)), formatter(locale, fields).format(utc(end)));
}

// ------------------------------------------------------------------------------ amounts, money

/** A whole number written the locale's way: 1234 → "1,234" (en), "1.234" (vi). */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intl(locale)).format(value);
}

/** How many decimals a number needs (up to 9), e.g. 6.822 → 3. */
const decimalsOf = (n: number) => (String(Number(n.toFixed(9))).split('.')[1] ?? '').length;

/**
 * A large number written the way readers of the locale write it, never rounded:
 * - Korean counts in groups of four digits (만, 억, 조): 1895560000 → "18억 9,556만", 2122000000000 → "2조 1,220억".
 * - Vietnamese, Lao and English use their scale words from one million on, with the decimals the value
 *   needs (at most three; else a smaller scale): "2.122 tỷ", "1,8 ລ້ານ", "1,108.53 million".
 * `exact` (amounts a document states to the unit, such as a budget) keeps every digit in the scale-word
 * languages ("1.895.560.000"); Korean groups are exact anyway.
 */
export function formatAmount(value: number, locale: Locale, { exact = false } = {}): string {
  const style = localeTable[locale].largeNumbers;
  const plain = (n: number, max = 9) => new Intl.NumberFormat(intl(locale), { maximumFractionDigits: max }).format(n);
  if (!Number.isFinite(value)) throw new Error(`formatAmount: ${value} is not a number`);
  if (value < 0) return `-${formatAmount(-value, locale, { exact })}`;
  if ('groups' in style) {
    const groups: string[] = [];
    let rest = Math.trunc(value);
    const fraction = value - rest;
    for (let i = style.groups.length; i >= 1; i--) {
      const size = 10_000 ** i;
      const q = Math.floor(rest / size);
      rest -= q * size;
      if (q > 0) groups.push(`${plain(q)}${style.groups[style.groups.length - i]}`);
    }
    if (rest + fraction > 0 || groups.length === 0) groups.push(plain(Number((rest + fraction).toFixed(9))));
    return groups.join(' ');
  }
  if (exact) return plain(value);
  const scales = style.scales.filter(([size]) => value >= size);
  const fits = scales.find(([size]) => decimalsOf(value / size) <= 3) ?? scales.at(-1);
  return fits ? `${plain(value / fits[0])} ${fits[1]}` : plain(value);
}

/** Currencies the site's documents state amounts in, each written by the UI string figure.unit.<code>. */
export type Currency = 'VND' | 'USD';

/** A money amount stated to the unit (a budget): vi "1.895.560.000 đồng", en "VND 1,895,560,000", ko "18억 9,556만 동", lo "1.895.560.000 ດົ່ງ". */
export function formatMoney(amount: number, currency: Currency, locale: Locale, t: TFunction): string {
  return t(`figure.unit.${currency.toLowerCase() as 'vnd' | 'usd'}`, { value: formatAmount(amount, locale, { exact: true }) });
}

/** A figure's number per locale: amounts of money and people as readers write them (formatAmount), percentages with %. */
export function formatFigureNumber(value: number, unit: string, locale: Locale): string {
  if (unit === 'percent' || unit === 'percent-per-year') {
    return new Intl.NumberFormat(intl(locale), { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
  }
  const large = unit === 'usd' || unit === 'vnd' || unit === 'people';
  return large ? formatAmount(value, locale) : new Intl.NumberFormat(intl(locale)).format(value);
}

// ---------------------------------------------------------------------------------------- names

/**
 * The separator of names in plain text (CSV cells, data files). Names are never joined with commas
 * or "and": agency names contain both (Sở Văn hóa, Thể thao và Du lịch). On pages, names go one per
 * line (components/NameList.astro).
 */
export const NAME_SEPARATOR = '; ';

/** Names joined for plain text so that they cannot run together; a name that contains the separator is an error. */
export function joinNames(names: readonly string[]): string {
  const bad = names.find((n) => n.includes(NAME_SEPARATOR.trim()));
  if (bad !== undefined)
    throw new Error(`joinNames: the name "${bad}" contains "${NAME_SEPARATOR.trim()}", which separates names; a list with it would be ambiguous`);
  return names.join(NAME_SEPARATOR);
}

/** A name as the first word of a line or cell: first letter capitalised (vi "các sở …" → "Các sở …"). */
export function capitalise(name: string, locale: Locale): string {
  return name.charAt(0).toLocaleUpperCase(intl(locale)) + name.slice(1);
}

// ------------------------------------------------------------------------------------ countries

/**
 * A country's name in the locale from its ISO 3166 code: Intl's name unless the site's terminology
 * differs (table in countries.ts): LA → "Lào", "Laos", "라오스", "ລາວ"; KR in Lao → "ສ.ເກົາຫຼີ".
 */
export function countryName(code: string, locale: Locale): string {
  return countryNameOverride(code, locale) ?? new Intl.DisplayNames(intl(locale), { type: 'region' }).of(code) ?? code;
}
