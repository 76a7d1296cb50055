// The editor harness (tests/helpers/cms.ts) on a toy configuration: a news item created in
// Vietnamese and English, linked to a partner, is written as exactly the expected files.
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { editorRoot, filesFrom, openEditor, removeEditorRoot, type Editor } from '../helpers/cms';

const fixture = resolve(import.meta.dirname, '../fixtures/cms');
const shots = resolve(import.meta.dirname, '../../.tmp/cms-shots/harness');
let served: string;
let editor: Editor;
const seeded = filesFrom(join(fixture, 'content'), 'content');

beforeAll(async () => {
  served = editorRoot(readFileSync(join(fixture, 'config.yml'), 'utf8'));
  editor = await openEditor({ root: served, files: seeded, shots });
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
});
