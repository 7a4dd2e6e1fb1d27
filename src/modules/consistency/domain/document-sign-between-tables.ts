/**
 * `document-sign-convention-between-tables` (issue 9): two tables of one document that print the same kind
 * of figure with opposite signs – a net as revenues minus costs (a surplus positive) in one and as costs
 * minus revenues (a net cost) in the other, or costs (revenues) positive in one and negative in the other.
 * Each table can be right on its own, but a reader who compares them is misled: `varning`.
 *
 * A table's convention is taken only where it is sure:
 * - a net: declared in its footnotes or note ("Netto anges som intäkter minus kostnader", netConventionOf),
 *   or shown by a net row and its printed "varav kostnader" and "varav intäkter": the net is one of
 *   intäkter − kostnader and kostnader − intäkter within the rounding of the three figures and not the
 *   other. A label alone never decides: 002:141 prints "Summa nettokostnader" 17 301 where its parts give
 *   271 368 − 254 067, a surplus.
 * - costs and revenues: declared positive ("Raderna varav kostnader och varav intäkter anges som positiva
 *   belopp", "Kostnader och intäkter anges som positiva belopp"), or shown by every non-zero figure of the
 *   rows labelled "(varav) kostnader" / "(varav) intäkter", or of the columns headed "Kostnader …" /
 *   "Intäkter …", in the amount columns, all of one sign.
 * Where what a table declares and what it shows disagree, or its figures have both signs, its convention is
 * not known (that is `document-sign-convention-changes`' or `document-net-not-parts`' to say).
 *
 * The first table (in the document's order) whose convention of a kind is known is the reference; each
 * later table with the opposite one gets a finding, naming both tables with an example figure of each.
 */
import { compareDecimal, type DecimalString, subtractDecimal as subtract } from '#core/decimal.ts';
import type { DocumentBlock } from '#core/document.ts';
import { formatDecimal } from '#core/format.ts';
import { netConventionOf } from './document-signs.ts';
import {
  asTerm,
  columnLabel,
  type DocumentFinding,
  figureOf,
  flatRows,
  grossPartOf,
  headerOf,
  isDerivedColumn,
  type PrintedTable,
  printedTables,
  roundingAllowance,
  varavRowsUnder,
  withUnit,
} from './document-tables.ts';
import { moneyUnitOf, within } from './document-variances.ts';

type NetSign = 'result' | 'netCost';
type GrossKind = 'kostnader' | 'intäkter';

interface Known<T> {
  readonly value: T;
  readonly declared: boolean;
  /** "”Summa” i kolumnen ”Bokslut 2019”: 271 368 − 254 067 = 17 301 tkr". */
  readonly example: string;
}

const GROSS_POSITIVE =
  /(varav kostnader och varav intäkter|kostnader och intäkter) anges som positiva belopp/i;

const textsOf = (printed: PrintedTable) => [
  ...printed.table.footnotes.map((note) => note.text),
  printed.note ?? '',
];

const amountColumns = (printed: PrintedTable) =>
  printed.table.columns
    .slice(1)
    .flatMap((column, cellIndex) => (isDerivedColumn(column.label) ? [] : [cellIndex]));

const isZero = (value: DecimalString) => compareDecimal(value, '0') === 0;

interface ShownNet {
  readonly sign: NetSign;
  readonly example: string;
}

/** The nets a table shows with their parts, one per net row and amount column that tells. */
function shownNets(printed: PrintedTable): ShownNet[] {
  const rows = flatRows(printed.table);
  const unit = moneyUnitOf(printed.table);
  return rows.flatMap((net, index) => {
    if (grossPartOf(net.row) !== null) {
      return [];
    }
    const under = varavRowsUnder(rows, index);
    const part = (kind: GrossKind) => {
      const found = under.filter((row) => grossPartOf(row.row) === kind);
      return found.length === 1 ? found[0] : undefined;
    };
    const [costs, revenues] = [part('kostnader'), part('intäkter')];
    if (costs === undefined || revenues === undefined) {
      return [];
    }
    return amountColumns(printed).flatMap((cellIndex): ShownNet[] => {
      const [n, c, r] = [net, costs, revenues].map((row) => figureOf(row.row.cells[cellIndex]));
      if (n == null || c == null || r == null) {
        return [];
      }
      const allowance = roundingAllowance([n, c, r]);
      const asResult = within(n, subtract(r, c), allowance);
      const asNetCost = within(n, subtract(c, r), allowance);
      if (asResult === asNetCost) {
        return [];
      }
      const [first, second] = asResult ? [r, c] : [c, r];
      return [
        {
          sign: asResult ? 'result' : 'netCost',
          example:
            `”${headerOf(net.row)}” i kolumnen ”${columnLabel(printed.table, cellIndex)}”: ` +
            `${formatDecimal(first)} − ${asTerm(second)} = ${withUnit(n, unit)}`,
        },
      ];
    });
  });
}

/** The first net figure of a table that declares its convention, column by column: "”Stab och ledning” i … : −879 tkr". */
function netExample(printed: PrintedTable): string | null {
  const unit = moneyUnitOf(printed.table);
  const nets = flatRows(printed.table).filter(({ row }) => !/^varav\s/i.test(headerOf(row)));
  for (const cellIndex of amountColumns(printed)) {
    for (const { row } of nets) {
      const value = figureOf(row.cells[cellIndex]);
      if (value !== null && !isZero(value)) {
        return `”${headerOf(row)}” i kolumnen ”${columnLabel(printed.table, cellIndex)}”: ${withUnit(value, unit)}`;
      }
    }
  }
  return null;
}

