/** A table as Excel: numbers as numbers, text as text – never a live formula – and the notes under it. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cell, type TableModel } from '../src/core/table.ts';
import { sheetName, tablesToXlsx, tableToXlsx } from '../src/platform/table-xlsx.ts';

const table: TableModel = {
  key: 't',
  caption: 'Driftsammandrag VSS 2023, belopp i tkr',
  groupLabel: null,
  columns: [
    { key: 'row', label: 'Verksamhet', align: 'start' },
    { key: 'a', label: 'Bokslut 2023', align: 'end' },
  ],
  groups: [
    {
      key: 'g',
      heading: null,
      description: null,
      note: null,
      ref: null,
      rows: [
        {
          key: 'r1',
          depth: 0,
          role: 'row',
          header: cell('=HYPERLINK("x")'),
          cells: [cell('−2 969', { value: '-2969' })],
          ref: null,
        },
      ],
    },
  ],
  footnotes: [{ marker: 1, text: 'Netto anges som intäkter minus kostnader.' }],
};

describe('tableToXlsx', () => {
  it('writes figures as numbers and text as text, with the caption, headers and notes', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await tableToXlsx(table)) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet?.getCell('A1').value).toBe('Driftsammandrag VSS 2023, belopp i tkr');
    expect(sheet?.getRow(2).values).toEqual([undefined, 'Verksamhet', 'Bokslut 2023']);
    expect(sheet?.getCell('B3').value).toBe(-2969);
    expect(sheet?.getCell('A3').type).toBe(ExcelJS.ValueType.String);
    expect(sheet?.getCell('A3').value).toBe('=HYPERLINK("x")');
    expect(sheet?.getCell('A5').value).toBe('(1) Netto anges som intäkter minus kostnader.');
  });
});

describe('tablesToXlsx', () => {
  it('puts each table on its own sheet, named within Excel’s rules and never twice', async () => {
    const long = { ...table, caption: 'Uppföljning av förvaltningsindikatorer: Mål [1] / 2019?' };
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await tablesToXlsx([table, long, long, table])) as unknown as ArrayBuffer);
    const names = book.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual([
      'Driftsammandrag VSS 2023, belop',
      'Uppföljning av förvaltningsindi',
      'Uppföljning av förvaltnings (2)',
      'Driftsammandrag VSS 2023, b (2)',
    ]);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[:\\/?*[\]]/);
    }
    expect(book.worksheets[1]?.getCell('A1').value).toBe(long.caption);
    expect(sheetName("'Mål: 1'", new Set(['mål 1']))).toBe('Mål 1 (2)');
  });

  it('gives a document without tables one empty sheet, which Excel can open', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await tablesToXlsx([])) as unknown as ArrayBuffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Inga tabeller']);
  });
});
