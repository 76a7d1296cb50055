/**
 * A wrapper around any content loader that hands the schemas the text as the editor wrote it,
 * whatever the loader and the file layout:
 *  - Dates as written. Astro parses YAML (data files and frontmatter) with js-yaml, which turns an
 *    unquoted 2024-02-31 into the Date 2 March 2024 (and 2024-13-01 into January 2025). Every Date in
 *    the parsed data is replaced by the text at the same place in the file, so the date schemas
 *    (src/schemas/common.ts) see, and reject, what was written.
 *  - Unicode NFC. Text typed on some keyboards or copied from PDFs arrives decomposed (NFD: "ệ" as
 *    e + two combining marks), which breaks search, highlighting and comparison. Every string of the
 *    data and every Markdown body is normalised to NFC before validation (MDX bodies compiled by Vite
 *    are normalised by `nfcSource`, see astro.config.mjs).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse } from 'yaml';

/** Every string inside `value` (objects and arrays walked) normalised to NFC. */
export function toNfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(toNfc) as T;
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.normalize('NFC'), toNfc(v)])) as T;
  }
  return value;
}

/** `data` with each Date replaced by the text found at the same place in `written` (the file parsed without dates). */
export function datesAsWritten(data: unknown, written: unknown): unknown {
  if (data instanceof Date) return typeof written === 'string' ? written : data;
  if (Array.isArray(data)) return data.map((v, i) => datesAsWritten(v, Array.isArray(written) ? written[i] : undefined));
  if (isPlainObject(data)) {
    const w = isPlainObject(written) ? written : {};
    return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, datesAsWritten(v, w[k])]));
  }
  return data;
}

/** The YAML of a data file or of a Markdown/MDX file's frontmatter, parsed as YAML 1.2 (dates stay text). */
export function parseWritten(source: string, filePath: string): unknown {
  const yamlText = /\.(md|mdx|markdoc)$/i.test(filePath)
    ? (/^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '')
    : /\.ya?ml$/i.test(filePath)
      ? source
      : undefined;
  if (yamlText === undefined) return undefined;
  try {
    return parse(yamlText);
  } catch {
    return undefined; // the loader itself reports malformed YAML, with its line
  }
}

/** The part of a parsed file that holds entry `id`: the file itself, or one item of a file of many (list or map). */
export function entryIn(written: unknown, id: string, data: unknown): unknown {
  if (Array.isArray(written)) return written.find((item) => isPlainObject(item) && String(item.id) === id);
  if (isPlainObject(written) && isPlainObject(written[id]) && isPlainObject(data)) {
    const inner = written[id] as Record<string, unknown>;
    if (Object.keys(data).every((k) => k in inner)) return inner;
  }
  return written;
}

const hasDate = (value: unknown): boolean =>
  value instanceof Date || (Array.isArray(value) ? value.some(hasDate) : isPlainObject(value) && Object.values(value).some(hasDate));

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** Wraps a loader so that its entries are validated and stored as written (dates as text) and in NFC. */
export function writtenText(loader: Loader): Loader {
  return {
    ...loader,
    load(context: LoaderContext) {
      const parseData: LoaderContext['parseData'] = async (props) => {
        let data = props.data as unknown;
        if (hasDate(data) && props.filePath) {
          const file = resolve(fileURLToPath(context.config.root), props.filePath);
          data = datesAsWritten(data, entryIn(parseWritten(await readFile(file, 'utf8'), file), props.id, data));
        }
        return context.parseData({ ...props, data: toNfc(data) as typeof props.data });
      };
      const store = new Proxy(context.store, {
        get(target, key) {
          if (key === 'set') {
            return (entry: Parameters<typeof target.set>[0]) =>
              target.set({
                ...entry,
                body: entry.body?.normalize('NFC'),
                ...(entry.rendered ? { rendered: { ...entry.rendered, html: entry.rendered.html.normalize('NFC') } } : {}),
              });
          }
          const value = Reflect.get(target, key, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      return loader.load({ ...context, parseData, store });
    },
  };
}

/**
 * A Vite plugin that normalises Markdown and MDX sources to NFC before they are compiled, so that page
 * bodies are NFC like the data (the content loaders' copy is normalised by `writtenText`).
 */
export function nfcSource() {
  return {
    name: 'nfc-source',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      if (!/\.(md|mdx|markdown)$/i.test(id.split('?')[0])) return undefined;
      const nfc = code.normalize('NFC');
      return nfc === code ? undefined : { code: nfc, map: null };
    },
  };
}
