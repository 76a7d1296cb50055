// Every internal link on every page resolves to a built page (and its #fragment to an element).
import { describe, expect, it } from 'vitest';
import { fileFor, page, pagePaths } from '../helpers/site';

describe('internal links', () => {
  it('all resolve', () => {
    const broken: string[] = [];
    for (const p of pagePaths) {
      for (const a of page(p).querySelectorAll('a[href], link[href]')) {
        const href = a.getAttribute('href')!;
        if (/^(https?:|mailto:|tel:)/.test(href)) continue;
        const [path, fragment] = href.split('#');
        const target = path === '' ? p : path;
        if (target.startsWith('/pagefind/')) continue;
        if (!fileFor(target)) broken.push(`${p} → ${href}`);
        else if (fragment && !page(target === p ? p : target.endsWith('/') || target.endsWith('.html') ? target : `${target}/`).querySelector(`[id="${fragment}"]`)) {
          broken.push(`${p} → ${href} (no #${fragment})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
