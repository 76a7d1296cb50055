import { describe, expect, it } from 'vitest';
import { contentsLine, prepareDocumentText, textOfHtml } from '../../src/lib/document-text';

describe('prepareDocumentText', () => {
  it('moves headings one level down and replaces text slugs with section anchors', () => {
    const html =
      '<h1 id="ke-hoach">KẾ HOẠCH</h1><p>x</p><h2 id="i-muc-dich">I. MỤC ĐÍCH</h2><h3 id="1-muc-dich" class="a">1. Mục <em>đích</em></h3><h3>Ghi chú</h3>';
    const { html: out, headings } = prepareDocumentText(html);
    expect(out).toBe('<h2 id="doc-1">KẾ HOẠCH</h2><p>x</p><h3 id="i">I. MỤC ĐÍCH</h3><h4 id="i-1" class="a">1. Mục <em>đích</em></h4><h4>Ghi chú</h4>');
    expect(headings.map((h) => [h.depth, h.id, h.text])).toEqual([
      [2, 'doc-1', 'KẾ HOẠCH'],
      [3, 'i', 'I. MỤC ĐÍCH'],
      [4, 'i-1', '1. Mục đích'],
      [4, undefined, 'Ghi chú'],
    ]);
  });

  it('makes every table a keyboard-scrollable region named by the section it is in', () => {
    const { html } = prepareDocumentText('<h2>II. NỘI DUNG</h2><h3>Bảng</h3><table><tr><td>1</td></tr></table>');
    expect(html).toBe(
      '<h3 id="ii">II. NỘI DUNG</h3><h4>Bảng</h4><div class="table-wrap" role="region" tabindex="0" aria-labelledby="ii"><table><tr><td>1</td></tr></table></div>',
    );
  });

  it('reads heading text with entities decoded', () => {
    expect(textOfHtml('2.1. A &amp; B &#x27;x&#39; &lt;c&gt;')).toBe("2.1. A & B 'x' <c>");
  });
});

describe('contentsLine', () => {
  it('shortens long headings at whole graphemes', () => {
    const lao = 'ກ່ຽວກັບ'.repeat(30);
    const line = contentsLine(lao, 10);
    expect(line.endsWith('…')).toBe(true);
    expect(line.normalize('NFC')).toBe(line);
    expect(lao.startsWith(line.slice(0, -1))).toBe(true);
    expect(contentsLine('short')).toBe('short');
  });
});
