// Global setup of the "site-untranslated" test project: the real content with some translations
// removed (as when an editor has published the Vietnamese text only), built into its own folder, so
// that the fallback branches of the site tests run on real output. The real site is fully translated.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
export const untranslatedWork = join(root, '.tmp/untranslated');

/** Which translations to remove: the first entry of each type loses these locales. */
const removed: Record<string, string[]> = {
  partners: ['ko', 'lo'],
  agreements: ['en'],
  plans: ['lo'],
  events: ['en', 'ko', 'lo'],
  news: ['ko'],
  standalone: ['lo'],
};

/** The text files of `locale` in an entry folder, whatever the layout (ko.mdx, index.ko.mdx …). */
const textFiles = (folder: string, locale: string) =>
  readdirSync(folder)
    .filter((f) => /\.mdx?$/.test(f) && f.split('.').slice(0, -1).includes(locale))
    .map((f) => join(folder, f));

export default function setup() {
  const content = join(untranslatedWork, 'content');
  rmSync(untranslatedWork, { recursive: true, force: true });
  mkdirSync(untranslatedWork, { recursive: true });
  cpSync(join(root, 'content'), content, { recursive: true });
  for (const [type, locales] of Object.entries(removed)) {
    const first = readdirSync(join(content, type))
      .filter((n) => statSync(join(content, type, n)).isDirectory())
      .sort()[0];
    for (const locale of locales) {
      const files = textFiles(join(content, type, first), locale);
      if (files.length === 0) throw new Error(`untranslated build: ${type}/${first} has no ${locale} text to remove`);
      for (const f of files) rmSync(f);
    }
  }
  // With the editor (no BUILD_EDITOR=0): entry pages link to it, and the link checks run here too.
  const r = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: content,
      OUT_DIR: join(untranslatedWork, 'dist'),
      ASTRO_CACHE_DIR: join(untranslatedWork, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  if (r.status !== 0) throw new Error(`untranslated build failed:\n${r.stdout}\n${r.stderr}`);
}
