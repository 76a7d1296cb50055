// Publishing through the editor, end to end: in Chromium, the real editor configuration
// (public/admin/config.yml) creates a news item in Vietnamese and English linked to a partner, in the
// local-repository mode (tests/helpers/cms.ts); the files it writes are read back, the site is built
// from them, and the news page exists in vi and en with the right text, ko and lo fall back to the
// Vietnamese text with the notice, and the partner's page lists the item.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { planFile } from '../../src/schemas/entries';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWith, copyFixture, fixtureContent } from '../helpers/build';
import { editorRoot, filesFrom, openEditor, removeEditorRoot, type Editor, type RepoFiles } from '../helpers/cms';

const root = resolve(import.meta.dirname, '../..');
const shots = join(root, '.tmp/cms-shots/publish');
const seeded = filesFrom(fixtureContent, 'content');
const slug = 'alpha-cooperation-2026';
const plan = { title: 'Alpha plan', summary: 'A test plan.', area: 'Exchanges of delegations', task: 'Receive the delegation.' };
const text = {
  vi: {
    title: 'Tỉnh Bắc Giang và tỉnh Alpha trao đổi hợp tác',
    summary: 'Hai tỉnh trao đổi về hợp tác giáo dục.',
    body: 'Đoàn công tác của tỉnh Alpha làm việc tại Bắc Giang.',
  },
  en: {
    title: 'Bắc Giang and Alpha discuss cooperation',
    summary: 'The two provinces discuss cooperation in education.',
    body: 'A delegation of Alpha province worked in Bắc Giang.',
  },
};

let served: string;
let editor: Editor;
let written: RepoFiles;

beforeAll(async () => {
  served = editorRoot(readFileSync(join(root, 'public/admin/config.yml'), 'utf8'));
  editor = await openEditor({ root: served, files: seeded, shots });
});
afterAll(async () => {
  await editor?.close();
  if (served) removeEditorRoot(served);
});

