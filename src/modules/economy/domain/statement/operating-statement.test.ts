import { describe, expect, it } from 'vitest';
import { scaleByPowerOfTen } from '#core/decimal.ts';
import type { TableModel } from '#core/table.ts';
import {
  DETAIL_ROWS_DESCRIPTION,
  describeSignConvention,
  describeVarianceConvention,
} from './conventions.ts';
import type { GrossAmounts } from './money.ts';
import {
  type AmountLookup,
  amountsFrom,
  buildOperatingStatement,
  type OperatingStatementInput,
  type StatementColumn,
  type StatementRow,
} from './operating-statement.ts';

/** The shared rounding notes: the figures are in the table; the note says why they differ. */
const TOTAL_NOTE =
  'Summan är räknad på exakta belopp före avrundning till tkr och kan därför skilja sig från summan av de ' +
  'avrundade raderna.';
const NET_NOTE =
  'Nettot är räknat på exakta belopp före avrundning till tkr och kan därför skilja sig från nettot av de ' +
  'avrundade raderna varav kostnader och varav intäkter.';

/** tkr as printed in the seeds, or with decimals for amounts that are not whole tkr, as öre. */
const tkr = (value: number | string): bigint => BigInt(scaleByPowerOfTen(String(value), 5));
const gross = (costs: number | string, revenues: number | string): GrossAmounts => ({
  costs: tkr(costs),
  revenues: tkr(revenues),
});

/** The table as plain text rows: header, then the cells, with ordinary spaces and minus signs. */
const plain = (text: string) => text.replaceAll('\u00a0', ' ').replaceAll('\u2212', '-');
const grid = (table: TableModel) =>
  table.groups.flatMap((group) =>
    group.rows.map((row) => [plain(row.header.text), ...row.cells.map((cell) => plain(cell.text))]),
  );
const rowOf = (table: TableModel, key: string) => {
  const row = table.groups.flatMap((group) => group.rows).find((candidate) => candidate.key === key);
  if (row === undefined) {
    throw new Error(`No row ${key}`);
  }
  return row;
};
const noteTexts = (table: TableModel, markers: readonly number[]) =>
  markers.map((marker) => plain(table.footnotes.find((note) => note.marker === marker)?.text ?? ''));

const row = (key: string, name: string, footnote: string | null = null): StatementRow => ({
  key,
  name,
  ref: { kind: 'orgUnit', id: key },
  footnote,
});

const KONTAKT_NOTE =
  'Redovisning bokslut 2018 raden Kontakt Linköping avser Medborgarkontoret, som från 2019 ingår i Kontakt Linköping';

// VB 2019 "Driftsammandrag, netto tkr" (002:134-147), result scale. The seed gives each row's net only, so
// the split into costs and revenues is made up to give the printed nets and the printed totals.
const vb2019Rows = [
  row('ledning', 'VSS ledning'),
  row('ekonomi', 'Ekonomiservice'),
  row('hr', 'HR service'),
  row('kontakt', 'Kontakt Linköping', KONTAKT_NOTE),
  row('lkdata', 'LK-data'),
  row('arkiv', 'Stadsarkivet'),
];
const vb2019Amounts = amountsFrom({
  ledning: { closing: gross(12_356, 10_000), budget: gross(12_000, 12_000) },
  ekonomi: { closing: gross(20_476, 20_000), budget: gross(21_000, 21_000) },
  hr: { closing: gross(30_232, 30_000), budget: gross(31_000, 31_000) },
  kontakt: { closing: gross(45_000, 50_027), budget: gross(46_000, 46_000) },
  lkdata: { closing: gross(137_979, 153_341), budget: gross(148_423, 148_923) },
  arkiv: { closing: gross(8_024, 8_000), budget: gross(8_000, 8_000) },
});
const varianceColumns: StatementColumn[] = [
  { kind: 'amount', key: 'closing', label: 'Bokslut 2019' },
  { kind: 'amount', key: 'budget', label: 'Budget 2019' },
  { kind: 'variance', key: 'variance', label: 'Avvikelse', actual: 'closing', budget: 'budget' },
];
const vb2019: OperatingStatementInput = {
  caption: 'Driftsammandrag',
  unit: 'tkr',
  signConvention: 'result',
  varianceConvention: 'favourablePositive',
  columns: varianceColumns,
  rows: vb2019Rows,
  totalLabel: 'Summa nettokostnader, tkr',
  amounts: vb2019Amounts,
};

