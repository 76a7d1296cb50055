// npm run bench — build at scale. For N = 100, 1,000 and 2,500 synthetic news entries per language
// (up to 10,000 extra pages), builds the site with the real content plus the synthetic entries, and a
// bare Astro project rendering the same MDX files, in the same run; prints build time, pages per
// second, peak memory (max RSS) and the ratio of the two build times. Text is sampled from the real
// news in each language.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { locales } from '../../src/i18n/locales.ts';

const root = join(import.meta.dirname, '../..');
const work = join(root, '.tmp/bench-build');
const sizes = (process.env.BENCH_SIZES ?? '100,1000,2500').split(',').map(Number);

// Sentences of the real news, per language, to sample from.
const sentences: Record<string, string[]> = {};
for (const l of locales) {
  sentences[l] = readdirSync(join(root, 'content/news')).flatMap((slug) =>
    readFileSync(join(root, 'content/news', slug, `index.${l}.mdx`), 'utf8')
      .replace(/^---[\s\S]*?---/, '')
      .split(/(?<=[.!?])\s+|\n+/)
      .map((s) => s.trim())
      .filter((s) => s.length > 20),
  );
}
let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = (list: string[]) => list[Math.floor(random() * list.length)];

/** Builds an Astro project in-process in a child Node (so its peak memory is its own); returns seconds and MiB. */
function timedBuild(projectRoot: string, env: Record<string, string>): { seconds: number; mib: number; pages: number } {
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const { build } = await import('astro'); await build({ root: ${JSON.stringify(projectRoot)}, logLevel: 'error', force: true }); console.log('RSS=' + process.resourceUsage().maxRSS);`,
    ],
    { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, maxBuffer: 256 * 1024 * 1024 },
  );
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`build failed in ${projectRoot}:\n${run.stderr.slice(-3000)}`);
  const rss = Number(/RSS=(\d+)/.exec(run.stdout)?.[1] ?? 0);
  const out = env.OUT_DIR ?? join(projectRoot, 'dist');
  const count = (dir: string): number =>
    readdirSync(dir).reduce((n, f) => n + (statSync(join(dir, f)).isDirectory() ? count(join(dir, f)) : f.endsWith('.html') ? 1 : 0), 0);
  return { seconds, mib: rss / 1024, pages: count(out) };
}

/** A minimal Astro project that renders every MDX file of a content folder, one page each. */
function bareProject(dir: string, contentDir: string) {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()], markdown: { syntaxHighlight: false } };\n`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { texts: defineCollection({ loader: glob({ base: ${JSON.stringify(contentDir)}, pattern: '**/*.mdx' }) }) };\n`,
  );
  writeFileSync(
    join(dir, 'src/pages/[...slug].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() { return (await getCollection('texts')).map((entry) => ({ params: { slug: entry.id }, props: { entry } })); }\nconst { Content } = await render(Astro.props.entry);\n---\n<html lang="vi"><head><meta charset="utf-8"><title>{Astro.props.entry.data.title}</title></head><body><main><h1>{Astro.props.entry.data.title}</h1><Content /></main></body></html>\n`,
  );
}

const rows: string[] = [];
for (const n of sizes) {
  const dir = join(work, String(n));
  rmSync(dir, { recursive: true, force: true });
  const content = join(dir, 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  for (let i = 0; i < n; i++) {
    const folder = join(content, 'news', `bench-${i}`);
    mkdirSync(folder, { recursive: true });
    const day = `20${16 + (i % 10)}-0${1 + (i % 9)}-1${i % 10}`;
    const facts = `partners: [xaysomboun]\nsources: [kh-xaysomboun-2022]\npublished: ${day}\n`;
    for (const l of locales) {
      const body = Array.from({ length: 6 }, () => pick(sentences[l])).join('\n\n');
      const text = `title: ${JSON.stringify(pick(sentences[l]).slice(0, 80))}\nsummary: ${JSON.stringify(pick(sentences[l]))}\n`;
      writeFileSync(join(folder, `index.${l}.mdx`), `---\n${text}${l === 'vi' ? facts : ''}---\n\n${body}\n`);
    }
  }
  const site = timedBuild(root, { CONTENT_DIR: content, OUT_DIR: join(dir, 'dist'), ASTRO_CACHE_DIR: join(dir, 'cache') });
  const bareDir = join(dir, 'bare');
  bareProject(bareDir, content);
  const bare = timedBuild(bareDir, {});
  rows.push(
    `| ${n} × 4 | ${site.pages} | ${site.seconds.toFixed(1)} s | ${(site.pages / site.seconds).toFixed(0)} | ${site.mib.toFixed(0)} MiB | ${bare.pages} | ${bare.seconds.toFixed(1)} s | ${bare.mib.toFixed(0)} MiB | ${(site.seconds / bare.seconds).toFixed(2)} |`,
  );
  console.log(rows.at(-1));
  rmSync(dir, { recursive: true, force: true });
}

console.log(`\nBuild benchmark — real content plus N synthetic news entries per language (astro build; search index not included)`);
console.log(`Machine: ${cpus().length} × ${cpus()[0].model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}\n`);
console.log('| extra news | site pages | site build | pages/s | site peak memory | bare pages | bare build | bare peak memory | site ÷ bare |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