describe('publishing a news item through the editor', () => {
  it('writes the Vietnamese file with the facts and the English file with text only', async () => {
    await editor.shot('collections');
    await editor.createEntry('news');
    await editor.shot('new-news-item');
    await editor.fill('vi', 'title', text.vi.title);
    await editor.fill('vi', 'summary', text.vi.summary);
    await editor.pickRelation('vi', 'partners', 'Tỉnh Alpha');
    await editor.pickRelation('vi', 'sources', 'Văn bản thử');
    await editor.fill('vi', 'published', '2026-11-20');
    await editor.fill('vi', 'body', text.vi.body);
    await editor.shot('vietnamese-filled');
    await editor.fill('en', 'title', text.en.title);
    await editor.fill('en', 'summary', text.en.summary);
    await editor.fill('en', 'body', text.en.body);
    await editor.shot('english-side-by-side');
    await editor.setSlug(slug);
    await editor.save();
    // The new item in the collection's list, then reopened from it.
    await editor.page.goto(editor.page.url().replace(/#.*$/, '#/collections/news'));
    const listed = editor.page.getByText(text.vi.title).filter({ visible: true }).first();
    await listed.waitFor();
    await editor.shot('saved-in-list');

    const files = await editor.readFiles();
    written = Object.fromEntries(Object.entries(files).filter(([path]) => !(path in seeded) && path !== '.git/HEAD'));
    expect(Object.keys(written).sort()).toEqual([`content/news/${slug}/index.en.mdx`, `content/news/${slug}/index.vi.mdx`]);
    const vi = written[`content/news/${slug}/index.vi.mdx`];
    const en = written[`content/news/${slug}/index.en.mdx`];
    expect(vi).toContain(`title: ${text.vi.title}`);
    expect(vi).toMatch(/partners:\n\s+- alpha\n/);
    expect(vi).toMatch(/sources:\n\s+- doc-1\n/);
    expect(vi).toMatch(/published: "?2026-11-20"?\n/);
    // Facts are written once: the translation holds only translated fields and the text.
    expect(en).not.toMatch(/partners|sources|published/);
    expect(en).toContain(text.en.body);
    for (const [path, t] of Object.entries(seeded)) expect(files[path], path).toBe(t);
    expect(editor.errors).toEqual([]);
  });

  it('translates a plan task table side by side: item texts editable, facts (agencies) only in Vietnamese', { timeout: 150_000 }, async () => {
    await editor.page.setViewportSize({ width: 1280, height: 2000 }); // the whole task table in view (fields render when visible)
    // Right after the previous save the editor may still be showing (or return to) the news item:
    // wait for the plan's own fields, opening the plan again if they do not come.
    const planFields = editor.page.locator('[data-mode="edit"] section[data-key-path^="areas"]');
    for (let i = 0; i < 3 && !(await planFields.first().isVisible()); i++) {
      await editor.openEntry('plans', 'alpha-plan/index');
      await planFields
        .first()
        .waitFor({ timeout: 20_000 })
        .catch(() => undefined);
    }
    await planFields.first().waitFor();
    const en = await editor.pane('en');
    const taskText = en.locator('section[data-key-path="areas.0.tasks.0.text"]');
    // Existing list items start collapsed: open the area, then its task.
    const closed = en.locator('section[data-key-path^="areas"] button[aria-label="Expand"]').filter({ visible: true });
    for (let i = 0; i < 6 && (await taskText.count()) === 0; i++) {
      await taskText.or(closed).first().waitFor();
      if ((await taskText.count()) > 0) break;
      // Open one section and wait until the editor has opened it (its button no longer says Expand).
      const button = (await closed.first().elementHandle())!;
      await button.click();
      await editor.page.waitForFunction((b) => !b.isConnected || b.getAttribute('aria-label') !== 'Expand', button);
    }
    await taskText.first().waitFor();
    // The copied ids are shown read-only; the agencies and timeframe are not part of a translation.
    expect(await en.locator('section[data-key-path="areas.0.tasks.0.id"] input').first().isEditable()).toBe(false);
    expect(await en.locator('section[data-key-path="areas.0.tasks.0.lead"]').count()).toBe(0);
    await editor.fill('en', 'title', plan.title);
    await editor.fill('en', 'summary', plan.summary);
    await editor.fill('en', 'areas.0.title', plan.area);
    await editor.fill('en', 'areas.0.tasks.0.text', plan.task);
    await editor.shot('plan-task-table-english');
    await editor.save();
    const files = await editor.readFiles();
    const file = 'content/plans/alpha-plan/index.en.mdx';
    // Only translated fields, the list items copied with their ids (checked against Vietnamese at build).
    const frontmatter = parseYaml(/^---\n([\s\S]*?)\n---/.exec(files[file])![1]);
    expect(frontmatter).toEqual({
      title: plan.title,
      summary: plan.summary,
      areas: [{ id: 'exchanges', title: plan.area, tasks: [{ id: '1.1', text: plan.task }] }],
    });
    written[file] = files[file];
    // The editor rewrites the Vietnamese file in its own YAML style (an unticked box as false …);
    // what the build reads from it is unchanged.
    const vi = 'content/plans/alpha-plan/index.vi.mdx';
    const read = (t: string) => planFile.parse(parseYaml(/^---\n([\s\S]*?)\n---/.exec(t)![1]));
    expect(read(files[vi])).toEqual(read(seeded[vi]));
    written[vi] = files[vi];
    expect(editor.errors).toEqual([]);
  });

  it('builds into a news page in vi and en, a fallback with the notice in ko and lo, and a link on the partner page', () => {
    expect(written, 'the editor step above must pass first').toBeDefined();
    const content = copyFixture('cms-publish');
    for (const [path, t] of Object.entries(written)) {
      const file = join(content, path.replace(/^content\//, ''));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, t);
    }
    const built = buildWith(content);
    expect(built.output).toMatch(/page\(s\) built/);
    expect(built.code).toBe(0);
    const html = (path: string) => readFileSync(join(content, '..', 'dist', path, 'index.html'), 'utf8');
    for (const locale of ['vi', 'en'] as const) {
      const page = html(`${locale}/news/${slug}`);
      expect(page).toContain(`<h1>${text[locale].title}</h1>`);
      expect(page).toContain(text[locale].body);
      expect(page).not.toContain('data-fallback-notice');
    }
    for (const locale of ['ko', 'lo']) {
      const page = html(`${locale}/news/${slug}`);
      expect(page).toContain(`<h1>${text.vi.title}</h1>`);
      expect(page).toMatch(new RegExp(`data-fallback-notice[^>]*lang="${locale}"|lang="${locale}"[^>]*data-fallback-notice`));
    }
    for (const locale of ['vi', 'en']) expect(html(`${locale}/partners/alpha`)).toContain(`/${locale}/news/${slug}/`);
    // The plan's English task table, from the translation the editor wrote.
    const planPage = html('en/plans/alpha-plan');
    expect(planPage).toContain(plan.area);
    expect(planPage).toContain(plan.task);
    expect(planPage).not.toContain('data-fallback-notice');
  });
});