// Delår "Prognos resultat 2019" (004:197-206). LKDATA is given tenths of a tkr so that, as in the seed,
// the printed cost variance 10 648 and revenue variance 2 894 do not add up to the printed 13 543.
const interimRows = [
  row('ekonomi', 'Ekonomiservice'),
  row('hr', 'HR service'),
  row('kontakt', 'Kontakt Linköping'),
  row('lkdata', 'LKDATA'),
  row('arkiv', 'Stadsarkivet'),
  row('ledning', 'VSS ledning'),
];
const interimAmounts = amountsFrom({
  ekonomi: { forecast: gross(30_000, 30_000), budget: gross(31_000, 31_000) },
  hr: { forecast: gross(25_000, 25_000), budget: gross(26_000, 26_000) },
  kontakt: { forecast: gross(40_000, 42_000), budget: gross(41_000, 41_000) },
  lkdata: { forecast: gross('126983.3', '142817.4'), budget: gross('134076.7', 137_423) },
  arkiv: { forecast: gross(10_000, 10_000), budget: gross(10_500, 10_500) },
  ledning: { forecast: gross(20_945, 20_000), budget: gross(21_000, 21_000) },
});
const interim: OperatingStatementInput = {
  caption: 'Prognos resultat 2019',
  unit: 'tkr',
  signConvention: 'result',
  varianceConvention: 'favourablePositive',
  columns: [
    { kind: 'amount', key: 'forecast', label: 'Prognos helår' },
    { kind: 'amount', key: 'budget', label: 'Budget 2019' },
    { kind: 'variance', key: 'variance', label: 'Avvikelse', actual: 'forecast', budget: 'budget' },
  ],
  rows: interimRows,
  totalLabel: 'Summa nettoresultat, tkr',
  amounts: interimAmounts,
};

describe('the VB 2019 driftsammandrag (002:134-147)', () => {
  it('prints the rows, the total and its varav rows in the result convention', () => {
    expect(grid(buildOperatingStatement(vb2019))).toEqual([
      ['VSS ledning', '-2 356', '0', '-2 356'],
      ['Ekonomiservice', '-476', '0', '-476'],
      ['HR service', '-232', '0', '-232'],
      ['Kontakt Linköping', '5 027', '0', '5 027'],
      ['LK-data', '15 362', '500', '14 862'],
      ['Stadsarkivet', '-24', '0', '-24'],
      ['Summa nettokostnader, tkr', '17 301', '500', '16 801'],
      ['varav kostnader', '254 067', '266 423', '12 356'],
      ['varav intäkter', '271 368', '266 923', '4 445'],
    ]);
  });

  it('uses the typographic minus and no-break spaces of core/format.ts', () => {
    expect(rowOf(buildOperatingStatement(vb2019), 'ledning').cells[0]?.text).toBe('\u22122\u00a0356');
  });

  it('restates the variance as actual − budget: costs −12 356, revenues +4 445, net 16 801', () => {
    const table = buildOperatingStatement({ ...vb2019, varianceConvention: 'actualMinusBudget' });
    expect(grid(table).slice(6)).toEqual([
      ['Summa nettokostnader, tkr', '17 301', '500', '16 801'],
      ['varav kostnader', '254 067', '266 423', '-12 356'],
      ['varav intäkter', '271 368', '266 923', '4 445'],
    ]);
  });

  it('has the structure a renderer needs: columns, detail rows, refs, no rounding notes', () => {
    const table = buildOperatingStatement(vb2019);
    expect(table.caption).toBe('Driftsammandrag, belopp i tkr');
    expect(table.columns.map((column) => [column.label, column.align])).toEqual([
      ['Verksamhet', 'start'],
      ['Bokslut 2019', 'end'],
      ['Budget 2019', 'end'],
      ['Avvikelse', 'end'],
    ]);
    expect(rowOf(table, 'total:costs')).toMatchObject({ depth: 1, role: 'detail' });
    expect(rowOf(table, 'lkdata')).toMatchObject({
      depth: 0,
      role: 'row',
      ref: { kind: 'orgUnit', id: 'lkdata' },
    });
    expect(table.footnotes.map((note) => note.text)).toEqual([
      KONTAKT_NOTE,
      `${describeSignConvention('result')} ${DETAIL_ROWS_DESCRIPTION}`,
      describeVarianceConvention('favourablePositive', 'result'),
    ]);
    expect(rowOf(table, 'kontakt').header.markers).toEqual([1]);
    expect(rowOf(table, 'total').header.markers).toEqual([2, 3]);
    const cells = table.groups.flatMap((group) => group.rows.flatMap((candidate) => candidate.cells));
    expect(cells.every((candidate) => candidate.markers.length === 0)).toBe(true);
  });

  it('shows each unit’s varav rows when asked, all adding up', () => {
    const table = buildOperatingStatement({ ...vb2019, detailRows: true });
    expect(grid(table).slice(0, 3)).toEqual([
      ['VSS ledning', '-2 356', '0', '-2 356'],
      ['varav kostnader', '12 356', '12 000', '-356'],
      ['varav intäkter', '10 000', '12 000', '-2 000'],
    ]);
    expect(rowOf(table, 'ledning:revenues')).toMatchObject({ depth: 1, role: 'detail' });
    expect(grid(table)).toHaveLength(6 * 3 + 3);
    expect(table.footnotes).toHaveLength(3);
  });
});

