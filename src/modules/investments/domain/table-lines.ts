/**
 * An investment table as lines over columns, printed as the neutral table model (core/table.ts). A line
 * has amounts per source (a project's budget, a unit's forecast, a sum of lines); a column prints one
 * figure of a source – net, utgifter or inkomster – or the variance between two sources by the table's
 * variance convention. A "varav" line prints one component of every column.
 *
 * Every figure is exact öre, rounded once when printed with economy's rounding (money.ts); a sum is the
 * exact sum of its lines. So a printed sum can differ from the sum of its printed lines, and a printed net
 * from its printed varav lines: such a cell gets a footnote that says so, as economy's operating statement
 * does; figures are never nudged to agree.
 *
 * Pure: the builders (investment-tables.ts) decide the lines; this decides only how they print.
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
  checkDecimals,
  combineNet,
  costVariance,
  DEFAULT_DECIMALS,
  type DisplayUnit,
  formatSteps,
  type GrossAmounts,
  netNote,
  netVariance,
  netVarianceFromParts,
  type Ore,
  revenueVariance,
  roundOre,
  stepsToDecimal,
  sumNote,
  type VarianceConvention,
} from '#modules/economy/domain/index.ts';
import { addAmounts, netOf } from './figures.ts';

export type Measure = 'net' | 'expenditure' | 'income';
export type Component = Exclude<Measure, 'net'>;

export interface AmountColumn {
  readonly kind: 'amount';
  readonly key: string;
  readonly label: string;
  readonly source: string;
  readonly measure: Measure;
  /** Left out when no line has a figure in it (a plan year nobody planned). */
  readonly optional?: boolean;
}

/** Avvikelse of a net: actual (or forecast) against a budget (or frame), by the variance convention. */
export interface VarianceColumn {
  readonly kind: 'variance';
  readonly key: string;
  readonly label: string;
  readonly actual: string;
  readonly budget: string;
}

export type InvestmentColumn = AmountColumn | VarianceColumn;

/** A line's gross amounts in a source; null where it has none, which prints empty and is not a zero. */
export type Sources = (source: string) => GrossAmounts | null;

export interface LineHeader {
  readonly text: string;
  /** Footnotes on the header (a project's note, a condition, the table's conventions). */
  readonly notes?: readonly (string | null)[];
  /** Said to a screen reader after the header. */
  readonly note?: string | null;
}

export interface Line {
  readonly key: string;
  readonly header: LineHeader;
  readonly depth: number;
  readonly role: 'row' | 'detail';
  readonly ref: TableRef | null;
  /** Null for a heading line ("LKDATA", "Investeringar utom ram"), which prints no figures. */
  readonly sources: Sources | null;
  /** A varav line prints only this component. */
  readonly component?: Component;
  /** Only these columns are printed (a frame line: the frame and the variance against it). */
  readonly columns?: ReadonlySet<string>;
  /** The lines this one sums, for the note when its printed figure is not the sum of theirs. */
  readonly parts?: readonly Line[];
  /** Printed with varav lines under it: its net gets a note when they do not give it. */
  readonly withDetails?: boolean;
  /** Footnotes on one cell, by column key (a revised budget's note). */
  readonly cellNotes?: (columnKey: string) => readonly (string | null)[];
}

export interface LineTableInput {
  readonly key: string;
  /** Without the unit, which is added: "Investeringar" → "Investeringar, belopp i tkr". */
  readonly caption: string;
  readonly unit: DisplayUnit;
  readonly decimals?: number;
  readonly varianceConvention: VarianceConvention;
  readonly rowHeaderLabel: string;
  readonly columns: readonly InvestmentColumn[];
  readonly lines: readonly Line[];
}

/** The sum of lines, source by source: a source none of them has stays empty. */
export function sumSources(lines: readonly Line[]): Sources {
  return (source) =>
    lines.reduce<GrossAmounts | null>((sum, line) => addAmounts(sum, line.sources?.(source) ?? null), null);
}

function component(amounts: GrossAmounts, part: Component): Ore {
  return part === 'expenditure' ? amounts.costs : amounts.revenues;
}

function amountFigure(line: Line, column: AmountColumn, sources: Sources): Ore | null {
  const amounts = sources(column.source);
  if (amounts === null) {
    return null;
  }
  const measure = line.component ?? column.measure;
  if (line.component && column.measure !== 'net' && column.measure !== line.component) {
    return null;
  }
  return measure === 'net' ? netOf(amounts) : component(amounts, measure);
}

function varianceFigure(
  line: Line,
  column: VarianceColumn,
  sources: Sources,
  convention: VarianceConvention,
): Ore | null {
  const [actual, budget] = [sources(column.actual), sources(column.budget)];
  if (actual === null || budget === null) {
    return null;
  }
  if (line.component === 'expenditure') {
    return costVariance(actual.costs, budget.costs, convention);
  }
  if (line.component === 'income') {
    return revenueVariance(actual.revenues, budget.revenues);
  }
  // Investments are on the net-cost scale: net expenditure positive.
  return netVariance(actual, budget, 'netCost', convention);
}

