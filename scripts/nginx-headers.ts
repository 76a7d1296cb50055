/**
 * The nginx form of public/_headers, which stays the one definition of the site's response headers
 * (Netlify and Cloudflare Pages read _headers itself). Writes deploy/nginx/headers.conf:
 *   npm run nginx:headers
 * tests/site/nginx.test.ts fails when the committed file and _headers disagree.
 *
 * _headers applies every rule whose path matches; nginx applies one location, and add_header in a
 * location replaces the server's. So each location repeats the headers of every rule that covers
 * it (a header set by two rules is sent twice, as those hosts join them), always (404s too).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One rule of a _headers file: a path pattern and the headers sent for it. */
export interface HeaderRule {
  path: string;
  headers: Array<[name: string, value: string]>;
}

/** Parses a _headers file (Netlify/Cloudflare Pages syntax: a path, then indented "Name: value" lines). */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (/^\s*(#|$)/.test(line)) return;
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/')) throw new Error(`_headers line ${i + 1}: a rule starts with a path such as /* or /admin/*, not ${JSON.stringify(line)}`);
      rules.push({ path: line.trim(), headers: [] });
      return;
    }
    const m = /^\s+([A-Za-z0-9-]+):\s*(.*?)\s*$/.exec(line);
    if (!m || rules.length === 0) throw new Error(`_headers line ${i + 1}: expected an indented "Name: value" under a path, not ${JSON.stringify(line)}`);
    if (m[2].includes('$')) throw new Error(`_headers line ${i + 1}: nginx would read "$" as a variable; the value cannot contain it`);
    rules.at(-1)!.headers.push([m[1], m[2]]);
  });
  return rules;
}

/** A rule's path as a regular expression (* matches anything, :name one path segment), as the hosts read it. */
export function pathPattern(path: string): RegExp {
  return new RegExp(patternSource(path));
}

/** The text of a rule's regular expression (PCRE and JavaScript alike). */
function patternSource(path: string): string {
  const body = path
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return `^${body}$`;
}

/** The literal beginning of a path pattern (before any * or :name). */
const literalPrefix = (path: string) => path.split(/\*|:[A-Za-z]/)[0];

/** True when every path matched by `inner` is also matched by `outer` (outer is a prefix rule such as /admin/*). */
function covers(outer: string, inner: string): boolean {
  if (outer === inner) return true;
  if (!/^[^*:]*\*$/.test(outer)) return false;
  return literalPrefix(inner).startsWith(outer.slice(0, -1));
}

const quote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const addHeaders = (headers: HeaderRule['headers'], indent: string) => headers.map(([n, v]) => `${indent}add_header ${n} ${quote(v)} always;`);

/** The nginx configuration (add_header lines and locations) equivalent to a _headers file. */
export function nginxHeaders(rules: HeaderRule[]): string {
  const lines = ['# Generated from public/_headers by scripts/nginx-headers.ts (npm run nginx:headers): do not edit.', ''];
  for (const rule of rules.filter((r) => r.path === '/*')) {
    lines.push(`# ${rule.path}`, ...addHeaders(rule.headers, ''), '');
  }
  for (const rule of rules.filter((r) => r.path !== '/*')) {
    // Plain prefix locations for /x/* (a regex location for a narrower rule then wins, as it should).
    const location = /^[^*:]*\/\*$/.test(rule.path)
      ? `location ${rule.path.slice(0, -1)}`
      : /[*:]/.test(rule.path)
        ? `location ~ ${quote(patternSource(rule.path))}`
        : `location = ${rule.path}`;
    const applying = rules.filter((r) => covers(r.path, rule.path) && r !== rule);
    lines.push(`# ${rule.path}${applying.length ? ` (with ${applying.map((r) => r.path).join(', ')})` : ''}`, `${location} {`);
    for (const r of [...applying, rule]) lines.push(...addHeaders(r.headers, '    '));
    lines.push('}', '');
  }
  return lines.join('\n');
}

const root = join(import.meta.dirname, '..');
/** The generated file's path and the text it should hold. */
export const generated = () => ({
  file: join(root, 'deploy/nginx/headers.conf'),
  text: nginxHeaders(parseHeaders(readFileSync(join(root, 'public/_headers'), 'utf8'))),
});

if (import.meta.main) {
  const { file, text } = generated();
  writeFileSync(file, text);
  console.log(`nginx-headers: wrote ${file}`);
}
