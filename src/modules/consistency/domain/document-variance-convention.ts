/**
 * `document-variance-convention` (issue 9): a variance ("Avvikelse") computed in another convention than the
 * table's. The variance column and the actual (or forecast) and budget columns it compares are read from
 * the headers (document-variances.ts); each row's variance is recomputed from its printed actual and budget
 * in the direction the table gives that kind of row, allowing half a unit of each of the three printed
 * figures for rounding.
 *
 * The table's convention is what its footnotes or note declare ("Avvikelse anges så att ett positivt belopp
 * är bättre än budget: netto som utfall minus budget, kostnader som budget minus utfall …"). Where they
 * declare none, a kind of row's direction is inferred only from the other rows of that kind: at least two
 * that tell the directions apart (actual and budget differ by more than rounding), all in the same one.
 *
 * - `fel`: a printed variance that the other direction gives and the table's does not – "Avvikelsen på raden
 *   ”varav kostnader” under ”Summa” anges till −12 356 tkr, men tabellen anger avvikelse som budget minus
 *   utfall för kostnader: 266 423 − 254 067 = 12 356 tkr. Den tryckta avvikelsen är utfall minus budget."
 * - `varning`: a variance that neither direction gives, in a table that declares its convention and where
 *   another row confirms the columns read (its variance is the declared direction's, not the other's).
 *   Where the convention is only inferred, such a row is left alone: it may be another error.
 *
 * A row with an empty cell, "I.U." or any other text among the three is not read.
 */
import { compareDecimal, type DecimalString } from '#core/decimal.ts';
import type { DocumentBlock } from '#core/document.ts';
import { formatDecimal } from '#core/format.ts';
import {
  asTerm,
  type DocumentFinding,
  type FlatRow,
  figureOf,
  flatRows,
  headerOf,
  isVaravRow,
  magnitude,
  type PrintedTable,
  printedTables,
  roundingAllowance,
  withUnit,
} from './document-tables.ts';
import {
  DIRECTION_WORDS,
  declaredVarianceDirections,
  type LineKind,
  lineOf,
  moneyUnitOf,
  opposite,
  type RowLine,
  type VarianceColumns,
  type VarianceDirection,
  varianceBy,
  varianceColumnsOf,
  within,
} from './document-variances.ts';

interface ReadRow {
  readonly index: number;
  readonly row: FlatRow;
  readonly line: RowLine;
  readonly actual: DecimalString;
  readonly budget: DecimalString;
  readonly variance: DecimalString;
  readonly allowance: DecimalString;
}

function readRows(printed: PrintedTable, columns: VarianceColumns): ReadRow[] {
  return flatRows(printed.table).flatMap((row, index): ReadRow[] => {
    const line = lineOf(row.row);
    const [actual, budget, variance] = [columns.actual, columns.budget, columns.variance].map((at) =>
      figureOf(row.row.cells[at]),
    );
    if (line === null || actual == null || budget == null || variance == null) {
      return [];
    }
    return [
      {
        index,
        row,
        line,
        actual,
        budget,
        variance,
        allowance: roundingAllowance([actual, budget, variance]),
      },
    ];
  });
}

/** The direction a row's printed variance shows: the one it matches and the other does not; else null. */
function shownDirection(read: ReadRow): VarianceDirection | null {
  const shows = (direction: VarianceDirection) =>
    within(read.variance, varianceBy(direction, read.actual, read.budget), read.allowance);
  const [a, b] = [shows('actualMinusBudget'), shows('budgetMinusActual')];
  return a === b ? null : a ? 'actualMinusBudget' : 'budgetMinusActual';
}

/** A kind of row's direction from the other rows of that kind: at least two, all showing the same one. */
function inferredDirection(
  rows: readonly ReadRow[],
  read: ReadRow,
  kind: LineKind,
): VarianceDirection | null {
  const others = rows.filter((other) => other !== read && other.line.kind === kind);
  const shown = others.map(shownDirection).filter((direction) => direction !== null);
  const distinct = new Set(shown);
  return shown.length >= 2 && distinct.size === 1 ? ([...distinct][0] as VarianceDirection) : null;
}

