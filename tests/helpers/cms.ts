// Drives the staff editor (Sveltia CMS at /admin/) in Debian's Chromium, in its local-repository
// mode: the directory picker is replaced by one that returns a folder of the browser's
// origin-private file system (OPFS), seeded with the given repository files, so that every file
// the editor writes can be read back. See docs/cms.md.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { serve } from './static-server.ts';

const root = resolve(import.meta.dirname, '../..');
/** The OPFS folder that stands for the repository the editor works on. */
const repoFolder = 'repo';

/**
 * Script errors of the editor itself that are known and harmless, kept apart from `errors`:
 * Sveltia CMS 0.221.1's locale switcher reads the validation state of a language that is not
 * enabled while it closes a saved entry (`Object.values(undefined)`); the files are already written.
 */
export const knownEditorErrors: RegExp[] = [/^script error: Cannot convert undefined or null to object$/];

/** Repository files: path relative to the repository root → text. */
export type RepoFiles = Record<string, string>;

/**
 * Makes a served folder holding the built editor (`<built>/admin/`, linked, not copied) with
 * `config` as its admin/config.yml, plus the build's _headers; returns its path. `built` defaults
 * to the site build (dist/, or OUT_DIR).
 */
export function editorRoot(config: string, built = resolve(root, process.env.OUT_DIR ?? 'dist')): string {
  const admin = join(built, 'admin');
  if (!existsSync(join(admin, 'index.html'))) throw new Error(`No built editor in ${admin}: run "npm run build" first (npm test does).`);
  mkdirSync(join(root, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(root, '.tmp/cms-root-'));
  mkdirSync(join(dir, 'admin'));
  for (const name of readdirSync(admin)) if (name !== 'config.yml') symlinkSync(join(admin, name), join(dir, 'admin', name));
  writeFileSync(join(dir, 'admin/config.yml'), config);
  if (existsSync(join(built, '_headers'))) cpSync(join(built, '_headers'), join(dir, '_headers'));
  return dir;
}

/** Reads every file under `dir` (recursively) as repository files placed under `prefix`. */
export function filesFrom(dir: string, prefix = ''): RepoFiles {
  const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  return Object.fromEntries(walk(dir).map((f) => [join(prefix, relative(dir, f)).replace(/\\/g, '/'), readFileSync(f, 'utf8')]));
}

/** How to open the editor. */
export interface OpenEditorOptions {
  /** Served folder holding admin/ (dist/ or one made by editorRoot). */
  root: string;
  /** The repository as the editor finds it; `.git/HEAD` is added when missing (local mode needs `.git`). */
  files: RepoFiles;
  /** Folder for step screenshots (default .tmp/cms-shots). */
  shots?: string;
  /** Browser UI language, which is also the editor's UI language (default en-US). */
  locale?: string;
  viewport?: { width: number; height: number };
  /** Let requests to other origins through instead of failing them (default: fail them, as offline). */
  allowOtherOrigins?: boolean;
}

/** A request the editor made: URL and whether the harness failed it (other origin). */
export interface EditorRequest {
  url: string;
  blocked: boolean;
}

/** The editor open in Chromium on a seeded repository, with helpers for each step an editor takes. */
export interface Editor {
  page: Page;
  /** Origin the editor is served from (http://127.0.0.1:<port>). */
  url: string;
  /** Every request made since the editor was opened, in order. */
  requests: EditorRequest[];
  /** Uncaught script errors in the page (but knownEditorErrors). */
  errors: string[];
  /** What the Content-Security-Policy refused (never requested): directive and URL. */
  refused: { directive: string; url: string }[];
  /** The errors that matched knownEditorErrors. */
  knownErrors: string[];
  /** Saves a screenshot `<nn>-<name>.png` in the shots folder; returns its path. */
  shot(name: string): Promise<string>;
  /** Opens the "new entry" form of a collection. */
  createEntry(collection: string): Promise<void>;
  /** Opens an existing entry (its path in the collection without locale and extension, e.g. `hello/index`). */
  openEntry(collection: string, subPath: string, locale?: string): Promise<void>;
  /** The edit pane of a locale, shown side by side with the first pane and enabled when needed. */
  pane(locale: string): Promise<Locator>;
  /** Types `value` into a field (string, text, number, date, markdown) of a locale's pane; `field` is the key path. */
  fill(locale: string, field: string, value: string): Promise<void>;
  /** Picks the entry labelled `label` in a relation field of a locale's pane. */
  pickRelation(locale: string, field: string, label: string): Promise<void>;
  /** Sets the entry's slug (sidebar "Slug" panel). */
  setSlug(slug: string): Promise<void>;
  /** Saves the entry and waits until the editor reports it saved. */
  save(): Promise<void>;
  /** Every file of the repository folder as it is now (OPFS), path → text. */
  readFiles(): Promise<RepoFiles>;
  close(): Promise<void>;
}

/**
 * Serves `root`, seeds the OPFS repository with `files`, opens /admin/ with the directory picker
 * answering with that folder, and clicks "Work with Local Repository" (the editor only offers it on
 * localhost or 127.0.0.1, which is where the server listens). Requests to other origins fail, as
 * offline, unless `allowOtherOrigins`; all are recorded.
 */
export async function openEditor(options: OpenEditorOptions): Promise<Editor> {
  const shots = options.shots ?? join(root, '.tmp/cms-shots');
  mkdirSync(shots, { recursive: true });
  const server = await serve(options.root, { headers: existsSync(join(options.root, '_headers')) });
  const origin = new URL(server.url).origin;
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const context: BrowserContext = await browser.newContext({
      viewport: options.viewport ?? { width: 1280, height: 900 },
      locale: options.locale ?? 'en-US',
    });
    const requests: EditorRequest[] = [];
    const errors: string[] = [];
    const knownErrors: string[] = [];
    const refused: Editor['refused'] = [];
    const report = (error: string) => (knownEditorErrors.some((k) => k.test(error)) ? knownErrors : errors).push(error);
    await context.route('**/*', (route) => {
      const url = route.request().url();
      const blocked = !options.allowOtherOrigins && /^https?:/.test(url) && new URL(url).origin !== origin;
      requests.push({ url, blocked });
      return blocked ? route.abort('internetdisconnected') : route.continue();
    });
    await context.addInitScript((folder) => {
      // The File System Access API's picker, answered with a folder of the origin-private file system.
      Object.defineProperty(window, 'showDirectoryPicker', {
        value: async () => (await navigator.storage.getDirectory()).getDirectoryHandle(folder, { create: true }),
      });
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.effectiveDirective} ${e.blockedURI}`));
    }, repoFolder);
    const page = await context.newPage();
    page.on('pageerror', (e) => report(`script error: ${e.message}`));
    page.on('console', (m) => {
      const csp = m.text().match(/^CSP violation: (\S+) (.*)$/);
      if (csp) refused.push({ directive: csp[1], url: csp[2] });
    });

    // Seed the repository from a page of the same origin (OPFS is per origin).
    await page.goto(`${server.url}/admin/config.yml`);
    const files = { '.git/HEAD': 'ref: refs/heads/main\n', ...options.files };
    await page.evaluate(
      async ({ folder, files }) => {
        const opfs = await navigator.storage.getDirectory();
        await opfs.removeEntry(folder, { recursive: true }).catch(() => {});
        const repo = await opfs.getDirectoryHandle(folder, { create: true });
        for (const [path, text] of Object.entries(files)) {
          const parts = path.split('/');
          let dir = repo;
          for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
          const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
          await writable.write(text);
          await writable.close();
        }
      },
      { folder: repoFolder, files },
    );
    requests.length = 0;

    let step = 0;
    const editorPane = (locale: string) => page.locator(`[data-locale="${locale}"][data-mode="edit"]`);
    const editor: Editor = {
      page,
      url: server.url,
      requests,
      errors,
      knownErrors,
      refused,
      async shot(name) {
        const file = join(shots, `${String(++step).padStart(2, '0')}-${name}.png`);
        await page.screenshot({ path: file });
        return file;
      },
      async createEntry(collection) {
        await page.goto(`${server.url}/admin/#/collections/${collection}/new`);
        await editorPane(await firstLocale())
          .first()
          .waitFor();
      },
      async openEntry(collection, subPath, locale) {
        await page.goto(`${server.url}/admin/#/collections/${collection}/entries/${subPath}${locale ? `?_locale=${locale}` : ''}`);
        await page.locator('[data-mode="edit"]').first().waitFor();
      },
      async pane(locale) {
        const pane = editorPane(locale);
        if ((await pane.count()) === 0) {
          // Show the locale in the second pane, beside the first (side-by-side editing).
          await page.locator(`#second-pane-header [role="radio"][value="${locale}"]`).click();
          await pane.first().waitFor();
        }
        // A language not yet written is shown disabled, with a button to enable (start) it.
        const enable = pane.first().locator('[role="alert"] + button');
        if ((await enable.count()) > 0) {
          await enable.click();
          await pane.first().locator('section[data-key-path]').first().waitFor();
        }
        return pane.first();
      },
      async fill(locale, field, value) {
        const section = (await editor.pane(locale)).locator(`section[data-key-path="${field}"]`);
        const type = await section.getAttribute('data-field-type');
        if (type === 'markdown' || type === 'richtext') {
          const box = section.locator('[contenteditable="true"]').first();
          await box.click();
          await box.pressSequentially(value);
        } else if (type === 'datetime') {
          await section.locator('input').first().fill(value);
        } else {
          await section.locator('input:not([type="checkbox"]), textarea').first().fill(value);
        }
      },
      async pickRelation(locale, field, label) {
        const section = (await editor.pane(locale)).locator(`section[data-key-path="${field}"]`);
        // Few options: a checkbox per entry, labelled by it. Many: a combobox to search in.
        const checkbox = section.getByRole('checkbox', { name: label, exact: true });
        const combobox = section.getByRole('combobox');
        if ((await checkbox.count()) > 0) {
          if ((await checkbox.getAttribute('aria-checked')) !== 'true') await checkbox.click();
        } else if ((await combobox.count()) > 0) {
          await combobox.first().click();
          await page.getByRole('option', { name: label, exact: true }).click();
        } else {
          throw new Error(`relation field "${field}" (${locale}) offers no entry labelled "${label}"`);
        }
      },
      async setSlug(slug) {
        await page.locator('#entry-sidebar-content input[type="text"]').first().fill(slug);
      },
      async save() {
        const before = page.url();
        await page.locator('button[aria-keyshortcuts="Ctrl+S"]').click();
        await page
          .waitForFunction((b) => location.href !== b && !location.hash.endsWith('/new'), before, { timeout: 30_000 })
          .catch(async () => {
            await page.screenshot({ path: join(shots, 'save-failed.png') });
            const problems = await page
              .locator('[aria-invalid="true"]')
              .evaluateAll((els) => els.map((e) => e.closest('section')?.getAttribute('aria-label') ?? e.outerHTML.slice(0, 80)));
            throw new Error(`the editor did not save the entry; invalid fields: ${problems.join(', ') || 'none shown'}`);
          });
      },
      async readFiles() {
        return page.evaluate(async (folder) => {
          const out: Record<string, string> = {};
          const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
            for await (const [name, handle] of dir.entries()) {
              if (handle instanceof FileSystemDirectoryHandle) await walk(handle, `${prefix}${name}/`);
              else out[`${prefix}${name}`] = await (await (handle as FileSystemFileHandle).getFile()).text();
            }
          };
          await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle(folder), '');
          return out;
        }, repoFolder);
      },
      async close() {
        await browser?.close();
        await server.close();
      },
    };

    async function firstLocale(): Promise<string> {
      const first = page.locator('[data-mode="edit"][data-locale]').first();
      await first.waitFor();
      return (await first.getAttribute('data-locale'))!;
    }

    await page.goto(`${server.url}/admin/`);
    await page.getByRole('button', { name: signInLabel(options.locale ?? 'en-US'), exact: true }).click();
    await page
      .getByRole('tree', { name: /collection/i })
      .or(page.locator('[role="tree"]'))
      .first()
      .waitFor();
    return editor;
  } catch (e) {
    await browser?.close();
    await server.close();
    throw e;
  }
}

/** The editor's "Work with Local Repository" button text in a UI language, from the package's own strings. */
function signInLabel(locale: string): string {
  const dir = join(root, 'node_modules/@sveltia/cms/locales');
  const file = [`${locale}.json`, `${locale.split('-')[0]}.json`, 'en-US.json'].find((f) => existsSync(join(dir, f)))!;
  return JSON.parse(readFileSync(join(dir, file), 'utf8')).work_with_local_repo;
}

/** Removes a folder made by editorRoot. */
export function removeEditorRoot(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
