// Runs a real `astro build` of a content tree in its own folders, as an editor's commit would.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');
export const fixtureContent = join(root, 'tests/fixtures/content');

/** Copies the valid fixture content to a fresh folder for one test to break. */
export function copyFixture(name: string): string {
  const dir = join(root, '.tmp/content-errors', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(fixtureContent, join(dir, 'content'), { recursive: true });
  return join(dir, 'content');
}

/** Builds the site from `contentDir`; returns the exit code and everything printed, colours removed. */
export function buildWith(contentDir: string): { code: number | null; output: string } {
  const work = resolve(contentDir, '..');
  const r = spawnSync(process.execPath, [astroBin, 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      OUT_DIR: join(work, 'dist'),
      ASTRO_CACHE_DIR: join(work, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      // The staff editor (dist/admin/) is built by the site's own build; fixtures do not need it.
      BUILD_EDITOR: '0',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
  });
  // eslint-disable-next-line no-control-regex
  return { code: r.status, output: `${r.stdout}\n${r.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}
