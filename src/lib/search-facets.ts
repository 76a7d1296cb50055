/** What the search index knows about an entry besides its text: type, date and countries (filters and sort). */
import { typeLabelKey } from './entry-types';
import type { Entry, Site, SourceDoc } from './site-content';

/** Search facets of an entry; `date` is the date readers associate with it (YYYY[-MM[-DD]]). */
export interface SearchFacets {
  type: (typeof typeLabelKey)[keyof typeof typeLabelKey] | 'document';
  date: string;
  countries: string[];
  /** Names the page is the home of (a partner's own-script name, a plan's document number), weighted like its title. */
  keywords?: string;
}

/** The type, date and partner countries of any entry, for filters and sorting. */
export function searchFacets(site: Site, entry: Entry): SearchFacets {
  const countriesOf = (partnerIds: string[]) => [...new Set(partnerIds.map((id) => site.get('partners', id).facts.country))];
  const type = typeLabelKey[entry.type];
  switch (entry.type) {
    case 'partners': {
      const f = (entry as Entry<'partners'>).facts;
      return { type, date: f.published, countries: [f.country], keywords: f.nativeName };
    }
    case 'agreements': {
      const f = (entry as Entry<'agreements'>).facts;
      return { type, date: f.signed ?? (f.term ? String(f.term.from) : f.published), countries: countriesOf(f.partners) };
    }
    case 'plans': {
      const f = (entry as Entry<'plans'>).facts;
      const agreementPartners = f.agreement ? site.get('agreements', f.agreement).facts.partners : [];
      const doc = site.sources.get(f.document)!;
      return { type, date: doc.date, countries: countriesOf([...f.partners, ...agreementPartners]), keywords: doc.number ?? undefined };
    }
    case 'events': {
      const f = (entry as Entry<'events'>).facts;
      return { type, date: f.start, countries: countriesOf(f.partners) };
    }
    case 'news': {
      const f = (entry as Entry<'news'>).facts;
      return { type, date: f.published, countries: countriesOf(f.partners) };
    }
    default:
      return { type, date: entry.facts.published, countries: [] };
  }
}

/** Search facets of a source document's full-text page: its date and number (weighted like its title). */
export function documentFacets(doc: SourceDoc): SearchFacets {
  return { type: 'document', date: doc.date, countries: [], keywords: doc.number ?? undefined };
}
