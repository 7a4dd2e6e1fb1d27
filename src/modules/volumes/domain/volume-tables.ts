/**
 * A unit's volume table ("Basuppdrag", 000:217-229) or personnel table ("Personal", 000:237-240) as the
 * neutral table model (core/table.ts), laid out by a TableLayout: a row per measure measured in any of the
 * columns' years, in the unit's order; under it a row for men and one for women when a value shown has
 * them (000:219-220); "ingen uppgift" for the years before the measure was measured and for values
 * reported as such; the measure's and the values' footnotes numbered under the table.
 *
 * Pure: the caller loads the measures and values; this decides only what the reader sees.
 */
import { compareSwedish, formatDecimal } from '#core/format.ts';
import { cell, FootnoteCollector, type TableCell, type TableModel, type TableRow } from '#core/table.ts';
import type { LayoutColumn, TableLayout } from './layout.ts';
import {
  GENDER_PART_LABELS,
  GENDER_PARTS,
  type GenderPart,
  isMeasuredIn,
  type MeasureKind,
  type ValueKind,
  type ValuePeriod,
} from './measure.ts';

export interface TableMeasure {
  readonly id: string;
  readonly kind: MeasureKind;
  readonly name: string;
  readonly decimals: number | null;
  readonly sortOrder: number;
  readonly note: string | null;
  readonly validFromYear: number;
  readonly validToYear: number | null;
  readonly retiredAt: string | null;
}

export interface TableValue {
  readonly id: string;
  readonly measureId: string;
  readonly year: number;
  readonly period: ValuePeriod;
  readonly kind: ValueKind;
  readonly total: string | null;
  readonly men: string | null;
  readonly women: string | null;
  readonly noData: boolean;
  readonly noDataReason: string | null;
  readonly note: string | null;
}

/** The table's caption, as the seeds head the section (000:215, 235), and its first column (000:217, 237). */
export const TABLE_CAPTIONS: Readonly<Record<MeasureKind, string>> = {
  volume: 'Volymutveckling',
  personnel: 'Personal',
};
export const FIRST_COLUMN_LABELS: Readonly<Record<MeasureKind, string>> = {
  volume: 'Basuppdrag',
  personnel: 'Personal',
};

export interface MeasureTableInput {
  readonly kind: MeasureKind;
  /** The unit's measures; those of the other kind, and those measured in none of the years, are left out. */
  readonly measures: readonly TableMeasure[];
  readonly values: readonly TableValue[];
  readonly layout: TableLayout;
  /** The caption; the kind's own unless given. */
  readonly caption?: string;
}

const valueKey = (measureId: string, year: number, kind: ValueKind, period: ValuePeriod) =>
  `${measureId}|${year}|${kind}|${period}`;

type Lookup = (measure: TableMeasure, column: LayoutColumn) => TableValue | undefined;

function lookupOf(values: readonly TableValue[]): Lookup {
  const byKey = new Map(
    values.map((value) => [valueKey(value.measureId, value.year, value.kind, value.period), value]),
  );
  return (measure, column) => {
    for (const period of column.periods) {
      const value = byKey.get(valueKey(measure.id, column.year, column.kind, period));
      if (value) {
        return value;
      }
    }
    return undefined;
  };
}

/** "3,82", or rounded to the measure's decimals when it has them. */
function figure(value: string, measure: TableMeasure): string {
  return formatDecimal(value, measure.decimals === null ? {} : { decimals: measure.decimals });
}

interface Context {
  readonly layout: TableLayout;
  readonly columns: readonly LayoutColumn[];
  readonly lookup: Lookup;
  readonly footnotes: FootnoteCollector;
}

