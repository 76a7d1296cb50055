/** A quoted figure in the reader's language: number via Intl, unit and qualifier from the UI strings. */
import type { TFunction } from 'i18next';
import type { Locale } from '../i18n/locales';
import { formatFigureNumber } from './format';

/** A figure as stored in a page's facts. */
export interface Figure {
  value: number;
  unit: string;
  qualifier?: 'over' | 'about' | 'estimated';
}

/** E.g. { value: 1800000, unit: 'people', qualifier: 'over' } → "over 1.8 million people" (en). */
export function formatFigure(f: Figure, t: TFunction, locale: Locale): string {
  const withUnit = t(`figure.unit.${f.unit}` as 'figure.unit.km2', { value: formatFigureNumber(f.value, f.unit, locale) });
  return f.qualifier ? t(`figure.qualifier.${f.qualifier}`, { value: withUnit }) : withUnit;
}
