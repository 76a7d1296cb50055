// The project builds from a folder whose path has spaces and Vietnamese letters, as staff folders
// often do ("Tài liệu"): no file path may come from a percent-encoded URL.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { fixtureContent } from '../helpers/build';

const root = resolve(import.meta.dirname, '../..');
const base = mkdtempSync(join(tmpdir(), 'bg-folder-'));
const project = join(base, 'Tài liệu dự án', 'Hợp tác quốc tế (2026)');
afterAll(() => rmSync(base, { recursive: true, force: true }));

it('builds the site and its search index from "…/Tài liệu dự án/Hợp tác quốc tế (2026)/"', () => {
  mkdirSync(project, { recursive: true });
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts'])
    cpSync(join(root, name), join(project, name), { recursive: true });
  cpSync(fixtureContent, join(project, 'content'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
  // The project's own content/, dist/ and cache, as in a real checkout.
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
  for (const key of ['CONTENT_DIR', 'OUT_DIR', 'ASTRO_CACHE_DIR']) delete env[key];
  const run = (args: string[]) => spawnSync(process.execPath, args, { cwd: project, encoding: 'utf8', env });

  const build = run([join(project, 'node_modules/astro/bin/astro.mjs'), 'build']);
  expect(`${build.stdout}\n${build.stderr}`).toMatch(/page\(s\) built/);
  expect(build.status).toBe(0);
  const partner = readFileSync(join(project, 'dist/vi/partners/alpha/index.html'), 'utf8');
  // The glossary (read by the project's own YAML loader) resolved: the Vietnamese party is named.
  expect(partner).toContain('tỉnh Thử');
  // The staff editor is built into the same folder.
  expect(existsSync(join(project, 'dist/admin/index.html'))).toBe(true);

  const index = run(['scripts/build-search-index.ts']);
  expect(index.status, index.stderr).toBe(0);
  expect(existsSync(join(project, 'dist/pagefind/pagefind.js'))).toBe(true);
});
