// npm run new -- <type> <slug>
// Creates content/<type>/<slug>/ with facts.yaml and vi.mdx, en.mdx, ko.mdx, lo.mdx from the templates
// in scripts/templates/, every required field present and explained in plain language. Text still
// marked ⟪…⟫ stops the build until it is written, so an unfinished entry can never go live.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales } from '../src/i18n/locales.ts';
import { entryTypes } from '../src/lib/entry-types.ts';
import { slugPattern } from '../src/schemas/common.ts';

const [type, slug] = process.argv.slice(2);
const contentDir = process.env.CONTENT_DIR ?? 'content';
const fail = (message: string): never => {
  console.error(`\n  ✗ ${message}\n\n  Usage: npm run new -- <type> <slug>\n  Types: ${entryTypes.join(', ')}\n  Example: npm run new -- news bac-giang-visits-xaysomboun-2026\n`);
  process.exit(1);
};

if (!type || !slug) fail('Give the type of entry and its slug (the last part of its web address).');
if (!(entryTypes as readonly string[]).includes(type)) fail(`"${type}" is not a type of entry.`);
if (!slugPattern.test(slug)) fail(`"${slug}" cannot be a slug: use lowercase letters a–z, digits and hyphens, e.g. xaysomboun-visit-2026.`);
const dir = join(contentDir, type, slug);
if (existsSync(dir)) fail(`${dir} already exists.`);

const today = new Date().toISOString().slice(0, 10);
const templates = join(import.meta.dirname, 'templates', type);
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'facts.yaml'), readFileSync(join(templates, 'facts.yaml'), 'utf8').replaceAll('{{today}}', today));
const textTemplate = existsSync(join(templates, 'text.mdx')) ? join(templates, 'text.mdx') : join(templates, '..', 'text.mdx');
for (const locale of locales) {
  writeFileSync(join(dir, `${locale}.mdx`), readFileSync(textTemplate, 'utf8').replaceAll('{{locale}}', locale));
}
console.log(`\n  ✓ Created ${dir}/ with facts.yaml and ${locales.map((l) => `${l}.mdx`).join(', ')}.`);
console.log(`    Fill in every ⟪…⟫ (the build refuses the entry until you do), then run: npm run build`);
console.log(`    A language you cannot translate yet: delete its file; the page then shows the Vietnamese text.\n`);
