// npm run i18n:status — which translations are missing, or older than their Vietnamese source
// (from git history). Exits with 0; it informs, it does not judge.
import { locales } from '../src/i18n/locales.ts';
import { translationStatus } from '../src/lib/translation-status.ts';

const status = translationStatus(process.env.CONTENT_DIR ?? 'content');
const mark = { ok: '✓', missing: '✗ missing', outdated: '! older than vi', unknown: '? no history' } as const;
const rows = status.map((e) => [`${e.type}/${e.slug}`, ...locales.map((l) => mark[e.locales[l].state])]);
const widths = ['entry', ...locales].map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log(line(['entry', ...locales]));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line(r));
const count = (state: string) => status.reduce((n, e) => n + locales.filter((l) => e.locales[l].state === state).length, 0);
console.log(
  `\n${status.length} entries: ${count('missing')} translations missing, ${count('outdated')} older than their Vietnamese source, ${count('unknown')} without history.`,
);