function knownNet(printed: PrintedTable): Known<NetSign> | null {
  const declared = netConventionOf(printed);
  const declaredSign: NetSign | null =
    declared?.plus === 'intäkter' ? 'result' : declared?.plus === 'kostnader' ? 'netCost' : null;
  const shown = shownNets(printed);
  const signs = new Set(shown.map((net) => net.sign));
  if (signs.size > 1 || (declaredSign !== null && signs.size === 1 && !signs.has(declaredSign))) {
    return null;
  }
  if (shown.length > 0) {
    const first = shown[0] as ShownNet;
    return { value: first.sign, declared: declaredSign !== null, example: first.example };
  }
  const example = declaredSign === null ? null : netExample(printed);
  return declaredSign === null || example === null ? null : { value: declaredSign, declared: true, example };
}

/** The non-zero figures of a gross kind: its rows' amount cells, and the cells of columns headed by it. */
function grossFigures(printed: PrintedTable, kind: GrossKind): { value: DecimalString; where: string }[] {
  const { table } = printed;
  const rows = flatRows(table);
  const columns = amountColumns(printed);
  const label = new RegExp(`^(?:varav\\s+)?${kind}$`, 'i');
  const byRow = rows.flatMap((row, index) => {
    if (!label.test(headerOf(row.row).replace(/[*]+$/, ''))) {
      return [];
    }
    const above = rows.slice(0, index).findLast((candidate) => candidate.row.depth < row.row.depth);
    const name = above ? `”${headerOf(row.row)}” under ”${headerOf(above.row)}”` : `”${headerOf(row.row)}”`;
    return columns.flatMap((cellIndex) => {
      const value = figureOf(row.row.cells[cellIndex]);
      return value === null || isZero(value)
        ? []
        : [{ value, where: `${name} i kolumnen ”${columnLabel(table, cellIndex)}”` }];
    });
  });
  const headed = new RegExp(`^${kind}\\b`, 'i');
  const byColumn = columns
    .filter((cellIndex) => headed.test(columnLabel(table, cellIndex)))
    .flatMap((cellIndex) =>
      rows.flatMap(({ row }) => {
        const value = figureOf(row.cells[cellIndex]);
        return value === null || isZero(value)
          ? []
          : [{ value, where: `”${headerOf(row)}” i kolumnen ”${columnLabel(table, cellIndex)}”` }];
      }),
    );
  return [...byRow, ...byColumn];
}

function knownGross(printed: PrintedTable, kind: GrossKind): Known<boolean> | null {
  const declaredPositive =
    textsOf(printed).some((text) => GROSS_POSITIVE.test(text)) || netConventionOf(printed)?.positiveParts;
  const figures = grossFigures(printed, kind);
  const positive = figures.filter((figure) => compareDecimal(figure.value, '0') > 0);
  const negative = figures.filter((figure) => compareDecimal(figure.value, '0') < 0);
  if ((positive.length > 0 && negative.length > 0) || (declaredPositive && negative.length > 0)) {
    return null;
  }
  const first = figures[0];
  if (first === undefined) {
    return null;
  }
  const unit = moneyUnitOf(printed.table);
  return {
    value: positive.length > 0,
    declared: declaredPositive === true,
    example: `${first.where}: ${withUnit(first.value, unit)}`,
  };
}

const lowerFirst = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;

const NET_WORDS: Readonly<Record<NetSign, string>> = {
  result: 'netto som intäkter minus kostnader',
  netCost: 'netto som kostnader minus intäkter',
};

function kindFindings<T>(
  tables: readonly PrintedTable[],
  known: (printed: PrintedTable) => Known<T> | null,
  words: (value: T) => string,
  consequence: string,
): DocumentFinding[] {
  const read = tables.flatMap((printed) => {
    const found = known(printed);
    return found ? [{ printed, found }] : [];
  });
  const reference = read[0];
  if (reference === undefined) {
    return [];
  }
  const says = (found: Known<T>) => (found.declared ? 'anger' : 'visar');
  return read.slice(1).flatMap(({ printed, found }): DocumentFinding[] =>
    found.value === reference.found.value
      ? []
      : [
          {
            ruleId: 'document-sign-convention-between-tables',
            severity: 'varning',
            message:
              `${reference.printed.label} ${says(reference.found)} ${words(reference.found.value)} ` +
              `(${reference.found.example}), men ${lowerFirst(printed.label)} ${says(found)} ` +
              `${words(found.value)} (${found.example}). ${consequence}`,
            place: printed.label,
            block: printed.block,
          },
        ],
  );
}

export function checkSignsBetweenTables(blocks: readonly DocumentBlock[]): DocumentFinding[] {
  const tables = printedTables(blocks);
  const gross = (kind: GrossKind) =>
    kindFindings(
      tables,
      (printed) => knownGross(printed, kind),
      (positive) => `${kind} som ${positive ? 'positiva' : 'negativa'} belopp`,
      'Samma slags belopp har olika tecken i dokumentets två tabeller.',
    );
  return [
    ...kindFindings(
      tables,
      knownNet,
      (sign) => NET_WORDS[sign],
      'Samma slags belopp har olika tecken i dokumentets två tabeller: ett överskott är positivt i den ena och negativt i den andra.',
    ),
    ...gross('kostnader'),
    ...gross('intäkter'),
  ].sort((a, b) => a.block - b.block);
}
