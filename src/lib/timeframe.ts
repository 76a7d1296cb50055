/** Wording of a task's timeframe in the reader's language ("2024, 2025", "Every year" …). */
import type { TFunction } from 'i18next';
import type { Locale } from '../i18n/locales';
import { formatYears } from './format';

/** The timeframe as the plan states it: years, every year, or from a school year. */
export interface Timeframe {
  years?: number[];
  annual?: boolean;
  fromSchoolYear?: string;
}

/** A timeframe in words, e.g. { years: [2024, 2025] } → "Năm 2024, 2025" (vi), "2024년, 2025년" (ko). */
export function describeTimeframe(tf: Timeframe, t: TFunction, locale: Locale): string {
  const parts: string[] = [];
  if (tf.annual) parts.push(t('timeframe.annual'));
  if (tf.years) parts.push(t('timeframe.years', { years: formatYears(tf.years, locale) }));
  if (tf.fromSchoolYear) parts.push(t('timeframe.fromSchoolYear', { schoolYear: tf.fromSchoolYear.replace('-', '–') }));
  return parts.join('; ');
}
