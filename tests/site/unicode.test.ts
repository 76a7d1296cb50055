// Every text the site publishes is in Unicode NFC (content, UI strings, feeds, data), so search,
// highlighting and comparison see one form of each letter.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { dist } from '../helpers/site';

const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));

it('every HTML, XML, calendar, JSON and CSV file of the built site is NFC', () => {
  const files = walk(dist).filter((f) => /\.(html|xml|ics|json|csv|txt)$/.test(f));
  expect(files.length).toBeGreaterThan(100);
  const notNfc = files
    .filter((f) => {
      const t = readFileSync(f, 'utf8');
      return t !== t.normalize('NFC');
    })
    .map((f) => f.slice(dist.length));
  expect(notNfc).toEqual([]);
});
