import { describe, expect, it } from 'vitest';
import { sectionIds } from '../../src/lib/section-ids';

const h = (depth: number, text: string) => ({ depth, text });

describe('sectionIds', () => {
  it('builds anchors from the numbering, so every language gets the same ones', () => {
    const vi = [h(1, 'KẾ HOẠCH'), h(2, 'I. MỤC ĐÍCH, YÊU CẦU'), h(3, '1. Mục đích'), h(2, 'II. NỘI DUNG'), h(3, '2.1. Tổ chức đoàn'), h(4, 'a) Đón đoàn')];
    const ko = [h(1, '계획'), h(2, 'I. 목적 및 요구사항'), h(3, '1. 목적'), h(2, 'II. 내용'), h(3, '2.1. 대표단 파견'), h(4, 'a) 대표단 접견')];
    expect(sectionIds(vi)).toEqual(['doc-1', 'i', 'i-1', 'ii', 'ii-2-1', 'ii-2-1-a']);
    expect(sectionIds(ko)).toEqual(sectionIds(vi));
  });

  it('counts top-level parts that have no number of their own', () => {
    const ids = sectionIds([
      h(2, 'Phần thứ nhất – SỰ CẦN THIẾT'),
      h(2, 'I. SỰ CẦN THIẾT'),
      h(2, 'Phần thứ hai – KẾT QUẢ'),
      h(2, 'I. KẾT QUẢ'),
      h(3, '1.1. Với các tỉnh của Lào'),
    ]);
    expect(ids).toEqual(['part-1', 'part-1-i', 'part-2', 'part-2-i', 'part-2-i-1-1']);
  });

  it('gives no anchor to an unnumbered sub-heading or to a repeated number', () => {
    expect(sectionIds([h(2, 'I. A'), h(3, 'Ghi chú'), h(2, 'I. A again')])).toEqual(['i', undefined, undefined]);
  });
});
