/**
 * The sign convention a table declares, and what contradicts it (issue 9):
 *
 * - `document-net-not-parts` – a net that is not its printed parts combined as the table says: "Netto anges
 *   som intäkter minus kostnader" (the economy's result convention), "… som kostnader minus intäkter" (net
 *   cost), "… som utgifter minus inkomster" (investments), with the parts the varav rows right under the net
 *   ("varav kostnader", "varav intäkter"). Rounding: the two parts were each rounded, so a net one unit off
 *   (half a unit of each) is explained. Only amount columns: an "Avvikelse" or "Förändring" column combines
 *   by the variance convention, which this rule does not read. `fel`: under the declared convention the
 *   three figures cannot all be right.
 * - `document-sign-convention-changes` – a gross part printed with both signs in one table's amount columns
 *   (costs positive in one row, negative in another), or negative where the table declares the parts
 *   positive ("Raderna varav kostnader och varav intäkter anges som positiva belopp"). `varning`: a negative
 *   cost can be a true credit, but a reader takes it for a change of convention unless the document explains.
 *
 * Only a table that declares its convention in a footnote or its note is read; no convention is guessed from
 * a label or from the figures.
 */
import { compareDecimal, type DecimalString, subtractDecimal } from '#core/decimal.ts';
import type { DocumentBlock } from '#core/document.ts';
import { formatDecimal } from '#core/format.ts';
import {
  amountUnitOf,
  asTerm,
  columnLabel,
  type DocumentFinding,
  type FlatRow,
  figureOf,
  flatRows,
  type GrossPart,
  grossPartOf,
  headerOf,
  isDerivedColumn,
  magnitude,
  type PrintedTable,
  printedTables,
  roundingAllowance,
  varavRowsUnder,
  withUnit,
} from './document-tables.ts';

/** A net convention: net = plus − minus, in the words the table uses. */
export interface NetConvention {
  readonly plus: GrossPart;
  readonly minus: GrossPart;
  /** Whether the table says its parts are printed as positive amounts. */
  readonly positiveParts: boolean;
}

const CONVENTIONS: ReadonlyArray<readonly [RegExp, GrossPart, GrossPart]> = [
  [/Netto anges som intäkter minus kostnader/i, 'intäkter', 'kostnader'],
  [/Netto anges som kostnader minus intäkter/i, 'kostnader', 'intäkter'],
  [/Netto anges som utgifter minus inkomster/i, 'utgifter', 'inkomster'],
];

const POSITIVE_PARTS =
  /(varav kostnader och varav intäkter|utgifter och inkomster) anges som positiva belopp/i;

/** The convention the table's footnotes or note declare; null when they declare none, or two. */
export function netConventionOf(printed: PrintedTable): NetConvention | null {
  const texts = [...printed.table.footnotes.map((note) => note.text), printed.note ?? ''];
  const declared = CONVENTIONS.filter(([pattern]) => texts.some((text) => pattern.test(text)));
  if (declared.length !== 1) {
    return null;
  }
  const [, plus, minus] = declared[0] as (typeof CONVENTIONS)[number];
  return { plus, minus, positiveParts: texts.some((text) => POSITIVE_PARTS.test(text)) };
}

const amountColumns = (printed: PrintedTable) =>
  printed.table.columns
    .slice(1)
    .flatMap((column, cellIndex) => (isDerivedColumn(column.label) ? [] : [cellIndex]));

function partUnder(rows: readonly FlatRow[], index: number, part: GrossPart): FlatRow | null {
  const found = varavRowsUnder(rows, index).filter((row) => grossPartOf(row.row) === part);
  return found.length === 1 ? (found[0] as FlatRow) : null;
}

