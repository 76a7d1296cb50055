/** The kinds of entry the site publishes; each has a folder in content/ and a route per locale. */
export const entryTypes = ['partners', 'agreements', 'plans', 'events', 'news', 'standalone'] as const;

/** One kind of entry (also its folder name in content/ and its URL segment). */
export type EntryType = (typeof entryTypes)[number];

/** The singular name of each entry type, as used for UI labels (type.*) and search filters. */
export const typeLabelKey = {
  partners: 'partner',
  agreements: 'agreement',
  plans: 'plan',
  events: 'event',
  news: 'news',
  standalone: 'page',
} as const satisfies Record<EntryType, string>;