describe('the Delår prognos (004:197-206) and its net-cost restatement', () => {
  it('prints 16 889 on the result scale and −16 889 on the net-cost scale, the variance 13 543 in both', () => {
    const result = grid(buildOperatingStatement(interim));
    const netCost = grid(buildOperatingStatement({ ...interim, signConvention: 'netCost' }));
    expect(result[3]).toEqual(['LKDATA', '15 834', '3 346', '12 488']);
    expect(netCost[3]).toEqual(['LKDATA', '-15 834', '-3 346', '12 488']);
    expect(netCost[5]).toEqual(['VSS ledning', '945', '0', '-945']);
    expect(result.slice(6)).toEqual([
      ['Summa nettoresultat, tkr', '16 889', '3 346', '13 543'],
      ['varav kostnader', '252 928', '263 577', '10 648'],
      ['varav intäkter', '269 817', '266 923', '2 894'],
    ]);
    expect(netCost[6]).toEqual(['Summa nettoresultat, tkr', '-16 889', '-3 346', '13 543']);
  });

  it('notes that the printed varav variances give 13 542, not the printed 13 543 (004:45-47)', () => {
    const table = buildOperatingStatement(interim);
    const total = rowOf(table, 'total');
    expect(total.cells[0]?.markers).toEqual([]);
    expect(total.cells[1]?.markers).toEqual([]);
    expect(noteTexts(table, total.cells[2]?.markers ?? [])).toEqual([NET_NOTE]);
  });

  it('notes the same on a unit whose own varav rows are printed', () => {
    const table = buildOperatingStatement({ ...interim, detailRows: true });
    expect(grid(table).slice(9, 12)).toEqual([
      ['LKDATA', '15 834', '3 346', '12 488'],
      ['varav kostnader', '126 983', '134 077', '7 093'],
      ['varav intäkter', '142 817', '137 423', '5 394'],
    ]);
    const lkdata = rowOf(table, 'lkdata');
    expect(noteTexts(table, lkdata.cells[2]?.markers ?? [])).toEqual([NET_NOTE]);
    expect(lkdata.cells[0]?.markers).toEqual([]);
    // Numbered in reading order: the unit's note before the conventions under the total.
    expect(lkdata.cells[2]?.markers).toEqual([1]);
    expect(rowOf(table, 'total').header.markers).toEqual([2, 3]);
  });
});