function netFindings(printed: PrintedTable, convention: NetConvention): DocumentFinding[] {
  const rows = flatRows(printed.table);
  const unit = amountUnitOf(printed.table);
  return rows.flatMap((net, index) => {
    if (grossPartOf(net.row) !== null) {
      return [];
    }
    const plus = partUnder(rows, index, convention.plus);
    const minus = partUnder(rows, index, convention.minus);
    if (plus === null || minus === null) {
      return [];
    }
    return amountColumns(printed).flatMap((cellIndex): DocumentFinding[] => {
      const [printedNet, a, b] = [net, plus, minus].map((row) => figureOf(row.row.cells[cellIndex]));
      if (printedNet == null || a == null || b == null) {
        return [];
      }
      const implied = subtractDecimal(a, b);
      const difference = subtractDecimal(printedNet, implied);
      const allowance = roundingAllowance([a, b]);
      if (compareDecimal(magnitude(difference), allowance) <= 0) {
        return [];
      }
      const column = columnLabel(printed.table, cellIndex);
      return [
        {
          ruleId: 'document-net-not-parts',
          severity: 'fel',
          message:
            `Nettot på raden ”${headerOf(net.row)}” anges i kolumnen ”${column}” till ` +
            `${withUnit(printedNet, unit)}, men tabellen anger netto som ${convention.plus} minus ` +
            `${convention.minus}: ${formatDecimal(a)} − ${asTerm(b)} = ${withUnit(implied, unit)}, ` +
            `skillnad ${formatDecimal(difference)}. Avrundningen av de två delarna förklarar högst ` +
            `${withUnit(allowance, unit)}.`,
          place: `${printed.label}, raden ”${headerOf(net.row)}”, kolumnen ”${column}”`,
          block: printed.block,
        },
      ];
    });
  });
}

interface SignedPart {
  readonly row: string;
  readonly column: string;
  readonly value: DecimalString;
}

function signFindings(printed: PrintedTable, convention: NetConvention): DocumentFinding[] {
  const rows = flatRows(printed.table);
  const unit = amountUnitOf(printed.table);
  const columns = amountColumns(printed);
  return [convention.plus, convention.minus].flatMap((part): DocumentFinding[] => {
    const figures: SignedPart[] = rows.flatMap((row, index) => {
      if (grossPartOf(row.row) !== part) {
        return [];
      }
      const above = rows.slice(0, index).findLast((candidate) => candidate.row.depth < row.row.depth);
      const name = above ? headerOf(above.row) : headerOf(row.row);
      return columns.flatMap((cellIndex) => {
        const value = figureOf(row.row.cells[cellIndex]);
        return value === null || compareDecimal(value, '0') === 0
          ? []
          : [{ row: name, column: columnLabel(printed.table, cellIndex), value }];
      });
    });
    const negative = figures.filter((figure) => compareDecimal(figure.value, '0') < 0);
    const positive = figures.length - negative.length;
    if (negative.length === 0 || (positive === 0 && !convention.positiveParts)) {
      return [];
    }
    const named = negative
      .slice(0, 3)
      .map((figure) => `under ”${figure.row}” i ”${figure.column}” ${withUnit(figure.value, unit)}`)
      .join(', ');
    const more = negative.length > 3 ? ` och ${negative.length - 3} till` : '';
    const declared = convention.positiveParts
      ? `Tabellen anger ${part} som positiva belopp`
      : `Tabellen anger ${part} som positiva belopp i ${positive} ${positive === 1 ? 'cell' : 'celler'}`;
    return [
      {
        ruleId: 'document-sign-convention-changes',
        severity: 'varning',
        message:
          `${declared}, men ”varav ${part}” är negativ ${named}${more}. Om beloppet är en verklig ` +
          'kreditering bör dokumentet säga det; annars har tecknet bytts.',
        place: `${printed.label}, raderna ”varav ${part}”`,
        block: printed.block,
      },
    ];
  });
}

export function checkNetConventions(blocks: readonly DocumentBlock[]): DocumentFinding[] {
  return printedTables(blocks).flatMap((printed) => {
    const convention = netConventionOf(printed);
    return convention ? netFindings(printed, convention) : [];
  });
}

export function checkSignConventions(blocks: readonly DocumentBlock[]): DocumentFinding[] {
  return printedTables(blocks).flatMap((printed) => {
    const convention = netConventionOf(printed);
    return convention ? signFindings(printed, convention) : [];
  });
}