function totalCell(ctx: Context, measure: TableMeasure, column: LayoutColumn): TableCell {
  if (column.year < measure.validFromYear) {
    return cell(ctx.layout.noDataText, {
      kind: 'noData',
      note: `ingen uppgift: mäts från ${measure.validFromYear}`,
    });
  }
  const value = ctx.lookup(measure, column);
  if (!value) {
    return cell(ctx.layout.emptyText, {
      kind: 'empty',
      note: ctx.layout.emptyText === '' ? null : 'uppgift saknas',
    });
  }
  const ref = { kind: 'value', id: value.id };
  if (value.noData || value.total === null) {
    return cell(ctx.layout.noDataText, {
      kind: 'noData',
      note: value.noDataReason ? `ingen uppgift: ${value.noDataReason}` : 'ingen uppgift',
      markers: ctx.footnotes.mark(value.noDataReason, value.note),
      ref,
    });
  }
  return cell(figure(value.total, measure), {
    markers: ctx.footnotes.mark(value.note),
    ref,
    value: value.total,
  });
}

function partCell(ctx: Context, measure: TableMeasure, column: LayoutColumn, part: GenderPart): TableCell {
  const value = isMeasuredIn(measure, column.year) ? ctx.lookup(measure, column) : undefined;
  const figureText = value?.[part];
  if (!value || figureText === null || figureText === undefined) {
    return cell('');
  }
  return cell(figure(figureText, measure), { ref: { kind: 'value', id: value.id }, value: figureText });
}

function measureRows(ctx: Context, measure: TableMeasure): TableRow[] {
  const retired = measure.retiredAt !== null;
  // The row's own footnote is numbered before its cells', as the documents number them.
  const header = cell(measure.name, {
    markers: ctx.footnotes.mark(measure.note),
    note: retired ? 'avvecklat' : null,
    ref: { kind: 'measure', id: measure.id },
  });
  const rows: TableRow[] = [
    {
      key: measure.id,
      depth: 0,
      role: 'row',
      header,
      cells: ctx.columns.map((column) => totalCell(ctx, measure, column)),
      ref: { kind: 'measure', id: measure.id },
    },
  ];
  for (const part of GENDER_PARTS) {
    const cells = ctx.columns.map((column) => partCell(ctx, measure, column, part));
    if (cells.some((candidate) => candidate.text !== '')) {
      rows.push({
        key: `${measure.id}:${part}`,
        depth: 1,
        role: 'detail',
        header: cell(GENDER_PART_LABELS[part]),
        cells,
        ref: { kind: 'measure', id: measure.id },
      });
    }
  }
  return rows;
}

/** The measures of the kind that were measured in any of the years, in the unit's order. */
export function shownMeasures(
  kind: MeasureKind,
  measures: readonly TableMeasure[],
  years: readonly number[],
): TableMeasure[] {
  return measures
    .filter((measure) => measure.kind === kind && years.some((year) => isMeasuredIn(measure, year)))
    .sort((a, b) => a.sortOrder - b.sortOrder || compareSwedish(a.name, b.name));
}

export function buildMeasureTable(input: MeasureTableInput): TableModel {
  const { kind, layout } = input;
  const lookup = lookupOf(input.values);
  const measures = shownMeasures(
    kind,
    input.measures,
    layout.columns.map((column) => column.year),
  );
  const columns = layout.columns.filter(
    (column) =>
      !column.optional ||
      measures.some((measure) => isMeasuredIn(measure, column.year) && lookup(measure, column)),
  );
  const ctx: Context = { layout, columns, lookup, footnotes: new FootnoteCollector() };
  const rows = measures.flatMap((measure) => measureRows(ctx, measure));
  return {
    key: kind,
    caption: input.caption ?? TABLE_CAPTIONS[kind],
    groupLabel: null,
    columns: [
      { key: 'measure', label: FIRST_COLUMN_LABELS[kind], align: 'start' },
      ...columns.map((column) => ({ key: column.key, label: column.label, align: 'end' as const })),
    ],
    groups: [{ key: kind, heading: null, description: null, note: null, ref: null, rows }],
    footnotes: ctx.footnotes.list(),
  };
}
