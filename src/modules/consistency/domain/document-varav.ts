/**
 * `document-varav-exceeds` (issue 9): a "varav" row – a part of the row it stands under ("Varav chatt" under
 * "Ärenden Kontakt Linköping", "varav X" under a sum) – that is larger in magnitude than that row, or of the
 * opposite sign.
 *
 * The row it breaks down is the nearest row above it at its own depth or shallower that is not itself a
 * varav row (rows deeper than it, such as the gender rows of the row above, are passed), within its group.
 * The gross parts of a net – "varav kostnader", "varav intäkter", "varav utgifter", "varav inkomster" – are
 * not parts of the net but what it is made of (the economy prints costs of 19 533 tkr under a net of −879
 * tkr); the sign-convention rule reads them instead.
 *
 * Severity: a part larger than its whole, both positive, in a table that prints no negative figure, is a
 * `fel` – nothing in such a table can offset it. Elsewhere a part larger than its whole, or of the opposite
 * sign, can be right when other, unprinted parts offset it, so it is a `varning`: a reader takes it for a
 * contradiction unless the document explains. Rounding: a part printed with as many decimals as its whole
 * cannot round above it (rounding keeps order); with other decimals, half a unit of each is allowed.
 */
import { compareDecimal, type DecimalString, subtractDecimal } from '#core/decimal.ts';
import type { DocumentBlock } from '#core/document.ts';
import {
  amountUnitOf,
  columnLabel,
  type DocumentFinding,
  type FlatRow,
  figureOf,
  flatRows,
  grossPartOf,
  headerOf,
  isVaravRow,
  magnitude,
  type PrintedTable,
  printedTables,
  roundingAllowance,
  withUnit,
} from './document-tables.ts';
import { decimalsOf } from './figures.ts';

/** The index of the row a varav row at `index` breaks down, or null when there is none in its group. */
export function varavParent(rows: readonly FlatRow[], index: number): number | null {
  const varav = rows[index] as FlatRow;
  for (let above = index - 1; above >= 0; above -= 1) {
    const candidate = rows[above] as FlatRow;
    if (candidate.group !== varav.group) {
      return null;
    }
    if (candidate.row.depth > varav.row.depth) {
      continue;
    }
    if (isVaravRow(candidate.row) && candidate.row.depth === varav.row.depth) {
      continue;
    }
    return above;
  }
  return null;
}

const sign = (value: DecimalString) => compareDecimal(value, '0');

const printsNegative = (printed: PrintedTable) =>
  printed.table.groups.some((group) =>
    group.rows.some((row) =>
      row.cells.some((cell) => {
        const figure = figureOf(cell);
        return figure !== null && sign(figure) < 0;
      }),
    ),
  );

function cellFinding(
  printed: PrintedTable,
  parent: FlatRow,
  varav: FlatRow,
  cellIndex: number,
  anyNegative: boolean,
): DocumentFinding | null {
  const whole = figureOf(parent.row.cells[cellIndex]);
  const part = figureOf(varav.row.cells[cellIndex]);
  if (whole === null || part === null || sign(part) === 0) {
    return null;
  }
  const unit = amountUnitOf(printed.table);
  const column = columnLabel(printed.table, cellIndex);
  const names = `”${headerOf(varav.row)}” under ”${headerOf(parent.row)}”`;
  const place = `${printed.label}, raden ${names}, kolumnen ”${column}”`;
  const base = { ruleId: 'document-varav-exceeds' as const, place, block: printed.block };
  if (sign(whole) !== 0 && sign(whole) !== sign(part)) {
    return {
      ...base,
      severity: 'varning',
      message:
        `Raden ${names} anger i kolumnen ”${column}” ${withUnit(part, unit)}, med motsatt tecken mot ` +
        `${withUnit(whole, unit)} som den är en del av. Om andra delar uppväger den bör dokumentet säga det.`,
    };
  }
  const allowance = decimalsOf(part) === decimalsOf(whole) ? '0' : roundingAllowance([part, whole]);
  const excess = subtractDecimal(magnitude(part), magnitude(whole));
  if (compareDecimal(excess, allowance) <= 0) {
    return null;
  }
  const sure = !anyNegative && sign(part) > 0;
  return {
    ...base,
    severity: sure ? 'fel' : 'varning',
    message:
      `Raden ${names} anger i kolumnen ”${column}” ${withUnit(part, unit)}, mer än ` +
      `${withUnit(whole, unit)} som den är en del av: delen överstiger helheten med ${withUnit(excess, unit)}.` +
      (sure ? '' : ' Om andra delar med motsatt tecken uppväger den bör dokumentet säga det.'),
  };
}

export function checkVaravRows(blocks: readonly DocumentBlock[]): DocumentFinding[] {
  return printedTables(blocks).flatMap((printed) => {
    const rows = flatRows(printed.table);
    const anyNegative = printsNegative(printed);
    return rows.flatMap((varav, index) => {
      if (!isVaravRow(varav.row) || grossPartOf(varav.row) !== null) {
        return [];
      }
      const at = varavParent(rows, index);
      if (at === null) {
        return [];
      }
      const parent = rows[at] as FlatRow;
      return varav.row.cells.flatMap((_cell, cellIndex) => {
        const finding = cellFinding(printed, parent, varav, cellIndex, anyNegative);
        return finding ? [finding] : [];
      });
    });
  });
}
