/**
 * `document-variance-uncommented` (issue 9): a large variance from the budget that no text of the document
 * comments. `varning`: the figures can all be right, but a reader of a board's document is owed the reason
 * for a large departure from what the board decided.
 *
 * - *Large*: the printed variance ("Avvikelse", against the "Budget …" column, document-variances.ts) is at
 *   least 5 % of the row's printed budget in magnitude and at least 1 000 000 kr, converted by the unit the
 *   caption states (kr, tkr, mnkr); a table that states none is not read. Both, so that neither a small unit's
 *   few hundred thousand nor a large unit's rounding noise asks for a comment. A budget of 0 is passed by
 *   any variance: everything then departs from the budget.
 * - *Commented*: a text that comments the table (commentingTexts: right before it under its heading, or
 *   after it up to the next heading of its level, past its "Analys och kommentar") names the row – its
 *   header without footnote stars, case, hyphens or a genitive s ("Stadsarkivets"), or without a leading
 *   unit code ("VSS ledning" as "ledning"). A draft's placeholder ("Text saknas") is no text.
 * - *Read* only where a text section stands at the table, written or a draft's placeholder: a table with
 *   none (the municipality's compilation prints each board's statement without comment; the board's own
 *   document comments it) has no place for a comment, and nothing is said.
 * - Varav rows are parts of their row and not read on their own. A sum ("Summa …") is commented by any text
 *   that comments the table: a text about the whole names no row ("Bokslutet för VSS visar ett överskott med
 *   16,8 mnkr", 002:150); so a sum is said only when no text comments the table at all.
 */
import { compareDecimal, type DecimalString, multiplyDecimal, scaleByPowerOfTen } from '#core/decimal.ts';
import type { DocumentBlock } from '#core/document.ts';
import { formatDecimal } from '#core/format.ts';
import {
  type DocumentFinding,
  figureOf,
  flatRows,
  headerOf,
  isSumRow,
  isVaravRow,
  magnitude,
  type PrintedTable,
  printedTables,
  withUnit,
} from './document-tables.ts';
import {
  kronorExponent,
  moneyUnitOf,
  tableComments,
  textNamesRow,
  varianceColumnsOf,
} from './document-variances.ts';

/** A variance is large from this share of the budget, in per cent … */
export const LARGE_VARIANCE_PERCENT = '5';
/** … and this many kronor, both. */
export const LARGE_VARIANCE_KRONOR = '1000000';

/** Whether a variance is large against its budget, in a table of the unit's `exponent` (tkr: 3). */
export function isLargeVariance(variance: DecimalString, budget: DecimalString, exponent: number): boolean {
  const size = magnitude(variance);
  const share = compareDecimal(
    multiplyDecimal(size, '100'),
    multiplyDecimal(magnitude(budget), LARGE_VARIANCE_PERCENT),
  );
  return share >= 0 && compareDecimal(scaleByPowerOfTen(size, exponent), LARGE_VARIANCE_KRONOR) >= 0;
}

/** "2 972 %", "5,3 %": whole per cent from ten, else one decimal. */
function percentOf(variance: DecimalString, budget: DecimalString): string {
  const share = (Math.abs(Number(variance)) * 100) / Math.abs(Number(budget));
  const rounded = share >= 10 ? Math.round(share).toString() : share.toFixed(1);
  return `${formatDecimal(rounded)}\u00a0%`;
}

function tableFindings(blocks: readonly DocumentBlock[], printed: PrintedTable): DocumentFinding[] {
  const columns = varianceColumnsOf(printed.table);
  const unit = moneyUnitOf(printed.table);
  const exponent = unit === null ? null : kronorExponent(unit);
  if (columns === null || unit === null || exponent === null) {
    return [];
  }
  const { texts, hasSection } = tableComments(blocks, printed.block);
  if (!hasSection) {
    // No text section stands at the table (the compilation's statements): the document has no place for a
    // comment there, and the board's own document is where its variances are commented.
    return [];
  }
  return flatRows(printed.table).flatMap(({ row }): DocumentFinding[] => {
    if (isVaravRow(row)) {
      return [];
    }
    const budget = figureOf(row.cells[columns.budget]);
    const variance = figureOf(row.cells[columns.variance]);
    if (budget === null || variance === null || !isLargeVariance(variance, budget, exponent)) {
      return [];
    }
    const commented = isSumRow(row) ? texts.length > 0 : texts.some((text) => textNamesRow(text, row));
    if (commented) {
      return [];
    }
    const share =
      compareDecimal(budget, '0') === 0
        ? `budgeten är ${withUnit(budget, unit)}`
        : `${percentOf(variance, budget)} av budgeten ${withUnit(budget, unit)}`;
    return [
      {
        ruleId: 'document-variance-uncommented',
        severity: 'varning',
        message:
          `Raden ”${headerOf(row)}” avviker från budget med ${withUnit(variance, unit)} (${share}), men ingen ` +
          'text under tabellen kommenterar den.',
        place: `${printed.label}, raden ”${headerOf(row)}”`,
        block: printed.block,
      },
    ];
  });
}

export function checkUncommentedVariances(blocks: readonly DocumentBlock[]): DocumentFinding[] {
  return printedTables(blocks).flatMap((printed) => tableFindings(blocks, printed));
}
