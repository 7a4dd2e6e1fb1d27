/**
 * The operating statement (driftsammandrag) as a neutral table (core/table.ts): one net row per child
 * unit, optionally followed by its "varav kostnader" and "varav intäkter", then the total row "Summa …"
 * with its own varav rows (domain.md §2.7; 002:134-147, 004:169-206). Columns are amounts (Bokslut,
 * Budget, Prognos, Plan), variances between two of them (Avvikelse) and changes between two of them
 * (Förändring, 004:173-180).
 *
 * Every figure is computed from exact öre and rounded only when printed; the total is the exact sum of the
 * rows, rounded once. So a printed total can differ from the sum of its printed rows, and a printed net
 * from its printed varav rows: such a cell gets a footnote that says so with both figures. Figures are
 * never nudged to agree, since a document must print what the accounts say (domain.md §0).
 *
 * The caption states the unit and the footnotes the sign convention and, with a variance column, the
 * variance convention, so a table read on its own cannot be misread.
 *
 * Pure: the caller loads the amounts; this decides only what the reader sees.
 */
import {
  cell,
  FootnoteCollector,
  type TableCell,
  type TableModel,
  type TableRef,
  type TableRow,
} from '#core/table.ts';
import {
  combineNet,
  costVariance,
  DETAIL_ROWS_DESCRIPTION,
  describeSignConvention,
  describeVarianceConvention,
  netAmount,
  netVariance,
  netVarianceFromParts,
  revenueVariance,
  type SignConvention,
  type VarianceConvention,
} from './conventions.ts';
import {
  type Amounts,
  addAmounts,
  checkDecimals,
  DEFAULT_DECIMALS,
  type DisplayUnit,
  formatSteps,
  type GrossAmounts,
  hasGross,
  type Ore,
  roundOre,
  stepsToDecimal,
} from './money.ts';
import { netNote, type Rounding, sumNote } from './rounding-notes.ts';

/** Amounts as recorded: Bokslut 2022, Budget 2023, Utfall jan–aug 2023, Prognos, Plan 2024. */
export interface AmountColumn {
  readonly kind: 'amount';
  readonly key: string;
  readonly label: string;
}

/** Avvikelse between an actual (or forecast) column and a budget column, by the variance convention. */
export interface VarianceColumn {
  readonly kind: 'variance';
  readonly key: string;
  readonly label: string;
  readonly actual: string;
  readonly budget: string;
}

/** Förändring = current − previous, on the table's sign scale for the net, per line for the varav rows. */
export interface ChangeColumn {
  readonly kind: 'change';
  readonly key: string;
  readonly label: string;
  readonly current: string;
  readonly previous: string;
}

export type StatementColumn = AmountColumn | VarianceColumn | ChangeColumn;

/** A child unit of the statement, in the order it is printed. */
export interface StatementRow {
  readonly key: string;
  readonly name: string;
  readonly ref: TableRef | null;
  /** A note on the row's name ("avser Medborgarkontoret före 2019", 002:146). */
  readonly footnote?: string | null;
}

/**
 * A row's costs and revenues in an amount column, or its net alone (a net-only forecast); null or undefined
 * when there is no figure, which is printed empty and is not the same as a zero.
 */
export type AmountLookup = (rowKey: string, columnKey: string) => Amounts | null | undefined;

export interface OperatingStatementInput {
  readonly key?: string;
  /** Without the unit, which is added: "Driftsammandrag" → "Driftsammandrag, belopp i tkr". */
  readonly caption: string;
  readonly unit: DisplayUnit;
  /** Printed decimals; DEFAULT_DECIMALS of the unit when not given. */
  readonly decimals?: number;
  readonly signConvention: SignConvention;
  readonly varianceConvention: VarianceConvention;
  /** Header of the row headers' column; "Verksamhet" when not given. */
  readonly rowHeaderLabel?: string;
  readonly columns: readonly StatementColumn[];
  readonly rows: readonly StatementRow[];
  /** "Summa", "Summa nettokostnader, tkr", "Summa nettoresultat, tkr". */
  readonly totalLabel: string;
  readonly amounts: AmountLookup;
  /** Each unit's "varav kostnader" and "varav intäkter" under its net; off unless asked for. */
  readonly detailRows?: boolean;
  /** The total's own varav rows; on unless turned off (004:169-180 prints a bare "Summa"). */
  readonly totalDetailRows?: boolean;
}

