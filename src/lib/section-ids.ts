/**
 * Section anchors of the source documents' full-text pages. A document keeps its own numbering in every
 * language ("II. NỘI DUNG" / "II. CONTENT", "2.1." …), so an anchor built from that numbering is the same
 * in vi, en, ko and lo: a citation can link to /<lang>/documents/<id>/#ii-2-1 in any language.
 * Top-level parts without a number of their own ("Phần thứ nhất", "Part One") are counted: part-1, part-2 …;
 * the document's own titles (level 1: a decision and the project it issues) are counted too: doc-1, doc-2 ….
 */

/** A heading as written in the document's text: its level (1–4) and its text. */
export interface DocumentHeading {
  depth: number;
  text: string;
}

const roman = /^([IVXLC]+)[.)]\s/;
const arabic = /^(\d+(?:\.\d+)*)[.)]?\s/;
const letter = /^([a-zđ])\)\s/;

/** The anchor of every heading, in order; headings with neither number nor part get none (undefined). */
export function sectionIds(headings: DocumentHeading[]): Array<string | undefined> {
  let part: string | undefined;
  let parts = 0;
  let titles = 0;
  let section: string | undefined;
  let numbered: string | undefined;
  const seen = new Set<string>();
  return headings.map(({ depth, text }) => {
    const t = text.trim();
    const r = roman.exec(t);
    const a = arabic.exec(t);
    const l = letter.exec(t);
    let id: string | undefined;
    if (depth === 1) {
      titles += 1;
      id = `doc-${titles}`;
    } else if (r) {
      section = r[1].toLowerCase();
      numbered = undefined;
      id = join(part, section);
    } else if (a) {
      numbered = a[1].replace(/\./g, '-');
      id = join(part, section, numbered);
    } else if (l) {
      id = join(part, section, numbered, l[1] === 'đ' ? 'dd' : l[1]);
    } else if (depth === 2) {
      parts += 1;
      part = `part-${parts}`;
      section = undefined;
      numbered = undefined;
      id = part;
    }
    if (id === undefined || seen.has(id)) return undefined;
    seen.add(id);
    return id;
  });
}

const join = (...parts: Array<string | undefined>) => parts.filter(Boolean).join('-');
