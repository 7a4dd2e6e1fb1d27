/**
 * Reading a generated document's own content for the document rules (issue 9): its tables as a reader reads
 * them – the printed figures, the unit the caption states ("belopp i tkr"), a sum row ("Summa …"), a "varav"
 * row and the row it breaks down, the sign convention a footnote declares ("Netto anges som intäkter minus
 * kostnader") – and the finding such a rule makes, which points at a block of the document rather than at a
 * record. Pure: the rules are given the blocks of the assembled document model (core/document.ts).
 *
 * Nothing is guessed: a figure is a cell whose printed text is a plain Swedish number ("1 234", "−0,9"); a
 * cell that says "I.U.", "≥4,5" or "2016: 15,2" is no figure. A row's kind is the word it is printed with.
 */
import { absDecimal, type DecimalString, parseSwedishDecimal } from '#core/decimal.ts';
import type { BlockSubject, DocumentBlock } from '#core/document.ts';
import { formatDecimal } from '#core/format.ts';
import type { TableCell, TableModel, TableRow } from '#core/table.ts';
import { formatFigure, roundingHalfUnit, sumOf } from './figures.ts';
import type { DocumentRuleId, Severity } from './finding.ts';

/** A finding of a rule over a document's own content, placed beside the block it is about. */
export interface DocumentFinding {
  readonly ruleId: DocumentRuleId;
  readonly severity: Severity;
  readonly message: string;
  /** What it is about, in Swedish: "Tabellen ”Investeringar 2019, belopp i tkr”, raden ”Summa investeringar”". */
  readonly place: string;
  /** The index, in the blocks checked, of the block it is about: the finding is shown right after it. */
  readonly block: number;
  /** The record it is about, when a block says so (a goal): the draft places it beside that record. */
  readonly about?: BlockSubject;
}

/** A table the document prints, with the index of its block: a table block, or the table under a chart. */
export interface PrintedTable {
  readonly block: number;
  readonly table: TableModel;
  /** The text under the caption, where the block has one. */
  readonly note: string | null;
  /** "Tabellen ”Driftsammandrag …”". */
  readonly label: string;
}

export function printedTables(blocks: readonly DocumentBlock[]): PrintedTable[] {
  return blocks.flatMap((block, index): PrintedTable[] => {
    if (block.kind === 'table') {
      const { table } = block;
      return [{ block: index, table, note: block.note ?? null, label: `Tabellen ”${table.caption}”` }];
    }
    if (block.kind === 'chart') {
      const { table } = block.chart;
      return [{ block: index, table, note: null, label: `Diagrammets tabell ”${table.caption}”` }];
    }
    return [];
  });
}

/** A row as read in order through the table's groups. */
export interface FlatRow {
  readonly row: TableRow;
  readonly group: number;
  /** Whether the row's group is headed ("Ekonomi"): a new part of the table, never summed across. */
  readonly headedGroup: boolean;
}

export function flatRows(table: TableModel): FlatRow[] {
  return table.groups.flatMap((group, index) =>
    group.rows.map((row) => ({ row, group: index, headedGroup: group.heading !== null })),
  );
}

/** The printed figure of a cell, exactly as printed; null for text, an empty cell or "I.U.". */
export function figureOf(cell: TableCell | undefined): DecimalString | null {
  if (cell === undefined || cell.text.trim() === '') {
    return null;
  }
  return parseSwedishDecimal(cell.text);
}

export const isEmptyCell = (cell: TableCell | undefined) => cell === undefined || cell.text.trim() === '';

export const headerOf = (row: TableRow) => row.header.text.trim();

/** "varav kostnader", "Varav chatt": a row printed as a part of the row it stands under. */
export const isVaravRow = (row: TableRow) => /^varav\s/i.test(headerOf(row));

/** "Summa", "Summa investeringar inom ram": a row printed as the sum of the rows above it. */
export const isSumRow = (row: TableRow) => /^summa(\s|$)/i.test(headerOf(row)) && !isVaravRow(row);

export const hasFigures = (row: TableRow) => row.cells.some((cell) => figureOf(cell) !== null);

/**
 * The gross parts of a net, which the economy prints under it as "varav kostnader" and "varav intäkter"
 * (investments: "varav utgifter", "varav inkomster"): not parts of the net but what it is made of.
 */
export const GROSS_PARTS = ['kostnader', 'intäkter', 'utgifter', 'inkomster'] as const;
export type GrossPart = (typeof GROSS_PARTS)[number];

export function grossPartOf(row: TableRow): GrossPart | null {
  const match = /^varav\s+(kostnader|intäkter|utgifter|inkomster)$/i.exec(headerOf(row));
  return match ? ((match[1] as string).toLowerCase() as GrossPart) : null;
}

/** The varav rows printed right under the row at `index` (deeper, before the next row of its depth). */
export function varavRowsUnder(rows: readonly FlatRow[], index: number): FlatRow[] {
  const parent = rows[index];
  if (parent === undefined) {
    return [];
  }
  const under: FlatRow[] = [];
  for (let next = index + 1; next < rows.length; next += 1) {
    const candidate = rows[next] as FlatRow;
    if (candidate.group !== parent.group || candidate.row.depth <= parent.row.depth) {
      break;
    }
    if (isVaravRow(candidate.row) && candidate.row.depth === parent.row.depth + 1) {
      under.push(candidate);
    }
  }
  return under;
}

/** The amount unit the caption states ("…, belopp i tkr"), or null when it states none. */
export function amountUnitOf(table: TableModel): string | null {
  const match = /belopp i (kr|tkr|mnkr)\b/i.exec(table.caption);
  return match ? (match[1] as string).toLowerCase() : null;
}

/** A figure with the table's unit: "1 234 tkr", or "1 234" in a table that states none. */
export const withUnit = (value: DecimalString, unit: string | null) => formatFigure(value, unit);

/**
 * How far rounding can move a sum of printed figures: half a unit of the last printed decimal of each,
 * since each was rounded on its own ("3 314" ± 0,5; "3,3" ± 0,05).
 */
export function roundingAllowance(values: readonly DecimalString[]): DecimalString {
  return trimmedDecimal(sumOf(values.map(roundingHalfUnit)));
}

/** Without trailing zeros of the fraction: "3.0" → "3", "0.50" → "0.5". */
export function trimmedDecimal(value: DecimalString): DecimalString {
  return value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
}

/** A figure as a term after a minus sign: "11 787", or "(−11 787)". */
export const asTerm = (value: DecimalString) =>
  value.startsWith('-') ? `(${formatDecimal(value)})` : formatDecimal(value);

/** Columns of derived figures – "Avvikelse", "Förändring" – whose sign follows no amount's convention. */
export const isDerivedColumn = (label: string) => /^(avvikelse|förändring)/i.test(label.trim());

/** The column's label: the table's columns after the row headers' column, in the cells' order. */
export const columnLabel = (table: TableModel, cellIndex: number) =>
  table.columns[cellIndex + 1]?.label ?? `kolumn ${cellIndex + 2}`;

export const magnitude = (value: DecimalString) => absDecimal(value);

/** "1 rad", "5 rader". */
export const rowCount = (count: number) => `${count} ${count === 1 ? 'rad' : 'rader'}`;
