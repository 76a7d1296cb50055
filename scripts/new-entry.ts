// npm run new -- <type> <slug>
// Creates content/<type>/<slug>/ with index.vi.mdx (the facts, once, and the Vietnamese text) and
// index.en.mdx, index.ko.mdx, index.lo.mdx (translated text only), from the templates in
// scripts/templates/, every required field present and explained in plain language. Text still
// marked ⟪…⟫ stops the build until it is written, so an unfinished entry can never go live.
// The same files are what the editor at /admin/ (Sveltia CMS) writes.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLocale, locales } from '../src/i18n/locales.ts';
import { entryTypes } from '../src/lib/entry-types.ts';
import { slugPattern } from '../src/schemas/common.ts';

const [type, slug] = process.argv.slice(2);
const contentDir = process.env.CONTENT_DIR ?? 'content';
const fail = (message: string): never => {
  console.error(
    `\n  ✗ ${message}\n\n  Usage: npm run new -- <type> <slug>\n  Types: ${entryTypes.join(', ')}\n  Example: npm run new -- news bac-giang-visits-xaysomboun-2026\n`,
  );
  process.exit(1);
};

if (!type || !slug) fail('Give the type of entry and its slug (the last part of its web address).');
if (!(entryTypes as readonly string[]).includes(type)) fail(`"${type}" is not a type of entry.`);
if (!slugPattern.test(slug)) fail(`"${slug}" cannot be a slug: use lowercase letters a–z, digits and hyphens, e.g. xaysomboun-visit-2026.`);
const dir = join(contentDir, type, slug);
if (existsSync(dir)) fail(`${dir} already exists.`);

const today = new Date().toISOString().slice(0, 10);
const templates = join(import.meta.dirname, 'templates');
const own = (name: string) => [join(templates, type, name), join(templates, name)].find(existsSync);
const read = (name: string) => (own(name) ? readFileSync(own(name)!, 'utf8') : '');
const facts = read('facts.yaml').replaceAll('{{today}}', today);
const body = read('body.mdx');
mkdirSync(dir, { recursive: true });
for (const locale of locales) {
  const text = read('text.mdx').replaceAll('{{locale}}', locale);
  const rest = locale === defaultLocale ? facts : read('translation.yaml');
  writeFileSync(join(dir, `index.${locale}.mdx`), `---\n${text}${rest}---\n${body}`);
}
const names = locales.map((l) => `index.${l}.mdx`);
console.log(`\n  ✓ Created ${dir}/ with ${names.join(', ')}.`);
console.log(`    ${names[0]} holds the facts (dates, ids, numbers) and the Vietnamese text; the others only translated text.`);
console.log(`    Fill in every ⟪…⟫ (the build refuses the entry until you do), then run: npm run build`);
console.log(`    A language you cannot translate yet: delete its file; the page then shows the Vietnamese text.\n`);