export type StatementLine = 'net' | 'costs' | 'revenues';

export const DETAIL_LABELS: Readonly<Record<Exclude<StatementLine, 'net'>, string>> = {
  costs: 'varav kostnader',
  revenues: 'varav intäkter',
};

export const TOTAL_ROW_KEY = 'total';

/**
 * On a net whose costs and revenues are unknown: a net-only forecast, or a sum with one among its parts. The
 * varav rows are left empty rather than guessed, and a sum has them only when every part has them.
 */
export const NET_ONLY_NOTE =
  'Beloppet är lämnat som netto: kostnader och intäkter är okända, så raderna varav kostnader och varav ' +
  'intäkter är tomma. En summa har dem bara när alla dess delar har dem.';

/** Exact figures of one row in one column; null where the column has no figure for the row. */
type Figures = Readonly<Record<StatementLine, Ore | null>>;

const NO_FIGURES: Figures = { net: null, costs: null, revenues: null };

interface Context {
  readonly input: OperatingStatementInput;
  readonly decimals: number;
  readonly footnotes: FootnoteCollector;
  readonly detailRows: boolean;
  readonly totalDetailRows: boolean;
}

/** An object lookup for callers and tests that hold the amounts as plain data: `{ rowKey: { columnKey } }`. */
export function amountsFrom(data: Readonly<Record<string, Readonly<Record<string, Amounts>>>>): AmountLookup {
  return (rowKey, columnKey) => {
    const row = Object.hasOwn(data, rowKey) ? data[rowKey] : undefined;
    return row !== undefined && Object.hasOwn(row, columnKey) ? row[columnKey] : undefined;
  };
}

/** A column's figures from the amounts of the row (or of the total) in the amount columns. */
function columnFigures(
  column: StatementColumn,
  lookup: (columnKey: string) => Amounts | null | undefined,
  sign: SignConvention,
  convention: VarianceConvention,
): Figures {
  if (column.kind === 'amount') {
    const amounts = lookup(column.key);
    if (amounts == null) {
      return NO_FIGURES;
    }
    const gross = hasGross(amounts) ? amounts : null;
    return { net: netAmount(amounts, sign), costs: gross?.costs ?? null, revenues: gross?.revenues ?? null };
  }
  const [first, second] =
    column.kind === 'variance'
      ? [lookup(column.actual), lookup(column.budget)]
      : [lookup(column.current), lookup(column.previous)];
  if (first == null || second == null) {
    return NO_FIGURES;
  }
  const net =
    column.kind === 'variance'
      ? netVariance(first, second, sign, convention)
      : netAmount(first, sign) - netAmount(second, sign);
  // The parts' variance or change only where both sides have parts.
  if (!hasGross(first) || !hasGross(second)) {
    return { net, costs: null, revenues: null };
  }
  return { net, ...partsBetween(column.kind, first, second, convention) };
}

function partsBetween(
  kind: 'variance' | 'change',
  first: GrossAmounts,
  second: GrossAmounts,
  convention: VarianceConvention,
): { costs: Ore; revenues: Ore } {
  return kind === 'variance'
    ? {
        costs: costVariance(first.costs, second.costs, convention),
        revenues: revenueVariance(first.revenues, second.revenues),
      }
    : { costs: first.costs - second.costs, revenues: first.revenues - second.revenues };
}

/**
 * The total's amounts: the exact sum of the rows that have a figure, net-only when any of them is; none
 * when no row has one.
 */
function totalAmounts(input: OperatingStatementInput, columnKey: string): Amounts | undefined {
  let total: Amounts | undefined;
  for (const row of input.rows) {
    const amounts = input.amounts(row.key, columnKey);
    if (amounts != null) {
      total = total === undefined ? amounts : addAmounts(total, amounts);
    }
  }
  return total;
}

/** The note on a net that stands without its costs and revenues. */
function netOnlyNote(figures: Figures): string | null {
  return figures.net !== null && figures.costs === null ? NET_ONLY_NOTE : null;
}

