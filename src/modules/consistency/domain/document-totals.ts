/**
 * `document-total-not-sum` (issue 9): a printed sum ("Summa …") that is not the sum of the printed rows it
 * sums, by more than the rounding of those rows explains – half a unit of each row's last printed decimal,
 * since each row was rounded on its own – and the message says how far rounding reaches. A "varav" row under
 * a sum ("varav kostnader" under "Summa") is the sum of the like-named varav rows of the rows summed.
 *
 * Which rows a sum sums is read as a reader reads it, and where that cannot be told the rule says nothing:
 * the rows above it, back to the start of the table, a headed group, a row without figures that heads the
 * rows after it at its own depth ("Investeringar utom ram"), or another sum; rows without figures that head
 * deeper rows (a unit over its projects) are passed, and varav rows belong to the row above them. A sum right
 * under another sum (a sum of sums, with frames between them) is not read; nor are rows summed at more than
 * one depth (subtotals). In a column, a summed row that is empty while it has figures elsewhere, or that
 * says "I.U.", leaves the column unread: the sum may be taken another way (the economy's variance of a row
 * with an actual but no budget is empty, and the sum's variance is the columns' sums' difference).
 */
import { compareDecimal, type DecimalString, subtractDecimal } from '#core/decimal.ts';
import type { DocumentBlock } from '#core/document.ts';
import { formatDecimal } from '#core/format.ts';
import {
  amountUnitOf,
  columnLabel,
  type DocumentFinding,
  type FlatRow,
  figureOf,
  flatRows,
  hasFigures,
  headerOf,
  isEmptyCell,
  isSumRow,
  isVaravRow,
  magnitude,
  type PrintedTable,
  printedTables,
  roundingAllowance,
  rowCount,
  varavRowsUnder,
  withUnit,
} from './document-tables.ts';
import { sumOf } from './figures.ts';

/** The indexes of the rows a sum at `index` sums, or null when that cannot be told surely. */
export function summedRows(rows: readonly FlatRow[], index: number): number[] | null {
  const sum = rows[index] as FlatRow;
  const summed: number[] = [];
  for (let above = index - 1; above >= 0; above -= 1) {
    const candidate = rows[above] as FlatRow;
    const next = rows[above + 1] as FlatRow;
    if (candidate.group !== next.group && (candidate.headedGroup || next.headedGroup)) {
      break;
    }
    const { row } = candidate;
    if (isSumRow(row) || row.depth < sum.row.depth) {
      break;
    }
    if (isVaravRow(row)) {
      continue;
    }
    if (!hasFigures(row)) {
      // A row over deeper rows (a unit over its projects) is passed; one over rows of its own depth heads
      // a part of the table of its own.
      if (next !== sum && next.row.depth > row.depth) {
        continue;
      }
      break;
    }
    summed.push(above);
  }
  if (summed.length === 0) {
    return null;
  }
  const depths = new Set(summed.map((at) => (rows[at] as FlatRow).row.depth));
  return depths.size === 1 ? summed.reverse() : null;
}

interface SumCheck {
  readonly printed: PrintedTable;
  /** "”Summa”", "”varav kostnader” under ”Summa”". */
  readonly sumName: string;
  /** "Raderna ovanför", "Raderna ”varav kostnader” ovanför". */
  readonly partsName: string;
  readonly sum: FlatRow;
  readonly parts: readonly FlatRow[];
}

function columnFinding(check: SumCheck, cellIndex: number): DocumentFinding | null {
  const { printed, sum, parts } = check;
  const total = figureOf(sum.row.cells[cellIndex]);
  if (total === null) {
    return null;
  }
  const figures: DecimalString[] = [];
  for (const part of parts) {
    const cell = part.row.cells[cellIndex];
    const figure = figureOf(cell);
    if (figure === null) {
      if (isEmptyCell(cell) && !hasFigures(part.row)) {
        continue;
      }
      return null;
    }
    figures.push(figure);
  }
  if (figures.length === 0) {
    return null;
  }
  const added = sumOf(figures);
  const difference = subtractDecimal(added, total);
  const allowance = roundingAllowance(figures);
  if (compareDecimal(magnitude(difference), allowance) <= 0) {
    return null;
  }
  const unit = amountUnitOf(printed.table);
  const column = columnLabel(printed.table, cellIndex);
  const halves = new Set(figures.map((figure) => roundingAllowance([figure])));
  const perRow =
    halves.size === 1 && figures.length > 1 ? ` (${formatDecimal([...halves][0] as string)} per rad)` : '';
  return {
    ruleId: 'document-total-not-sum',
    severity: 'fel',
    message:
      `${check.partsName} summerar i kolumnen ”${column}” till ${withUnit(added, unit)} men ` +
      `${check.sumName} anges till ${withUnit(total, unit)}, skillnad ${formatDecimal(difference)}. ` +
      `Avrundningen av ${rowCount(figures.length)} förklarar högst ${withUnit(allowance, unit)}${perRow}.`,
    place: `${printed.label}, raden ${check.sumName}, kolumnen ”${column}”`,
    block: printed.block,
  };
}

function checksOf(printed: PrintedTable): SumCheck[] {
  const rows = flatRows(printed.table);
  return rows.flatMap((sum, index): SumCheck[] => {
    if (!isSumRow(sum.row)) {
      return [];
    }
    const summed = summedRows(rows, index);
    if (summed === null) {
      return [];
    }
    const name = `”${headerOf(sum.row)}”`;
    const own: SumCheck = {
      printed,
      sumName: name,
      partsName: 'Raderna ovanför',
      sum,
      parts: summed.map((at) => rows[at] as FlatRow),
    };
    // The sum's varav rows: the sums of the like-named varav rows of the rows summed, when each has one.
    const varav = varavRowsUnder(rows, index).flatMap((part): SumCheck[] => {
      const label = headerOf(part.row).toLowerCase();
      const parts = summed.map((at) =>
        varavRowsUnder(rows, at).filter((candidate) => headerOf(candidate.row).toLowerCase() === label),
      );
      if (parts.some((found) => found.length !== 1)) {
        return [];
      }
      return [
        {
          printed,
          sumName: `”${headerOf(part.row)}” under ${name}`,
          partsName: `Raderna ”${headerOf(part.row)}” ovanför`,
          sum: part,
          parts: parts.map((found) => found[0] as FlatRow),
        },
      ];
    });
    return [own, ...varav];
  });
}

export function checkDocumentTotals(blocks: readonly DocumentBlock[]): DocumentFinding[] {
  return printedTables(blocks).flatMap((printed) =>
    checksOf(printed).flatMap((check) =>
      check.sum.row.cells.flatMap((_cell, cellIndex) => {
        const finding = columnFinding(check, cellIndex);
        return finding ? [finding] : [];
      }),
    ),
  );
}
