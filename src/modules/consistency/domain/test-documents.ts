/**
 * Documents for the document rules' tests: tables laid out as the generators lay them out – the economy's
 * operating statement with its varav rows, sum and convention footnotes (002:134-147), a volume table with
 * a "Varav" row (001), the goal-fulfilment summary and a goal's verdict (002:71-82, 002:193-290) – written
 * out by hand so that a test can break one figure.
 */
import type { DocumentBlock } from '#core/document.ts';
import { cell, type TableModel, type TableRow } from '#core/table.ts';

/** A row of printed texts: the header, then one text a column. */
export function textRow(
  key: string,
  header: string,
  texts: readonly string[],
  options: Partial<Pick<TableRow, 'depth' | 'role' | 'ref'>> & { markers?: number[] } = {},
): TableRow {
  return {
    key,
    depth: options.depth ?? 0,
    role: options.role ?? 'row',
    header: cell(header, { markers: options.markers ?? [] }),
    cells: texts.map((text) => cell(text)),
    ref: options.ref ?? null,
  };
}

/** A net row and its varav kostnader and varav intäkter: [net, costs, revenues] per column. */
export function netRows(
  key: string,
  header: string,
  columns: readonly [string, string, string][],
): TableRow[] {
  return [
    textRow(
      key,
      header,
      columns.map(([net]) => net),
    ),
    textRow(
      `${key}:costs`,
      'varav kostnader',
      columns.map(([, costs]) => costs),
      { depth: 1, role: 'detail' },
    ),
    textRow(
      `${key}:revenues`,
      'varav intäkter',
      columns.map(([, , revenues]) => revenues),
      {
        depth: 1,
        role: 'detail',
      },
    ),
  ];
}

export const RESULT_CONVENTION =
  'Netto anges som intäkter minus kostnader; ett positivt belopp är ett överskott och ett negativt belopp ' +
  'ett underskott. Raderna varav kostnader och varav intäkter anges som positiva belopp.';

/**
 * VSS's operating statement 2023 as the demo prints it: three units and the sum, in Bokslut 2023, Budget
 * 2023 and Avvikelse – consistent, the sum's rounding included (−879 + 11 + 153 = −715).
 */
export function statementTable(
  overrides: { rows?: TableRow[]; total?: TableRow[]; footnotes?: TableModel['footnotes'] } = {},
): TableModel {
  return {
    key: 'statement-VSS-2023-12-actual',
    caption: 'Driftsammandrag Verksamhetsstöd och service 2023, belopp i tkr',
    groupLabel: null,
    columns: [
      { key: 'row', label: 'Verksamhet', align: 'start' },
      { key: 'actual', label: 'Bokslut 2023', align: 'end' },
      { key: 'budget', label: 'Budget 2023', align: 'end' },
      { key: 'variance', label: 'Avvikelse', align: 'end' },
    ],
    groups: [
      {
        key: 'rows',
        heading: null,
        description: null,
        note: null,
        ref: null,
        rows: overrides.rows ?? [
          ...netRows('stab', 'Stab och ledning', [
            ['−879', '19 533', '18 654'],
            ['0', '29 300', '29 300'],
            ['−879', '9 767', '−10 646'],
          ]),
          ...netRows('ekonomi', 'Verksamhetsområde ekonomi', [
            ['11', '27 547', '27 558'],
            ['0', '41 320', '41 320'],
            ['11', '13 773', '−13 762'],
          ]),
          ...netRows('hr', 'Verksamhetsområde HR', [
            ['153', '22 321', '22 474'],
            ['0', '33 481', '33 481'],
            ['153', '11 160', '−11 007'],
          ]),
        ],
      },
      {
        key: 'total',
        heading: null,
        description: null,
        note: null,
        ref: null,
        rows: overrides.total ?? [
          ...netRows('total', 'Summa', [
            ['−716', '69 401', '68 686'],
            ['0', '104 101', '104 101'],
            ['−716', '34 700', '−35 415'],
          ]).map((row, index) => (index === 0 ? { ...row, header: cell('Summa', { markers: [1] }) } : row)),
        ],
      },
    ],
    footnotes: overrides.footnotes ?? [{ marker: 1, text: RESULT_CONVENTION }],
  };
}

export const table = (model: TableModel, note?: string): DocumentBlock =>
  note === undefined ? { kind: 'table', table: model } : { kind: 'table', table: model, note };

/** A plain table of rows, one group without heading. */
export function plainTable(
  caption: string,
  columns: readonly string[],
  rows: readonly TableRow[],
): TableModel {
  return {
    key: caption,
    caption,
    groupLabel: null,
    columns: [
      { key: 'row', label: 'Rad', align: 'start' },
      ...columns.map((label, index) => ({ key: `c${index}`, label, align: 'end' as const })),
    ],
    groups: [{ key: 'rows', heading: null, description: null, note: null, ref: null, rows: [...rows] }],
    footnotes: [],
  };
}
