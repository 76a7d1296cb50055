/**
 * A source document's rendered full text, made ready for its page: the page's own <h1> is the document's
 * title, so the text's headings move one level down (h1 → h2 …), and each gets the anchor
 * src/lib/section-ids.ts derives from the document's numbering, the same in every language (#ii-2-1),
 * replacing the text-based slug. Tables become keyboard-scrollable regions named by their section heading.
 */
import { sectionIds } from './section-ids';

/** A heading of the rewritten text, for the table of contents. */
export interface DocumentHeadingOut {
  /** Level after moving down (2–6). */
  depth: number;
  id: string | undefined;
  text: string;
}

const headingTag = /<h([1-5])((?:\s[^>]*)?)>([\s\S]*?)<\/h\1>/g;
const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: '\u00a0' };

/** The text of an HTML fragment: tags dropped, the common entities decoded. */
export function textOfHtml(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (m, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (entities[e] ?? m),
    );
}

/**
 * Moves every heading of `html` one level down and gives it its section anchor (or none, if unnumbered);
 * wraps every table in a focusable, scrollable region labelled by the last anchored heading before it.
 */
export function prepareDocumentText(html: string): { html: string; headings: DocumentHeadingOut[] } {
  const found = [...html.matchAll(headingTag)].map((m) => ({ depth: Number(m[1]), text: textOfHtml(m[3]).trim() }));
  const ids = sectionIds(found);
  const headings: DocumentHeadingOut[] = [];
  let i = 0;
  let labelledBy: string | undefined;
  const out = html.replace(new RegExp(`${headingTag.source}|<table[\\s>][\\s\\S]*?</table>`, 'g'), (m, level?: string, attrs?: string, inner?: string) => {
    if (level === undefined) {
      return `<div class="table-wrap" role="region" tabindex="0"${labelledBy ? ` aria-labelledby="${labelledBy}"` : ''}>${m}</div>`;
    }
    const id = ids[i];
    headings.push({ depth: Number(level) + 1, id, text: found[i].text });
    i += 1;
    labelledBy = id ?? labelledBy;
    const rest = attrs!.replace(/\sid="[^"]*"/, '');
    return `<h${Number(level) + 1}${id ? ` id="${id}"` : ''}${rest}>${inner}</h${Number(level) + 1}>`;
  });
  return { html: out, headings };
}

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** A heading as a contents line: at most `max` characters (whole graphemes, so Lao and Korean stay intact), then "…". */
export function contentsLine(text: string, max = 110): string {
  const parts = [...graphemes.segment(text)].map((s) => s.segment);
  return parts.length <= max ? text : parts.slice(0, max).join('').trimEnd() + '…';
}
