// Global setup of the "fifth-locale" test project: the proof that adding a language is one row of the
// locale table + one UI JSON + content. The project is copied to .tmp/fifth-locale/project (its own
// code, unchanged), Thai is added exactly as the docs tell an editor (docs/languages.md): the row in
// tests/fixtures/fifth-locale/row.ts.txt appended to src/i18n/locales.ts, a partial Thai UI file, and
// Thai content over the test fixture content (glossary names, two entries translated). Then the copy is
// built as the site is (astro build, then the search index) and its editor config regenerated.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const fixture = join(root, 'tests/fixtures/fifth-locale');
/** The copy of the project with Thai added; its build is in dist/, its build log in build.log. */
export const fifthProject = join(root, '.tmp/fifth-locale/project');

/** Runs a command of the copied project; throws with its output when it fails. */
function run(args: string[], env: Record<string, string> = {}): string {
  const r = spawnSync(process.execPath, args, {
    cwd: fifthProject,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: './content',
      OUT_DIR: './dist',
      ASTRO_CACHE_DIR: './.astro-cache',
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ...env,
    },
  });
  const output = `${r.stdout}\n${r.stderr}`;
  if (r.status !== 0) throw new Error(`fifth-locale: ${args.join(' ')} failed:\n${output}`);
  return output;
}

export default function setup() {
  rmSync(join(root, '.tmp/fifth-locale'), { recursive: true, force: true });
  mkdirSync(fifthProject, { recursive: true });
  const skip = new Set(['node_modules', '.git', '.tmp', 'dist', 'content', '.astro']);
  for (const name of readdirSync(root).filter((n) => !skip.has(n))) cpSync(join(root, name), join(fifthProject, name), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(fifthProject, 'node_modules'), 'dir');
  cpSync(join(root, 'tests/fixtures/content'), join(fifthProject, 'content'), { recursive: true });

  // 1. One row in the locale table.
  const table = join(fifthProject, 'src/i18n/locales.ts');
  const source = readFileSync(table, 'utf8');
  const end = '} as const satisfies Record<string, LocaleRow>;';
  if (!source.includes(end)) throw new Error(`fifth-locale: the locale table's end (${end}) is not in src/i18n/locales.ts`);
  writeFileSync(table, source.replace(end, readFileSync(join(fixture, 'row.ts.txt'), 'utf8') + end));
  // 2. One UI JSON. 3. Content.
  cpSync(join(fixture, 'ui/th.json'), join(fifthProject, 'src/i18n/ui/th.json'));
  cpSync(join(fixture, 'content'), join(fifthProject, 'content'), { recursive: true });

  // Built as `npm run build` does (the staff editor aside: it is its own bundle, its config is checked below).
  const log = run(['node_modules/astro/bin/astro.mjs', 'build', '--force'], { BUILD_EDITOR: '0' }) + run(['scripts/build-search-index.ts']);
  // eslint-disable-next-line no-control-regex -- colour codes, if a tool ignores NO_COLOR
  writeFileSync(join(fifthProject, 'build.log'), log.replace(/\x1b\[[0-9;]*m/g, ''));
  run(['scripts/make-cms-config.ts']);
}
