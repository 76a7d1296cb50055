// Reads a static host's _headers file (Netlify / Cloudflare Pages syntax) as the host would.
import { readFileSync } from 'node:fs';

/** One block of a _headers file: a path pattern and the headers it sets, in file order. */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/** Parses a _headers file; throws, naming the line, on a header line outside any block. */
export function parseHeadersFile(file: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (/^\s*(#|$)/.test(line)) return;
      if (!/^\s/.test(line)) return void rules.push({ pattern: line.trim(), headers: [] });
      const m = line.trim().match(/^([A-Za-z0-9-]+):\s*(.*)$/);
      if (!m || rules.length === 0) throw new Error(`${file}:${i + 1}: not a header line under a path: ${line}`);
      rules.at(-1)!.headers.push([m[1], m[2]]);
    });
  return rules;
}

/** Whether a _headers path pattern (with `*` wildcards) matches a URL path. */
export function matchesPattern(pattern: string, path: string): boolean {
  const re = new RegExp(
    '^' +
      pattern
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*') +
      '$',
  );
  return re.test(path);
}

/**
 * The headers a URL path gets: every matching block applies, in order; a repeated header is sent
 * once per block (browsers enforce every Content-Security-Policy they receive).
 */
export function headersFor(rules: HeaderRule[], path: string): [string, string][] {
  return rules.filter((r) => matchesPattern(r.pattern, path)).flatMap((r) => r.headers);
}
