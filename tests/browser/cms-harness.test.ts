// The editor harness (tests/helpers/cms.ts) on a toy configuration, served with the build's
// _headers (the editor's own CSP) and with every other origin unreachable (offline), in the
// Vietnamese UI staff use: a news item created in Vietnamese and English, linked to a partner, is
// written as exactly the expected files; the site's "edit this page" route opens it again.
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { editorRoot, filesFrom, openEditor, removeEditorRoot, type Editor } from '../helpers/cms';
import { editUrl } from '../../src/lib/urls';

const fixture = resolve(import.meta.dirname, '../fixtures/cms');
const shots = resolve(import.meta.dirname, '../../.tmp/cms-shots/harness');
let served: string;
let editor: Editor;
const seeded = filesFrom(join(fixture, 'content'), 'content');

beforeAll(async () => {
  served = editorRoot(readFileSync(join(fixture, 'config.yml'), 'utf8'));
  editor = await openEditor({ root: served, files: seeded, shots, locale: 'vi-VN' });
});
afterAll(async () => {
  await editor?.close();
  if (served) removeEditorRoot(served);
});

describe('editor harness (local repository in OPFS)', () => {
  it('creates a news item in two languages, linked to a partner, and writes exactly its files', async () => {
    await editor.shot('collections');
    await editor.createEntry('news');
    await editor.shot('new-entry');
    await editor.fill('vi', 'title', 'Đoàn công tác thăm tỉnh Xaysomboun');
    await editor.fill('vi', 'published', '2024-03-05');
    await editor.pickRelation('vi', 'partners', 'Tỉnh Xaysomboun');
    await editor.fill('vi', 'body', 'Nội dung bằng tiếng Việt.');
    await editor.shot('vietnamese-filled');
    await editor.fill('en', 'title', 'Delegation visits Xaysomboun');
    await editor.fill('en', 'body', 'Text in English.');
    await editor.shot('english-side-by-side');
    await editor.setSlug('delegation-xaysomboun');
    await editor.save();
    await editor.shot('saved');

    const files = await editor.readFiles();
    const written = Object.fromEntries(Object.entries(files).filter(([path]) => !(path in seeded) && path !== '.git/HEAD'));
    expect(written).toEqual({
      'content/news/delegation-xaysomboun/index.vi.mdx':
        '---\ntitle: Đoàn công tác thăm tỉnh Xaysomboun\npublished: 2024-03-05\npartners:\n  - xaysomboun\n---\n\nNội dung bằng tiếng Việt.\n',
      'content/news/delegation-xaysomboun/index.en.mdx': '---\ntitle: Delegation visits Xaysomboun\n---\n\nText in English.\n',
    });
    // The seeded repository is untouched.
    for (const [path, text] of Object.entries(seeded)) expect(files[path]).toBe(text);
    expect(editor.errors).toEqual([]);
  });

  it("opens an entry in a language from the site's edit link", async () => {
    expect(Object.keys(await editor.readFiles())).toContain('content/news/delegation-xaysomboun/index.en.mdx');
    // A fresh load, as when a reader follows the link from the site (the editor signs in again by itself).
    await editor.page.goto('about:blank');
    await editor.page.goto(editor.url + editUrl('news', 'delegation-xaysomboun', 'en'));
    const english = editor.page.locator('[data-locale="en"][data-mode="edit"] section[data-key-path="title"] input');
    await expect.poll(() => english.inputValue(), { timeout: 20_000 }).toBe('Delegation visits Xaysomboun');
    await editor.shot('opened-from-edit-link');
  });

  it('loads everything from its own origin; what it tries elsewhere is refused and not needed', () => {
    const origin = new URL(editor.url).origin;
    const elsewhere = editor.requests.filter((r) => /^https?:/.test(r.url) && new URL(r.url).origin !== origin);
    // The CSP (public/_headers) refuses these before any request is made (docs/cms.md): the CSS
    // fallbacks of the fonts it loads from its own bundle, and GitHub's status page.
    const refusedHosts = [...new Set(editor.refused.filter((r) => /^https?:/.test(r.url)).map((r) => new URL(r.url).host))].sort();
    expect(elsewhere.map((r) => r.url)).toEqual([]);
    expect(refusedHosts.every((h) => ['cdn.jsdelivr.net', 'www.githubstatus.com'].includes(h))).toBe(true);
    // Its fonts and UI strings come from its own bundle.
    expect(editor.requests.some((r) => /\/admin\/assets\/material-symbols-outlined[^/]*\.woff2$/.test(r.url))).toBe(true);
    expect(editor.requests.some((r) => /\/admin\/assets\/vi-[^/]*\.js$/.test(r.url))).toBe(true);
  });
});
