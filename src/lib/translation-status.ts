/**
 * Translation status from git history: for each entry, whether each translation exists and whether
 * it was last changed before its Vietnamese source (then it may be out of date). Used by
 * `npm run i18n:status` and the editors' page. Without git history every date is unknown.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
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

/** The date (ISO) of the last commit that changed each file, from one `git log` over the content folder. */
function lastCommitDates(contentDir: string): Map<string, string> {
  const dates = new Map<string, string>();
  let log = '';
  try {
    log = execFileSync('git', ['log', '--format=@%cI', '--name-only', '--', contentDir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return dates; // no git, or not a repository: dates stay unknown
  }
  let current = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) current = line.slice(1);
    else if (line.trim() && !dates.has(line.trim())) dates.set(line.trim(), current);
  }
  return dates;
}

/** The translation status of every entry in `contentDir` (a path relative to the repository root). */
export function translationStatus(contentDir = 'content'): EntryStatus[] {
  const dates = lastCommitDates(contentDir);
  const rel = (p: string) => join(contentDir, p).replace(/^\.\//, '');
  return entryTypes.flatMap((type) => {
    const dir = join(contentDir, type);
    if (!existsSync(dir)) return [];
    return readdirSync(dir).map((slug) => {
      const file = (l: Locale) => ['mdx', 'md'].map((ext) => `${type}/${slug}/index.${l}.${ext}`).find((f) => existsSync(join(contentDir, f)));
      const source = file(defaultLocale);
      const sourceDate = source ? dates.get(rel(source)) : undefined;
      const status = Object.fromEntries(
        locales.map((l) => {
          const f = file(l);
          if (!f) return [l, { state: 'missing' as const }];
          const date = dates.get(rel(f));
          if (l === defaultLocale) return [l, { state: date ? ('ok' as const) : ('unknown' as const), date }];
          const state: TranslationState = !date || !sourceDate ? 'unknown' : date < sourceDate ? 'outdated' : 'ok';
          return [l, { state, date }];
        }),
      ) as EntryStatus['locales'];
      return { type, slug, sourceDate, locales: status };
    });
  });
}
