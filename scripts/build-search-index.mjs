// Builds the Pagefind index of the built site (dist/) through Pagefind's Node API: one index per
// <html lang>. Only entry pages written in the reader's language are marked for indexing
// (data-pagefind-body); untranslated fallbacks are found through their Vietnamese page.
import * as pagefind from 'pagefind';

const site = process.env.OUT_DIR ?? 'dist';
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: site });
if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
console.log(`[search] indexed ${added.page_count} pages into ${site}/pagefind`);
await pagefind.close();