describe('Förändring (004:173-180)', () => {
  const nets: Record<string, [number, number]> = {
    ekonomi: [-65, 113],
    hr: [433, -653],
    kontakt: [2_787, 647],
    lkdata: [12_976, 5_916],
    arkiv: [87, 412],
    ledning: [-203, 0],
  };
  const amounts: AmountLookup = (rowKey, columnKey) => {
    const [current, previous] = nets[rowKey] ?? [0, 0];
    // Costs differ between the years, so that a change taken the wrong way round shows.
    const costs = columnKey === 'ytd2019' ? 100_000 : 90_000;
    return gross(costs, costs + (columnKey === 'ytd2019' ? current : previous));
  };
  const input: OperatingStatementInput = {
    caption: 'Resultat 31 augusti 2019',
    unit: 'tkr',
    signConvention: 'result',
    varianceConvention: 'favourablePositive',
    columns: [
      { kind: 'amount', key: 'ytd2019', label: 'Redovisning 31/8 2019' },
      { kind: 'amount', key: 'ytd2018', label: 'Redovisning 31/8 2018' },
      { kind: 'change', key: 'change', label: 'Förändring', current: 'ytd2019', previous: 'ytd2018' },
    ],
    rows: interimRows
      .filter((candidate) => candidate.key !== 'ledning')
      .concat(row('ledning', 'VSS ledning')),
    totalLabel: 'Summa',
    amounts,
    totalDetailRows: false,
  };

  it('is current − previous per row and in the total, on the table’s sign scale', () => {
    expect(grid(buildOperatingStatement(input))).toEqual([
      ['Ekonomiservice', '-65', '113', '-178'],
      ['HR service', '433', '-653', '1 086'],
      ['Kontakt Linköping', '2 787', '647', '2 140'],
      ['LKDATA', '12 976', '5 916', '7 060'],
      ['Stadsarkivet', '87', '412', '-325'],
      ['VSS ledning', '-203', '0', '-203'],
      ['Summa', '16 015', '6 435', '9 580'],
    ]);
    expect(grid(buildOperatingStatement({ ...input, signConvention: 'netCost' })).at(-1)).toEqual([
      'Summa',
      '-16 015',
      '-6 435',
      '-9 580',
    ]);
  });

  it('states the sign convention but no variance convention when there is no variance column', () => {
    const table = buildOperatingStatement(input);
    expect(table.footnotes.map((note) => note.text)).toEqual([describeSignConvention('result')]);
    expect(table.caption).toBe('Resultat 31 augusti 2019, belopp i tkr');
  });

  it('gives the change of the varav rows as current − previous magnitudes', () => {
    const table = buildOperatingStatement({ ...input, totalDetailRows: true });
    expect(grid(table).slice(-2)).toEqual([
      ['varav kostnader', '600 000', '540 000', '60 000'],
      ['varav intäkter', '616 015', '546 435', '69 580'],
    ]);
  });
});

describe('rounding never leaves a total disagreeing with its rows unsaid', () => {
  const columns: StatementColumn[] = [{ kind: 'amount', key: 'a', label: 'Bokslut 2023' }];
  const rows = [row('x', 'X'), row('y', 'Y'), row('z', 'Z')];
  const statement = (nets: readonly string[], overrides: Partial<OperatingStatementInput> = {}) =>
    buildOperatingStatement({
      caption: 'Driftsammandrag',
      unit: 'tkr',
      signConvention: 'result',
      varianceConvention: 'favourablePositive',
      columns,
      rows,
      totalLabel: 'Summa',
      amounts: (rowKey) => {
        const net = nets[rows.findIndex((candidate) => candidate.key === rowKey)] ?? '0';
        return gross(10, `${10 + Number(net)}`);
      },
      totalDetailRows: false,
      ...overrides,
    });

  it('footnotes a total whose printed figure is not the sum of the printed rows', () => {
    const table = statement(['1.4', '1.4', '1.4']);
    expect(grid(table)).toEqual([
      ['X', '1'],
      ['Y', '1'],
      ['Z', '1'],
      ['Summa', '4'],
    ]);
    const total = rowOf(table, 'total').cells[0];
    expect(noteTexts(table, total?.markers ?? [])).toEqual([TOTAL_NOTE]);
  });

  it('adds no note when the printed rows sum to the printed total', () => {
    const table = statement(['1.1', '1.1', '1.1']);
    expect(grid(table).at(-1)).toEqual(['Summa', '3']);
    expect(rowOf(table, 'total').cells[0]?.markers).toEqual([]);
    expect(table.footnotes).toHaveLength(1);
  });

  it('notes a negative total rounded away from the rows, never adjusting a figure', () => {
    const table = statement(['-0.5', '-0.5', '0.4']);
    expect(grid(table)).toEqual([
      ['X', '-1'],
      ['Y', '-1'],
      ['Z', '0'],
      ['Summa', '-1'],
    ]);
    expect(noteTexts(table, rowOf(table, 'total').cells[0]?.markers ?? [])).toEqual([TOTAL_NOTE]);
  });

  it('notes the varav totals too when the units’ varav rows are printed', () => {
    const table = buildOperatingStatement({
      caption: 'Driftsammandrag',
      unit: 'tkr',
      signConvention: 'netCost',
      varianceConvention: 'favourablePositive',
      columns,
      rows,
      totalLabel: 'Summa',
      amounts: () => gross('1.4', '1.4'),
      detailRows: true,
    });
    expect(grid(table).slice(-3)).toEqual([
      ['Summa', '0'],
      ['varav kostnader', '4'],
      ['varav intäkter', '4'],
    ]);
    const costs = rowOf(table, 'total:costs').cells[0];
    expect(noteTexts(table, costs?.markers ?? [])).toEqual([TOTAL_NOTE]);
    // The same text keeps its number.
    expect(rowOf(table, 'total:revenues').cells[0]?.markers).toEqual(costs?.markers);
  });

  it('leaves the varav totals alone when the units’ varav rows are not printed', () => {
    const table = statement(['0', '0', '0'], { amounts: () => gross('1.4', '1.4'), totalDetailRows: true });
    expect(rowOf(table, 'total:costs').cells[0]?.markers).toEqual([]);
  });

  it('says the printed precision in mnkr, one decimal by default', () => {
    const table = statement(['140', '140', '140'], { unit: 'mnkr' });
    expect(table.caption).toBe('Driftsammandrag, belopp i mnkr');
    expect(grid(table)).toEqual([
      ['X', '0,1'],
      ['Y', '0,1'],
      ['Z', '0,1'],
      ['Summa', '0,4'],
    ]);
    expect(plain(table.footnotes.at(-1)?.text ?? '')).toBe(
      'Summan är räknad på exakta belopp före avrundning till 1 decimal i mnkr och kan därför skilja sig från summan av de avrundade raderna.',
    );
  });
});