/** "”varav kostnader” under ”Summa”", "”LK-data”". */
function rowName(rows: readonly FlatRow[], read: ReadRow): string {
  const { row } = read.row;
  if (!isVaravRow(row)) {
    return `”${headerOf(row)}”`;
  }
  const above = rows.slice(0, read.index).findLast((candidate) => candidate.row.depth < row.depth);
  return above ? `”${headerOf(row)}” under ”${headerOf(above.row)}”` : `”${headerOf(row)}”`;
}

const KIND_WORDS: Readonly<Record<LineKind, string>> = {
  net: 'netto',
  costs: 'kostnader',
  revenues: 'intäkter',
};

function arithmetic(direction: VarianceDirection, read: ReadRow, unit: string | null): string {
  const [first, second] =
    direction === 'actualMinusBudget' ? [read.actual, read.budget] : [read.budget, read.actual];
  return `${formatDecimal(first)} − ${asTerm(second)} = ${withUnit(varianceBy(direction, read.actual, read.budget), unit)}`;
}

function tableFindings(printed: PrintedTable): DocumentFinding[] {
  const columns = varianceColumnsOf(printed.table);
  if (columns === null) {
    return [];
  }
  const rows = flatRows(printed.table);
  const read = readRows(printed, columns);
  const declared = declaredVarianceDirections(printed);
  const unit = moneyUnitOf(printed.table);
  return read.flatMap((row): DocumentFinding[] => {
    const { kind } = row.line;
    const direction = declared ? declared[kind] : inferredDirection(read, row, kind);
    if (direction === null) {
      return [];
    }
    const expected = varianceBy(direction, row.actual, row.budget);
    if (within(row.variance, expected, row.allowance)) {
      return [];
    }
    const other = opposite(direction);
    const matchesOther = within(row.variance, varianceBy(other, row.actual, row.budget), row.allowance);
    const word = row.line.kind === 'net' ? 'netto' : row.line.word;
    const says = declared
      ? `tabellen anger avvikelse som ${DIRECTION_WORDS[direction]} för ${word}`
      : `tabellens övriga rader med ${KIND_WORDS[kind]} anger avvikelse som ${DIRECTION_WORDS[direction]}`;
    const base =
      `Avvikelsen på raden ${rowName(rows, row)} anges till ${withUnit(row.variance, unit)}, men ${says}: ` +
      `${arithmetic(direction, row, unit)}.`;
    const place = `${printed.label}, raden ${rowName(rows, row)}, kolumnen ”${printed.table.columns[columns.variance + 1]?.label}”`;
    if (matchesOther) {
      return [
        {
          ruleId: 'document-variance-convention',
          severity: 'fel',
          message: `${base} Den tryckta avvikelsen är ${DIRECTION_WORDS[other]}.`,
          place,
          block: printed.block,
        },
      ];
    }
    // Neither direction: only where the convention is declared and another row confirms the columns read.
    const confirmed = read.some((candidate) => {
      const candidateDirection = declared?.[candidate.line.kind] ?? null;
      return (
        candidate !== row &&
        candidateDirection !== null &&
        shownDirection(candidate) === candidateDirection &&
        compareDecimal(magnitude(candidate.variance), '0') > 0
      );
    });
    if (declared === null || !confirmed) {
      return [];
    }
    return [
      {
        ruleId: 'document-variance-convention',
        severity: 'varning',
        message:
          `${base} Den tryckta avvikelsen är inte heller ${DIRECTION_WORDS[other]} ` +
          `(${arithmetic(other, row, unit)}); avrundningen förklarar högst ${withUnit(row.allowance, unit)}.`,
        place,
        block: printed.block,
      },
    ];
  });
}

export function checkVarianceConventions(blocks: readonly DocumentBlock[]): DocumentFinding[] {
  return printedTables(blocks).flatMap(tableFindings);
}
