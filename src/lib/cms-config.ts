/**
 * The editor's configuration (Sveltia CMS, public/admin/config.yml), generated from the content
 * schemas and the label table, so the editor and the build agree by construction: every schema field
 * is an editor field with the same required-ness, every ref() is a relation picker, every translated()
 * field is edited side by side in four languages, and patterns (dates, ids, codes) are checked as the
 * schemas check them. `npm run cms:config` writes the file; a unit test fails when it is out of date.
 */
import type { z } from 'astro/zod';
import { stringify } from 'yaml';
import { defaultLocale, locales } from '../i18n/locales.ts';
import { partialDatePattern, slugPattern } from '../schemas/common.ts';
import { fileSchemas, glossaryTerm, type FolderType } from '../schemas/entries.ts';
import { elementOf, holdsTranslated, isOptional, kindOf, marksOf, shapeOf, unwrap } from '../schemas/fields.ts';
import { collectionLabels, fieldLabels, type FieldLabel } from './cms-labels.ts';

/** One field of the editor's configuration (a Sveltia/Decap field). */
export type CmsField = Record<string, any>;

const bilingual = ([vi, en]: [string, string]) => `${vi} · ${en}`;

/** The label of a field at `path` in `collection` (most specific first); throws when there is none. */
function labelOf(collection: string, path: string[]): FieldLabel {
  const name = path[path.length - 1];
  const keys = [`${collection}.${path.join('.')}`, `${collection}.${name}`, name];
  const found = keys.map((k) => fieldLabels[k]).find(Boolean);
  if (!found) throw new Error(`No editor label for ${collection}.${path.join('.')}: add "${name}" to src/lib/cms-labels.ts`);
  return found;
}

/** What a schema's checks say: its regex, bounds, integer format and minimum length. */
function bag(schema: z.ZodType): { pattern?: RegExp; minimum?: number; maximum?: number; int?: boolean; minLength?: number } {
  const out: ReturnType<typeof bag> = {};
  for (const check of ((unwrap(schema) as any)._zod.def.checks ?? []) as any[]) {
    const def = check._zod.def;
    if (def.check === 'string_format' && def.format === 'regex') out.pattern ??= def.pattern;
    else if (def.check === 'number_format') out.int = /int/.test(def.format);
    else if (def.check === 'greater_than') out.minimum = def.value;
    else if (def.check === 'less_than') out.maximum = def.value;
    else if (def.check === 'min_length') out.minLength = def.minimum;
  }
  return out;
}

/** The editor's pattern check for a text field, mirroring the schema's regex. */
function patternOf(schema: z.ZodType): [string, string] | undefined {
  const regex = bag(schema).pattern;
  if (!regex) return undefined;
  if (regex.source === partialDatePattern.source) {
    return [regex.source, 'Ngày viết NNNN-TT-NN, NNNN-TT hoặc NNNN · A date as YYYY-MM-DD, YYYY-MM or YYYY'];
  }
  if (regex.source === slugPattern.source) return [regex.source, 'Chữ thường không dấu, số, gạch ngang · Lowercase letters, digits, hyphens'];
  return [regex.source, `Sai định dạng · Wrong format (${regex.source})`];
}

/** How an entry of `target` is picked: stored as its folder name (or term id), shown by title. */
function relation(target: string): Record<string, unknown> {
  return target === 'glossary'
    ? { widget: 'relation', collection: 'glossary', value_field: '{{slug}}', search_fields: locales, display_fields: ['vi', 'en'] }
    : { widget: 'relation', collection: target, value_field: '{{slug}}', search_fields: ['title'], display_fields: ['title'] };
}

/** The i18n mode of a field: translated text, a container copied from Vietnamese, or Vietnamese only. */
function i18nOf(schema: z.ZodType, inI18nCollection: boolean): Record<string, unknown> {
  if (!inI18nCollection) return {};
  if (marksOf(schema).translated) return { i18n: true };
  if (holdsTranslated(schema)) return { i18n: 'duplicate' }; // lists/objects holding texts: same items in every language
  return {};
}

