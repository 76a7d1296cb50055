/**
 * Content collections. Each entry type has two collections over the same folders:
 *   <type>       content/<type>/<slug>/facts.yaml     language-neutral facts (validated once)
 *   <type>Text   content/<type>/<slug>/<locale>.mdx   translated text, one file per locale
 * plus the glossary (content/glossary/*.yaml) and the source documents (content/sources.yaml).
 * Cross-entry rules (references, translations without their source …) are in src/lib/integrity.ts.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { contentDir } from './lib/content-dir';
import { yamlMapsLoader } from './lib/yaml-maps-loader';
import * as s from './schemas/entries';

/**
 * Ids keep the path as written ("<slug>" for facts, "<slug>/<file>" for texts) so that no two files
 * share an id; src/lib/integrity.ts then reports bad slugs, unknown languages and duplicates clearly.
 */
const factsId = ({ entry }: { entry: string }) => entry.replace(/\/facts\.ya?ml$/, '');
const textId = ({ entry }: { entry: string }) => entry;

function entryCollections<F extends z.ZodType, T extends z.ZodType>(type: string, facts: F, text: T) {
  const base = `${contentDir}/${type}`;
  return {
    facts: defineCollection({ loader: glob({ base, pattern: '*/facts.{yaml,yml}', generateId: factsId }), schema: facts }),
    text: defineCollection({ loader: glob({ base, pattern: '*/*.{md,mdx}', generateId: textId }), schema: text }),
  };
}

const partners = entryCollections('partners', s.partnerFacts, s.partnerText);
const agreements = entryCollections('agreements', s.agreementFacts, s.agreementText);
const plans = entryCollections('plans', s.planFacts, s.planText);
const events = entryCollections('events', s.eventFacts, s.eventText);
const news = entryCollections('news', s.newsFacts, s.newsText);
const pages = entryCollections('pages', s.pageFacts, s.pageText);

export const collections = {
  partners: partners.facts,
  partnersText: partners.text,
  agreements: agreements.facts,
  agreementsText: agreements.text,
  plans: plans.facts,
  plansText: plans.text,
  events: events.facts,
  eventsText: events.text,
  news: news.facts,
  newsText: news.text,
  pages: pages.facts,
  pagesText: pages.text,
  glossary: defineCollection({ loader: yamlMapsLoader(`${contentDir}/glossary`), schema: s.glossaryTerm }),
  sources: defineCollection({ loader: file(`${contentDir}/sources.yaml`), schema: s.sourceDocument }),
};