describe('a missing figure is not a zero', () => {
  const columns: StatementColumn[] = [
    { kind: 'amount', key: 'closing', label: 'Bokslut 2022' },
    { kind: 'amount', key: 'budget', label: 'Budget 2023' },
    { kind: 'variance', key: 'variance', label: 'Avvikelse', actual: 'closing', budget: 'budget' },
  ];
  const input: OperatingStatementInput = {
    caption: 'Driftsammandrag',
    unit: 'tkr',
    signConvention: 'netCost',
    varianceConvention: 'favourablePositive',
    columns,
    rows: [row('zero', 'Nollrad'), row('new', 'Ny verksamhet'), row('none', 'Utan belopp')],
    totalLabel: 'Summa',
    amounts: amountsFrom({
      zero: { closing: gross(0, 0), budget: gross(0, 0) },
      new: { budget: gross(1_000, 400) },
    }),
  };

  it('prints "" for no figure and "0" for a zero, in amounts and variances', () => {
    const table = buildOperatingStatement(input);
    expect(grid(table).slice(0, 3)).toEqual([
      ['Nollrad', '0', '0', '0'],
      ['Ny verksamhet', '', '600', ''],
      ['Utan belopp', '', '', ''],
    ]);
    expect(rowOf(table, 'none').cells[0]).toMatchObject({ text: '', kind: 'empty' });
    expect(rowOf(table, 'zero').cells[0]).toMatchObject({ text: '0', kind: 'value' });
  });

  it('leaves a column empty in the total when no row has a figure', () => {
    const table = buildOperatingStatement({
      ...input,
      amounts: amountsFrom({ new: { budget: gross(1, 1) } }),
    });
    expect(grid(table).slice(3)).toEqual([
      ['Summa', '', '0', ''],
      ['varav kostnader', '', '1', ''],
      ['varav intäkter', '', '1', ''],
    ]);
  });

  it('explains a variance total that is not the sum of the rows because a row lacks a figure', () => {
    const table = buildOperatingStatement(input);
    expect(grid(table).slice(3)).toEqual([
      ['Summa', '0', '600', '600'],
      ['varav kostnader', '0', '1 000', '1 000'],
      ['varav intäkter', '0', '400', '-400'],
    ]);
    expect(noteTexts(table, rowOf(table, 'total').cells[2]?.markers ?? [])).toEqual([
      'Raderna summerar till 0 tkr men summan är 600 tkr: summan är räknad på kolumnernas summor, och ' +
        'alla rader har inte belopp i båda kolumnerna.',
    ]);
  });
});

describe('input checks', () => {
  const base: OperatingStatementInput = { ...vb2019 };

  it('refuses a variance or change column that refers to no amount column', () => {
    const bad = (column: StatementColumn) => () =>
      buildOperatingStatement({ ...base, columns: [...varianceColumns, column] });
    expect(bad({ kind: 'variance', key: 'v2', label: 'A', actual: 'variance', budget: 'budget' })).toThrow(
      /not an amount column/,
    );
    expect(bad({ kind: 'change', key: 'c', label: 'F', current: 'closing', previous: 'missing' })).toThrow(
      /not an amount column/,
    );
  });

  it('refuses duplicate keys and a row named like the total', () => {
    expect(() =>
      buildOperatingStatement({
        ...base,
        columns: [...varianceColumns, varianceColumns[0] as StatementColumn],
      }),
    ).toThrow(/unique/);
    expect(() => buildOperatingStatement({ ...base, rows: [row('a', 'A'), row('a', 'B')] })).toThrow(
      /unique/,
    );
    expect(() => buildOperatingStatement({ ...base, rows: [row('total', 'A')] })).toThrow(/unique/);
  });

  it('refuses decimals finer than the öre', () => {
    expect(() => buildOperatingStatement({ ...base, unit: 'kr', decimals: 3 })).toThrow(RangeError);
  });

  it('keeps a caption that already states the unit', () => {
    expect(buildOperatingStatement({ ...base, caption: 'Ekonomi, belopp i tkr' }).caption).toBe(
      'Ekonomi, belopp i tkr',
    );
  });
});