/** The editor field for schema field `name` (at `path` in `collection`). */
export function cmsField(collection: string, path: string[], schema: z.ZodType, i18n: boolean, inTranslatedList = false): CmsField {
  const name = path[path.length - 1];
  const labels = labelOf(collection, path);
  const base: Record<string, unknown> = {
    name,
    label: bilingual(labels.label),
    ...(labels.hint ? { hint: bilingual(labels.hint) } : {}),
    required: !isOptional(schema),
    ...i18nOf(schema, i18n),
  };
  // An item id inside a list that holds texts is copied into each translation unchanged.
  if (i18n && inTranslatedList && name === 'id') base.i18n = 'duplicate';
  const { ref: target } = marksOf(schema);
  const kind = kindOf(schema);
  const inner = unwrap(schema) as any;

  if (target) return { ...base, ...relation(target) } as CmsField;
  if (kind === 'array') {
    const element = elementOf(schema);
    const elementMarks = marksOf(element);
    const min = bag(schema).minLength;
    const counts = { ...(min ? { min } : {}) };
    if (elementMarks.ref) return { ...base, ...relation(elementMarks.ref), multiple: true, ...counts } as CmsField;
    if (kindOf(element) === 'enum')
      return { ...base, widget: 'select', multiple: true, options: Object.values((unwrap(element) as any)._zod.def.entries), ...counts } as CmsField;
    if (kindOf(element) === 'object') {
      const shape = shapeOf(element);
      const texts = Object.keys(shape).filter((k) => marksOf(shape[k]).translated);
      return {
        ...base,
        widget: 'list',
        ...counts,
        collapsed: 'auto',
        ...('id' in shape ? { summary: `{{fields.id}}${texts[0] ? ` {{fields.${texts[0]}}}` : ''}` } : {}),
        fields: Object.entries(shape).map(([k, f]) => cmsField(collection, [...path, k], f, i18n, holdsTranslated(element))),
      } as CmsField;
    }
    return { ...base, widget: 'list', ...counts, field: cmsField(collection, path, element, false) } as CmsField;
  }
  if (kind === 'tuple') {
    const items = inner._zod.def.items as z.ZodType[];
    return {
      ...base,
      widget: 'list',
      min: items.length,
      max: items.length,
      field: { ...cmsField(collection, path, items[0], false), required: true },
    } as CmsField;
  }
  if (kind === 'object') {
    return {
      ...base,
      widget: 'object',
      fields: Object.entries(shapeOf(schema)).map(([k, f]) => cmsField(collection, [...path, k], f, i18n, inTranslatedList)),
    } as CmsField;
  }
  if (kind === 'enum') return { ...base, widget: 'select', options: Object.values(inner._zod.def.entries) } as CmsField;
  if (kind === 'literal') {
    const [value] = inner._zod.def.values;
    return typeof value === 'boolean'
      ? { ...base, widget: 'boolean' }
      : ({ ...base, widget: 'select', options: [value], ...(base.required ? { default: value } : {}) } as CmsField);
  }
  if (kind === 'boolean') return { ...base, widget: 'boolean' } as CmsField;
  if (kind === 'number') {
    const b = bag(schema);
    const isInt = !!b.int;
    const bounds = { ...(Number.isFinite(b.minimum) ? { min: b.minimum } : {}), ...(Number.isFinite(b.maximum) ? { max: b.maximum } : {}) };
    return { ...base, widget: 'number', value_type: isInt ? 'int' : 'float', ...(isInt ? bounds : b.minimum === 0 ? { min: 0 } : {}) } as CmsField;
  }
  const pattern = patternOf(schema);
  return { ...base, widget: labels.multiline ? 'text' : 'string', ...(pattern ? { pattern } : {}) } as CmsField;
}

/** The web address of an entry's page, for the editor's preview link. */
const previewPath = (type: FolderType) => (type === 'standalone' ? '{{locale}}/{{slug}}/' : type === 'sources' ? undefined : `{{locale}}/${type}/{{slug}}/`);

/** The editor collection of a kind of folder entry: content/<type>/<slug>/index.<locale>.mdx. */
function folderCollection(type: FolderType): Record<string, unknown> {
  const schema = fileSchemas[type];
  const { plural, singular } = collectionLabels[type];
  const preview = previewPath(type);
  return {
    name: type,
    label: bilingual(plural),
    label_singular: bilingual(singular),
    folder: `content/${type}`,
    path: '{{slug}}/index',
    extension: 'mdx',
    format: 'frontmatter',
    create: true,
    i18n: true,
    identifier_field: 'title',
    slug: '{{fields._slug}}',
    summary: '{{title}}',
    ...(preview ? { preview_path: preview } : {}),
    sortable_fields: ['title', ...('published' in shapeOf(schema) ? ['published'] : [])],
    fields: [
      ...Object.entries(shapeOf(schema)).map(([name, field]) => cmsField(type, [name], field, true)),
      { name: 'body', label: bilingual(fieldLabels.body.label), hint: bilingual(fieldLabels.body.hint!), widget: 'markdown', required: false, i18n: true },
    ],
  };
}

/** The glossary: one YAML file per term, named after its id, with the term in every language. */
function glossaryCollection(): Record<string, unknown> {
  const { plural, singular } = collectionLabels.glossary;
  return {
    name: 'glossary',
    label: bilingual(plural),
    label_singular: bilingual(singular),
    folder: 'content/glossary',
    extension: 'yaml',
    format: 'yaml',
    create: true,
    identifier_field: defaultLocale,
    slug: '{{fields._slug}}',
    summary: '{{vi}} · {{en}}',
    fields: Object.entries(shapeOf(glossaryTerm)).map(([name, field]) => cmsField('glossary', [name], field, false)),
  };
}

/** The git host the editor commits to; the province's technical staff set it once (docs/publishing.md). */
export const backend = { name: 'github', repo: 'bacgiang/hoptacquocte', branch: 'main' };

/** The whole editor configuration. */
export function cmsConfig(): Record<string, unknown> {
  return {
    backend,
    media_folder: 'public/media',
    public_folder: '/media',
    slug: { encoding: 'ascii', clean_accents: true },
    // An optional field left empty is left out of the file (not written as ""), as the schemas expect.
    output: { omit_empty_optional_fields: true },
    i18n: { structure: 'multiple_files', locales, default_locale: defaultLocale, initial_locales: [defaultLocale] },
    collections: [...(['news', 'events', 'partners', 'agreements', 'plans', 'standalone', 'sources'] as const).map(folderCollection), glossaryCollection()],
  };
}

/** The configuration as written to public/admin/config.yml, with a header saying where it comes from. */
export function cmsConfigYaml(): string {
  const header = [
    '# Configuration of the staff editor at /admin/ (Sveltia CMS). GENERATED by `npm run cms:config` from',
    '# the content schemas (src/schemas/) and the labels (src/lib/cms-labels.ts): do not edit by hand.',
    '# Set-up of the git host (backend) and sign-in: docs/publishing.md. Collection names are the entry',
    "# types: the site's edit links open /admin/#/collections/<type>/entries/<slug>/index (src/lib/urls.ts).",
    '',
  ].join('\n');
  return header + stringify(cmsConfig(), { lineWidth: 0, aliasDuplicateObjects: false });
}
