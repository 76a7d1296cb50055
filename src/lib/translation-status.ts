/**
 * Translation status from git history: for each entry, whether each translation exists and whether
 * it was last changed before its Vietnamese source (then it may be out of date). Used by
 * `npm run i18n:status` and the editors' page. Without git history every date is unknown.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultLocale, locales, type Locale } from '../i18n/locales.ts';
import { entryTypes } from './entry-types.ts';

/** The state of one translation. */
export type TranslationState = 'ok' | 'missing' | 'outdated' | 'unknown';

/** One entry's translations. */
export interface EntryStatus {
  type: string;
  slug: string;
  sourceDate?: string;
  locales: Record<Locale, { state: TranslationState; date?: string }>;
}

/**
 * Words that, in a commit message, say the change needs no re-translation (a typo, a fact, a link):
 * such a commit does not make the translations of the Vietnamese files it touches outdated (as the
 * Astro docs' Lunaria configuration does with its ignore keywords).
 */
export const noRetranslationKeywords = ['i18n-ignore', 'không cần dịch lại', 'no re-translation'];

/** Whether a commit message says its change needs no re-translation. */
export const needsNoRetranslation = (message: string) => noRetranslationKeywords.some((k) => message.toLowerCase().includes(k));

/** For each file (absolute path): its last commit, its first, and its last that needs re-translation (ISO instants). */
function lastCommitDates(contentDir: string): Map<string, { any: string; oldest: string; significant?: string }> {
  const dates = new Map<string, { any: string; oldest: string; significant?: string }>();
  let root: string;
  let log: string;
  try {
    root = execFileSync('git', ['-C', contentDir, 'rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
    log = execFileSync('git', ['-C', root, 'log', '--format=%x1e%cI%x1f%B%x1f', '--name-only', '--', resolve(contentDir)], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return dates; // no git, or not a repository: dates stay unknown
  }
  for (const record of log.split('\x1e').slice(1)) {
    const [date, message, names = ''] = record.split('\x1f');
    const significant = !needsNoRetranslation(message);
    for (const name of names
      .split('\n')
      .map((n) => n.trim())
      .filter(Boolean)) {
      const file = resolve(root, name);
      const known = dates.get(file);
      if (!known) dates.set(file, { any: date, oldest: date, significant: significant ? date : undefined });
      else {
        known.oldest = date; // the log runs from newest to oldest
        if (significant && !known.significant) known.significant = date;
      }
    }
  }
  return dates;
}

/** Whether instant `a` (ISO 8601 with any offset) is before instant `b`. */
export const isBefore = (a: string, b: string) => Date.parse(a) < Date.parse(b);

/** The translation status of every entry in `contentDir` (inside a git repository; dates unknown otherwise). */
export function translationStatus(contentDir = 'content'): EntryStatus[] {
  const dates = lastCommitDates(contentDir);
  const rel = (p: string) => resolve(contentDir, p);
  return entryTypes.flatMap((type) => {
    const dir = join(contentDir, type);
    if (!existsSync(dir)) return [];
    return readdirSync(dir).map((slug) => {
      const file = (l: Locale) => ['mdx', 'md'].map((ext) => `${type}/${slug}/index.${l}.${ext}`).find((f) => existsSync(join(contentDir, f)));
      const source = file(defaultLocale);
      // A change to the Vietnamese text dates it, unless its commit said it needs no re-translation.
      const sourceDates = source ? dates.get(rel(source)) : undefined;
      const sourceDate = sourceDates?.significant ?? sourceDates?.oldest;
      const status = Object.fromEntries(
        locales.map((l) => {
          const f = file(l);
          if (!f) return [l, { state: 'missing' as const }];
          const date = dates.get(rel(f))?.any;
          if (l === defaultLocale) return [l, { state: date ? ('ok' as const) : ('unknown' as const), date }];
          const state: TranslationState = !date || !sourceDate ? 'unknown' : isBefore(date, sourceDate) ? 'outdated' : 'ok';
          return [l, { state, date }];
        }),
      ) as EntryStatus['locales'];
      return { type, slug, sourceDate, locales: status };
    });
  });
}