function checkColumns(columns: readonly StatementColumn[]): void {
  const kinds = new Map(columns.map((column) => [column.key, column.kind]));
  if (kinds.size !== columns.length || kinds.has('row')) {
    throw new Error('Statement column keys must be unique and not "row"');
  }
  for (const column of columns) {
    const refs =
      column.kind === 'variance'
        ? [column.actual, column.budget]
        : column.kind === 'change'
          ? [column.current, column.previous]
          : [];
    for (const ref of refs) {
      if (kinds.get(ref) !== 'amount') {
        throw new Error(`Column ${column.key} refers to ${ref}, which is not an amount column`);
      }
    }
  }
}

function checkRows(rows: readonly StatementRow[]): void {
  const keys = new Set(rows.map((row) => row.key));
  if (keys.size !== rows.length || keys.has(TOTAL_ROW_KEY)) {
    throw new Error(`Statement row keys must be unique and not "${TOTAL_ROW_KEY}"`);
  }
}

function printed(ctx: Context, ore: Ore): bigint {
  return roundOre(ore, ctx.input.unit, ctx.decimals);
}

/** The table's rounding, for the shared rounding notes. */
const roundingOf = (ctx: Context): Rounding => ({ unit: ctx.input.unit, decimals: ctx.decimals });

/**
 * The note on a total cell whose printed figure is not the sum of the printed rows above it. When the exact
 * figures agree, the cause is rounding, and every such cell shares one note (a page of notes that each
 * repeat their two figures would bury the table; the figures are in the table). Otherwise some rows lack
 * one of the two columns a variance or change compares, and the total is taken between the columns' totals.
 */
function totalNote(ctx: Context, rows: readonly (Ore | null)[], total: Ore | null): string | null {
  if (total === null) {
    return null;
  }
  return sumNote(
    rows.filter((value) => value !== null),
    total,
    roundingOf(ctx),
    'summan är räknad på kolumnernas summor, och alla rader har inte belopp i båda kolumnerna.',
  );
}

/** The note on a net cell whose printed figure is not what its printed varav rows give: one shared note. */
function detailNote(ctx: Context, column: StatementColumn, figures: Figures): string | null {
  const { net, costs, revenues } = figures;
  if (net === null || costs === null || revenues === null) {
    return null;
  }
  const { signConvention: sign, varianceConvention } = ctx.input;
  const [printedCosts, printedRevenues] = [printed(ctx, costs), printed(ctx, revenues)];
  const implied =
    column.kind === 'variance'
      ? netVarianceFromParts(printedCosts, printedRevenues, sign, varianceConvention)
      : combineNet(printedCosts, printedRevenues, sign);
  return netNote(implied, net, roundingOf(ctx), 'varav kostnader och varav intäkter');
}

function figureCell(ctx: Context, value: Ore | null, notes: readonly (string | null)[]): TableCell {
  if (value === null) {
    return cell('');
  }
  const steps = printed(ctx, value);
  return cell(formatSteps(steps, ctx.decimals), {
    markers: ctx.footnotes.mark(...notes),
    // The printed figure, exact, for spreadsheets (CSV, Excel): the same number the reader sees.
    value: stepsToDecimal(steps, ctx.decimals),
  });
}

interface LineSpec {
  readonly key: string;
  readonly header: TableCell;
  readonly line: StatementLine;
  readonly ref: TableRef | null;
}

/** A net row and, when printed, its varav rows, with the notes each cell needs. */
function rowBlock(
  ctx: Context,
  spec: { key: string; header: TableCell; ref: TableRef | null; withDetails: boolean },
  figures: readonly Figures[],
  notesFor: (line: StatementLine, columnIndex: number) => (string | null)[],
): TableRow[] {
  const lines: LineSpec[] = [{ key: spec.key, header: spec.header, line: 'net', ref: spec.ref }];
  if (spec.withDetails) {
    for (const line of ['costs', 'revenues'] as const) {
      lines.push({ key: `${spec.key}:${line}`, header: cell(DETAIL_LABELS[line]), line, ref: spec.ref });
    }
  }
  return lines.map(({ key, header, line, ref }) => ({
    key,
    depth: line === 'net' ? 0 : 1,
    role: line === 'net' ? 'row' : 'detail',
    header,
    ref,
    cells: ctx.input.columns.map((column, index) => {
      const own = figures[index] ?? NO_FIGURES;
      // A net over printed varav rows must agree with them, or say why not; a net without them says so.
      const detail = line === 'net' && spec.withDetails ? [detailNote(ctx, column, own)] : [];
      const netOnly = line === 'net' ? [netOnlyNote(own)] : [];
      return figureCell(ctx, own[line], [...notesFor(line, index), ...detail, ...netOnly]);
    }),
  }));
}

