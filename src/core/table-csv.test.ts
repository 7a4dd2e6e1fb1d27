import { describe, expect, it } from 'vitest';
import { cell, type TableModel } from './table.ts';
import { neutraliseFormula, tableToCsv } from './table-csv.ts';

const table: TableModel = {
  key: 't',
  caption: 'Driftsammandrag',
  groupLabel: null,
  columns: [
    { key: 'row', label: 'Verksamhet', align: 'start' },
    { key: 'a', label: 'Utfall 2023', align: 'end' },
    { key: 'b', label: 'Kommentar', align: 'start' },
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
          header: cell('Stab och ledning'),
          cells: [cell('−2 969,5', { value: '-2969.5', markers: [1] }), cell('=HYPERLINK("x")')],
          ref: null,
        },
      ],
    },
  ],
  footnotes: [{ marker: 1, text: 'Belopp i tkr; a; b' }],
};

describe('tableToCsv', () => {
  it('writes Swedish Excel’s dialect: byte-order mark, semicolons, decimal comma, CRLF', () => {
    const csv = tableToCsv(table, 'sv');
    expect(csv.startsWith('\uFEFFDriftsammandrag\r\n')).toBe(true);
    expect(csv).toContain('\r\nVerksamhet;Utfall 2023;Kommentar\r\n');
    expect(csv).toContain(`Stab och ledning;-2969,5;"'=HYPERLINK(""x"")"\r\n`);
    expect(csv).toContain('"(1) Belopp i tkr; a; b"');
  });

  it('writes the international dialect with commas and decimal points, and no byte-order mark', () => {
    const csv = tableToCsv(table, 'en');
    expect(csv.startsWith('Driftsammandrag')).toBe(true);
    expect(csv).toContain('Stab och ledning,-2969.5,');
  });

  it('never lets text out as a live formula', () => {
    for (const text of ['=1+1', '+46', '-x', '@SUM(A1)', '\tx', '\rx']) {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    }
    expect(neutraliseFormula('Kost och restaurang')).toBe('Kost och restaurang');
  });
});
