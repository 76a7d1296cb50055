// Share images on the built site: every entry page has its own, in its own language and script;
// every page's og:image exists, is as large as declared, has alt text and stays within 60 kB.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteUrl } from '../../src/lib/build-settings';
import { localeTable } from '../../src/i18n/locales';
import { contentEntries, entryUrl, fileFor, localizedPaths, page, siteLocales } from '../helpers/site';
import { pngSize, pngTexts } from '../helpers/png';

const meta = (p: string, name: string) =>
  page(p)
    .querySelectorAll(`meta[property="${name}"], meta[name="${name}"]`)
    .map((m) => m.getAttribute('content') ?? '');
const imageOf = (p: string) => meta(p, 'og:image')[0]!.slice(siteUrl.length);

/** Letters of the given language's script, from the locale table (Latin where it names none; vi and en are told apart by the page's lang). */
const script: Record<string, RegExp> = Object.fromEntries(
  siteLocales.map((l) => [l, new RegExp(`\\p{Script=${(localeTable[l].search as { script?: string }).script ?? 'Latin'}}`, 'u')]),
);

describe('share images', () => {
  it('every page declares an existing PNG of the declared size, ≤ 60 kB, with alt text, for Open Graph and Twitter alike', () => {
    const problems: string[] = [];
    for (const p of localizedPaths) {
      const image = imageOf(p);
      const file = fileFor(image);
      if (!file) {
        problems.push(`${p}: ${image} missing`);
        continue;
      }
      const png = readFileSync(file);
      const declared = { width: Number(meta(p, 'og:image:width')[0]), height: Number(meta(p, 'og:image:height')[0]) };
      if (JSON.stringify(pngSize(png)) !== JSON.stringify(declared))
        problems.push(`${p}: ${image} is ${JSON.stringify(pngSize(png))}, declared ${JSON.stringify(declared)}`);
      if (png.length > 60_000) problems.push(`${p}: ${image} is ${png.length} bytes`);
      if (!meta(p, 'og:image:alt')[0]?.trim()) problems.push(`${p}: no og:image:alt`);
      if (meta(p, 'twitter:image')[0] !== meta(p, 'og:image')[0]) problems.push(`${p}: twitter:image differs from og:image`);
      if (meta(p, 'twitter:image:alt')[0] !== meta(p, 'og:image:alt')[0]) problems.push(`${p}: twitter:image:alt differs`);
    }
    expect(problems).toEqual([]);
  });

  it('every entry page has an image of its own, drawing its title in the language and script the page shows', () => {
    const problems: string[] = [];
    const seen = new Map<string, string>();
    const entries = contentEntries();
    expect(entries.length).toBeGreaterThan(50);
    for (const e of entries) {
      for (const locale of siteLocales) {
        const p = entryUrl(locale, e.type, e.slug);
        const image = imageOf(p);
        if (seen.has(image)) problems.push(`${p} shares ${image} with ${seen.get(image)}`);
        seen.set(image, p);
        const texts = pngTexts(readFileSync(fileFor(image)!));
        const title = texts.find((t) => t.keyword === 'Title');
        const description = texts.find((t) => t.keyword === 'Description');
        const shownLang = page(p).querySelector('main')!.getAttribute('lang')!;
        const h1 = page(p).querySelector('main h1')!.text.trim();
        if (title?.text !== h1) problems.push(`${p}: image title "${title?.text}", page heading "${h1}"`);
        if (title?.lang !== shownLang) problems.push(`${p}: image title in ${title?.lang}, page text in ${shownLang}`);
        if (!script[shownLang].test(title?.text ?? '')) problems.push(`${p}: image title not in the ${shownLang} script`);
        if (description?.lang !== locale || !script[locale].test(description.text))
          problems.push(`${p}: image description "${description?.text}" not in ${locale}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('pages that are not an entry share the site image of their language', () => {
    for (const locale of siteLocales) {
      const p = `/${locale}/`;
      expect(imageOf(p)).toBe(`/share/${locale}.png`);
      const title = pngTexts(readFileSync(fileFor(imageOf(p))!)).find((t) => t.keyword === 'Title')!;
      expect(title.lang).toBe(locale);
      expect(title.text).toBe(page(p).querySelector('main h1')!.text.trim());
    }
  });
});
