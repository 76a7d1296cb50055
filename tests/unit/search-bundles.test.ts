// The search index is built one language per Pagefind process; mergeBundles joins their bundles into
// the one the site serves. Real bundles, each written by Pagefind's CLI for one language, are merged
// (the browser tests search the site's merged bundle); bundles that cannot be merged stop the build with a message naming the difference.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mergeBundles, pagefindCli, type PagefindEntry } from '../../scripts/build-search-index';

const work = mkdtempSync(join(tmpdir(), 'search-bundles-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A one-page site in `lang`, indexed by Pagefind's CLI into its own bundle; returns the bundle's folder. */
function bundle(name: string, lang: string, text: string, extra: string[] = []): string {
  const site = join(work, name, 'site');
  mkdirSync(join(site, lang, 'page'), { recursive: true });
  writeFileSync(
    join(site, lang, 'page', 'index.html'),
    `<!doctype html><html lang="${lang}"><body><main data-pagefind-body><h1>${text}</h1><p>${text}</p></main></body></html>`,
  );
  const out = join(work, name, 'bundle');
  execFileSync(process.execPath, [pagefindCli, '--site', site, '--output-path', out, '--quiet', ...extra], { cwd: site });
  return out;
}

const entryOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;

describe('mergeBundles', () => {
  it("joins the languages of several bundles into one bundle that lists and holds every language's index", async () => {
    const vi = bundle('vi', 'vi', 'Hợp tác quốc tế');
    const lo = bundle('lo', 'lo', 'ການຮ່ວມມື');
    const viFiles = readdirSync(join(vi, 'fragment'));
    const output = join(work, 'merged');
    mkdirSync(output, { recursive: true });
    writeFileSync(join(output, 'stale.pf_meta'), 'left by an earlier build');

    const entry = await mergeBundles([lo, vi], output);

    expect(Object.keys(entry.languages)).toEqual(['lo', 'vi']);
    expect(entryOf(output)).toEqual(entry);
    expect(entry.languages.vi.page_count).toBe(1);
    // Each language's own files, the shared scripts once, and nothing of the earlier build.
    for (const file of viFiles) expect(existsSync(join(output, 'fragment', file))).toBe(true);
    expect(readdirSync(join(output, 'fragment'))).toHaveLength(2);
    expect(existsSync(join(output, 'pagefind.js'))).toBe(true);
    expect(existsSync(join(output, 'stale.pf_meta'))).toBe(false);
    // Each language's index, as the entry names it, is in the merged bundle (the browser tests search it).
    for (const [lang, { hash }] of Object.entries(entry.languages)) expect(existsSync(join(output, `pagefind.${hash}.pf_meta`)), lang).toBe(true);
  });

  it('refuses bundles built with different word characters, naming both', async () => {
    const plain = bundle('plain', 'vi', 'Hợp tác');
    const marked = bundle('marked', 'lo', 'ການ', ['--include-characters', '່້']);
    await expect(mergeBundles([plain, marked], join(work, 'out-chars'))).rejects.toThrow(/Pagefind bundles disagree: .*marked.*word characters ".*່້".*plain/);
  });

  it('refuses bundles from different Pagefind versions', async () => {
    const a = bundle('va', 'vi', 'Hợp tác');
    const b = bundle('vb', 'en', 'Cooperation');
    writeFileSync(join(b, 'pagefind-entry.json'), JSON.stringify({ ...entryOf(b), version: '1.5.2' }));
    await expect(mergeBundles([a, b], join(work, 'out-version'))).rejects.toThrow(/has version 1\.5\.2 .* 1\.6/);
  });

  it('refuses two bundles of the same language', async () => {
    const a = bundle('twice-a', 'vi', 'Hợp tác');
    const b = bundle('twice-b', 'vi', 'Quốc tế');
    await expect(mergeBundles([a, b], join(work, 'out-twice'))).rejects.toThrow(/Two Pagefind bundles hold the language vi/);
  });

  it('refuses to merge nothing', async () => {
    await expect(mergeBundles([], join(work, 'out-none'))).rejects.toThrow(/No Pagefind bundle to merge/);
  });
});