describe('the amounts lookup', () => {
  it('takes null as well as undefined for no figure', () => {
    const table = buildOperatingStatement({
      ...vb2019,
      rows: [row('a', 'A')],
      amounts: (_rowKey, columnKey) => (columnKey === 'closing' ? null : gross(1, 1)),
    });
    expect(grid(table)[0]).toEqual(['A', '', '0', '']);
  });
});

describe('a net-only forecast (issue 6 item 5)', () => {
  const NET_ONLY =
    'Beloppet är lämnat som netto: kostnader och intäkter är okända, så raderna varav kostnader och varav ' +
    'intäkter är tomma. En summa har dem bara när alla dess delar har dem.';
  const columns: StatementColumn[] = [
    { kind: 'amount', key: 'forecast', label: 'Prognos helår 2019' },
    { kind: 'amount', key: 'budget', label: 'Budget 2019' },
    { kind: 'variance', key: 'variance', label: 'Avvikelse', actual: 'forecast', budget: 'budget' },
  ];
  const input: OperatingStatementInput = {
    caption: 'Prognos',
    unit: 'tkr',
    signConvention: 'result',
    varianceConvention: 'favourablePositive',
    columns,
    rows: [row('ekonomi', 'Ekonomiservice'), row('lkdata', 'LK-data')],
    totalLabel: 'Summa',
    detailRows: true,
    amounts: amountsFrom({
      ekonomi: { forecast: gross(21_500, 21_000), budget: gross(21_000, 21_000) },
      // A net cost of −1 200 tkr: a surplus of 1 200 on the result scale.
      lkdata: { forecast: { netCost: tkr(-1_200) }, budget: gross(148_423, 148_923) },
    }),
  };

  it('prints the net, leaves its varav rows empty and says why', () => {
    const table = buildOperatingStatement(input);
    expect(grid(table)).toEqual([
      ['Ekonomiservice', '-500', '0', '-500'],
      ['varav kostnader', '21 500', '21 000', '-500'],
      ['varav intäkter', '21 000', '21 000', '0'],
      ['LK-data', '1 200', '500', '700'],
      ['varav kostnader', '', '148 423', ''],
      ['varav intäkter', '', '148 923', ''],
      ['Summa', '700', '500', '200'],
      ['varav kostnader', '', '169 423', ''],
      ['varav intäkter', '', '169 923', ''],
    ]);
    const lkdata = rowOf(table, 'lkdata');
    expect(noteTexts(table, lkdata.cells[0]?.markers ?? [])).toEqual([NET_ONLY]);
    expect(noteTexts(table, lkdata.cells[2]?.markers ?? [])).toEqual([NET_ONLY]);
    expect(lkdata.cells[1]?.markers).toEqual([]);
    // The total's net sums every row; its parts would need every row's parts.
    expect(noteTexts(table, rowOf(table, 'total').cells[0]?.markers ?? [])).toContain(NET_ONLY);
  });

  it('keeps costs and revenues in a total whose every part has them', () => {
    const table = buildOperatingStatement({ ...input, rows: [row('ekonomi', 'Ekonomiservice')] });
    expect(grid(table).slice(-3)).toEqual([
      ['Summa', '-500', '0', '-500'],
      ['varav kostnader', '21 500', '21 000', '-500'],
      ['varav intäkter', '21 000', '21 000', '0'],
    ]);
    expect(table.footnotes.map((note) => plain(note.text))).not.toContain(NET_ONLY);
  });

  it('gives the same net on the net-cost scale, turned round', () => {
    const table = buildOperatingStatement({ ...input, signConvention: 'netCost' });
    expect(grid(table)[3]).toEqual(['LK-data', '-1 200', '-500', '700']);
  });
});