/** A line's exact figure in a column; null where it prints nothing. */
export function lineFigure(line: Line, column: InvestmentColumn, convention: VarianceConvention): Ore | null {
  if (line.sources === null || (line.columns && !line.columns.has(column.key))) {
    return null;
  }
  return column.kind === 'amount'
    ? amountFigure(line, column, line.sources)
    : varianceFigure(line, column, line.sources, convention);
}

interface Printer {
  readonly unit: DisplayUnit;
  readonly decimals: number;
  readonly convention: VarianceConvention;
  readonly footnotes: FootnoteCollector;
}

const steps = (printer: Printer, ore: Ore) => roundOre(ore, printer.unit, printer.decimals);

/**
 * The note on a sum whose printed figure is not the sum of its printed lines: rounding, when the exact
 * figures agree (one note shared by every such cell); otherwise lines that lack one side of a variance.
 */
function sumNoteOf(printer: Printer, line: Line, column: InvestmentColumn, total: Ore | null): string | null {
  if (!line.parts || total === null) {
    return null;
  }
  const present = line.parts
    .map((part) => lineFigure(part, column, printer.convention))
    .filter((value) => value !== null);
  return sumNote(
    present,
    total,
    printer,
    'avvikelsen är räknad på summorna, och alla rader har inte belopp i båda kolumnerna.',
  );
}

/** The note on a net whose printed figure is not what its printed varav lines give. */
function detailNote(printer: Printer, line: Line, column: InvestmentColumn, net: Ore | null): string | null {
  if (!line.withDetails || net === null) {
    return null;
  }
  const part = (which: Component) => lineFigure({ ...line, component: which }, column, printer.convention);
  const [expenditure, income] = [part('expenditure'), part('income')];
  if (expenditure === null || income === null) {
    return null;
  }
  const [printedExpenditure, printedIncome] = [steps(printer, expenditure), steps(printer, income)];
  const implied =
    column.kind === 'variance'
      ? netVarianceFromParts(printedExpenditure, printedIncome, 'netCost', printer.convention)
      : combineNet(printedExpenditure, printedIncome, 'netCost');
  return netNote(implied, net, printer, 'varav utgifter och varav inkomster');
}

function figureCell(printer: Printer, line: Line, column: InvestmentColumn): TableCell {
  const value = lineFigure(line, column, printer.convention);
  if (value === null) {
    return cell('');
  }
  const printed = steps(printer, value);
  return cell(formatSteps(printed, printer.decimals), {
    markers: printer.footnotes.mark(
      ...(line.cellNotes?.(column.key) ?? []),
      sumNoteOf(printer, line, column, value),
      detailNote(printer, line, column, value),
    ),
    // The printed figure, exact, for spreadsheets: the number the reader sees.
    value: stepsToDecimal(printed, printer.decimals),
  });
}

function row(printer: Printer, line: Line, columns: readonly InvestmentColumn[]): TableRow {
  const header = cell(line.header.text, {
    markers: printer.footnotes.mark(...(line.header.notes ?? [])),
    note: line.header.note ?? null,
    ref: line.ref,
  });
  return {
    key: line.key,
    depth: line.depth,
    role: line.role,
    header,
    cells: columns.map((column) => figureCell(printer, line, column)),
    ref: line.ref,
  };
}

export function captionWithUnit(caption: string, unit: DisplayUnit): string {
  return `${caption}, belopp i ${unit}`;
}

/** The columns that print: an optional one only when some line has a figure in it. */
function shownColumns(input: LineTableInput): InvestmentColumn[] {
  return input.columns.filter(
    (column) =>
      column.kind !== 'amount' ||
      !column.optional ||
      input.lines.some((line) => lineFigure(line, column, input.varianceConvention) !== null),
  );
}

export function buildLineTable(input: LineTableInput): TableModel {
  const decimals = input.decimals ?? DEFAULT_DECIMALS[input.unit];
  checkDecimals(input.unit, decimals);
  const printer: Printer = {
    unit: input.unit,
    decimals,
    convention: input.varianceConvention,
    footnotes: new FootnoteCollector(),
  };
  const columns = shownColumns(input);
  // Built in reading order, so that footnotes are numbered as the reader meets them.
  const rows = input.lines.map((line) => row(printer, line, columns));
  return {
    key: input.key,
    caption: captionWithUnit(input.caption, input.unit),
    groupLabel: null,
    columns: [
      { key: 'row', label: input.rowHeaderLabel, align: 'start' },
      ...columns.map((column) => ({ key: column.key, label: column.label, align: 'end' as const })),
    ],
    groups: [{ key: 'rows', heading: null, description: null, note: null, ref: null, rows }],
    footnotes: printer.footnotes.list(),
  };
}
