/** Which pages of the site were made from a source document: every entry that refers to it, by type. */
import { fileSchemas } from '../schemas/entries';
import { referencesIn } from '../schemas/fields';
import { entryTypes, type EntryType } from './entry-types';
import type { Entry, Site } from './site-content';

/** The entries whose facts refer to document `id` (in any reference field), grouped by type in the site's order. */
export function documentUses(site: Site, id: string): Array<{ type: EntryType; entries: Entry[] }> {
  const uses = (e: Entry) => referencesIn(fileSchemas[e.type], e.facts).some((r) => r.target === 'sources' && r.value === id);
  return entryTypes.map((type) => ({ type, entries: (site[type] as Entry[]).filter(uses) })).filter((g) => g.entries.length > 0);
}
