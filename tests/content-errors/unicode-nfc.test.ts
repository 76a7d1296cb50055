// Text written in decomposed Unicode (NFD: some keyboards, copy-paste from PDFs) is published in NFC:
// pages, feeds, open data and the search index all hold composed text, so search and highlighting work.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { buildWith, copyFixture } from '../helpers/build';

const root = resolve(import.meta.dirname, '../..');
const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));

it('publishes NFD content (frontmatter, body, glossary, sources) as NFC everywhere', () => {
  const content = copyFixture('nfd');
  for (const file of walk(content)) writeFileSync(file, readFileSync(file, 'utf8').normalize('NFD'));
  expect(readFileSync(join(content, 'partners/alpha/index.vi.mdx'), 'utf8')).not.toBe(
    readFileSync(join(content, 'partners/alpha/index.vi.mdx'), 'utf8').normalize('NFC'),
  );

  const { code, output } = buildWith(content);
  expect(code, output).toBe(0);
  const dist = join(content, '../dist');
  const index = spawnSync(process.execPath, ['scripts/build-search-index.ts'], { cwd: root, encoding: 'utf8', env: { ...process.env, OUT_DIR: dist } });
  expect(index.status, index.stderr).toBe(0);

  const partner = readFileSync(join(dist, 'vi/partners/alpha/index.html'), 'utf8');
  expect(partner).toContain('Tỉnh Alpha'); // title (frontmatter), composed
  expect(partner).toContain('Nội dung.'); // body
  expect(partner).toContain('tỉnh Thử'); // glossary
  const notNfc = walk(dist)
    .filter((f) => /\.(html|xml|ics|json|csv|txt)$/.test(f))
    .filter((f) => {
      const t = readFileSync(f, 'utf8');
      return t !== t.normalize('NFC');
    })
    .map((f) => f.slice(dist.length));
  expect(notNfc).toEqual([]);

  // Pagefind's fragments (gzip, "pagefind_dcd" header) hold the text the search shows and highlights.
  const fragments = walk(join(dist, 'pagefind')).filter((f) => f.endsWith('.pf_fragment'));
  expect(fragments.length).toBeGreaterThan(0);
  const records = fragments.map((f) =>
    JSON.parse(
      gunzipSync(readFileSync(f))
        .toString('utf8')
        .replace(/^pagefind_dcd/, ''),
    ),
  );
  // What readers see (titles, dates) is NFC; the indexed text holds no combining marks (ệ is one
  // character, not e + two marks). The indexer's own folded aliases may spell Hangul in jamo.
  const meta = records.map((r) => JSON.stringify(r.meta));
  expect(meta.filter((t) => t !== t.normalize('NFC'))).toEqual([]);
  expect(records.map((r) => r.content).filter((t: string) => /[\u0300-\u036f]/.test(t))).toEqual([]);
  expect(meta.join('\n')).toContain('Tỉnh Alpha');
  expect(records.map((r) => r.content).join('\n')).toContain('Nội dung.');
});