/** The conventions the total's header points to: how to read the net, the varav rows and the variance. */
function conventionNotes(ctx: Context): string[] {
  const { signConvention, varianceConvention, columns } = ctx.input;
  const anyDetails = ctx.detailRows || ctx.totalDetailRows;
  const notes = [
    anyDetails
      ? `${describeSignConvention(signConvention)} ${DETAIL_ROWS_DESCRIPTION}`
      : describeSignConvention(signConvention),
  ];
  if (columns.some((column) => column.kind === 'variance')) {
    notes.push(describeVarianceConvention(varianceConvention, signConvention));
  }
  return notes;
}

function captionWithUnit(caption: string, unit: DisplayUnit): string {
  const statement = `belopp i ${unit}`;
  return caption.toLowerCase().includes(statement) ? caption : `${caption}, ${statement}`;
}

/** Every cell's exact figures: the rows', and the total's from the exact sums of the amount columns. */
function figuresOf(input: OperatingStatementInput): { rows: Figures[][]; total: Figures[] } {
  const { signConvention: sign, varianceConvention: convention, columns } = input;
  const rows = input.rows.map((row) =>
    columns.map((column) => columnFigures(column, (key) => input.amounts(row.key, key), sign, convention)),
  );
  const totals = new Map(columns.map((column) => [column.key, totalAmounts(input, column.key)]));
  const total = columns.map((column) => columnFigures(column, (key) => totals.get(key), sign, convention));
  return { rows, total };
}

function unitRows(ctx: Context, figures: readonly Figures[][]): TableRow[] {
  return ctx.input.rows.flatMap((row, index) =>
    rowBlock(
      ctx,
      {
        key: row.key,
        header: cell(row.name, { markers: ctx.footnotes.mark(row.footnote), ref: row.ref }),
        ref: row.ref,
        withDetails: ctx.detailRows,
      },
      figures[index] ?? [],
      () => [],
    ),
  );
}

/** The total and its varav rows; its header carries the conventions, its cells any rounding notes. */
function totalRows(ctx: Context, rows: readonly Figures[][], total: readonly Figures[]): TableRow[] {
  const header = cell(ctx.input.totalLabel, { markers: ctx.footnotes.mark(...conventionNotes(ctx)) });
  return rowBlock(
    ctx,
    { key: TOTAL_ROW_KEY, header, ref: null, withDetails: ctx.totalDetailRows },
    total,
    (line, index) =>
      // The units' varav figures are on the page, for the reader to add up, only with detail rows.
      line === 'net' || ctx.detailRows
        ? [
            totalNote(
              ctx,
              rows.map((figures) => figures[index]?.[line] ?? null),
              total[index]?.[line] ?? null,
            ),
          ]
        : [],
  );
}

/** Builds the driftsammandrag table. Throws when a variance or change column refers to no amount column. */
export function buildOperatingStatement(input: OperatingStatementInput): TableModel {
  checkColumns(input.columns);
  checkRows(input.rows);
  const decimals = input.decimals ?? DEFAULT_DECIMALS[input.unit];
  checkDecimals(input.unit, decimals);
  const ctx: Context = {
    input,
    decimals,
    footnotes: new FootnoteCollector(),
    detailRows: input.detailRows ?? false,
    totalDetailRows: input.totalDetailRows ?? true,
  };
  const figures = figuresOf(input);
  // Built in reading order, so that the footnotes are numbered as the reader meets them.
  const groupRows = { rows: unitRows(ctx, figures.rows), total: totalRows(ctx, figures.rows, figures.total) };
  return {
    key: input.key ?? 'operating-statement',
    caption: captionWithUnit(input.caption, input.unit),
    groupLabel: null,
    columns: [
      { key: 'row', label: input.rowHeaderLabel ?? 'Verksamhet', align: 'start' },
      ...input.columns.map((column) => ({ key: column.key, label: column.label, align: 'end' as const })),
    ],
    groups: [
      { key: 'rows', heading: null, description: null, note: null, ref: null, rows: groupRows.rows },
      { key: TOTAL_ROW_KEY, heading: null, description: null, note: null, ref: null, rows: groupRows.total },
    ],
    footnotes: ctx.footnotes.list(),
  };
}
