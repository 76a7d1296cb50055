/**
 * A content loader for a folder of YAML files that each map ids to entries (used for the glossary,
 * so that terms can be kept in several files). An id defined twice stops the build, naming both files.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';

/** Loads every `*.yaml` file in `dir` (relative to the project root); each top-level key is an entry. */
export function yamlMapsLoader(dir: string): Loader {
  return {
    name: 'yaml-maps',
    async load({ store, parseData, config }) {
      const root = new URL('.', config.root).pathname;
      const folder = resolve(root, dir);
      const files = (await readdir(folder)).filter((f) => /\.ya?ml$/.test(f)).sort();
      const definedIn = new Map<string, string>();
      store.clear();
      for (const name of files) {
        const filePath = relative(root, join(folder, name));
        let doc: unknown;
        try {
          doc = parse(await readFile(join(folder, name), 'utf8'));
        } catch (error) {
          throw new Error(`${filePath}: not valid YAML: ${(error as Error).message}`);
        }
        if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
          throw new Error(`${filePath}: expected a map of ids to entries (id: { … })`);
        }
        for (const [id, value] of Object.entries(doc)) {
          const earlier = definedIn.get(id);
          if (earlier) throw new Error(`${filePath}: "${id}" is already defined in ${earlier}; each id is defined once`);
          definedIn.set(id, filePath);
          store.set({ id, data: await parseData({ id, data: value as Record<string, unknown>, filePath }), filePath });
        }
      }
    },
  };
}
