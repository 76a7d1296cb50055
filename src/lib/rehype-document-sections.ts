/**
 * Rehype step for the source documents' full texts (content/sources/…): the page's own <h1> is the
 * document's title, so the text's headings move one level down (h1 → h2 …), and each gets the anchor
 * src/lib/section-ids.ts derives from the document's numbering, the same in every language.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { sectionIds } from './section-ids';

const heading = /^h([1-5])$/;

/** The text of a heading, inline markup dropped. */
const textOf = (node: ElementContent | Element): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '';

/** True for the files this step rewrites: the texts of the source documents. */
export const isDocumentText = (path: string | undefined) => !!path && /[\\/]content[\\/]sources[\\/]/.test(path);

/** The rehype plugin (registered in astro.config.mjs). */
export function rehypeDocumentSections() {
  return (tree: Root, file: { path?: string; history?: string[] }) => {
    if (!isDocumentText(file.path ?? file.history?.[0])) return;
    const found: Element[] = [];
    visit(tree, 'element', (node: Element) => {
      if (heading.test(node.tagName)) found.push(node);
    });
    const ids = sectionIds(found.map((h) => ({ depth: Number(h.tagName[1]), text: textOf(h) })));
    found.forEach((h, i) => {
      h.tagName = `h${Math.min(Number(h.tagName[1]) + 1, 6)}`;
      if (ids[i]) h.properties = { ...h.properties, id: ids[i] };
    });
  };
}
