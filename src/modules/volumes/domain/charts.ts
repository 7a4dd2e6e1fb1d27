/**
 * A measure's values over the years as a neutral chart model (core/chart.ts): the outcome of each year as
 * bars – with bars for men and women beside it when the outcomes have them – against the budget, the plan
 * and the target as lines, each series only when the measure has such values in the years shown.
 *
 * A year's figure is read as the tables read it (ADR 0014): an outcome is the whole year's, the closing
 * round's first (the figure the annual report settled on, årsarbetare 2018: 161 rather than 151,8) and
 * otherwise the one tied to no round; an interim round's outcome is the year to date and is never drawn as
 * the year's. Years before the measure was measured, and values reported as such, are "ingen uppgift":
 * a gap in the chart and "I.U." in its table, never a zero.
 *
 * Pure: the caller loads the measure and its values.
 */
import { buildChart, type ChartModel, type ChartPoint, type ChartSeriesKind } from '#core/chart.ts';
import { NO_DATA_TEXT } from './layout.ts';
import { GENDER_PART_LABELS, type GenderPart, type ValueKind, type ValuePeriod } from './measure.ts';
import type { TableMeasure, TableValue } from './volume-tables.ts';

export interface ChartMeasure extends TableMeasure {
  /** What the measure counts: "antal", "årsarbetare", "%". */
  readonly unit: string | null;
}

export interface MeasureChartInput {
  readonly measure: ChartMeasure;
  /** The measure's values; other measures' are left out. */
  readonly values: readonly TableValue[];
  readonly fromYear: number;
  readonly toYear: number;
}

interface SeriesSpec {
  readonly key: string;
  readonly name: string;
  readonly kind: ChartSeriesKind;
  readonly valueKind: ValueKind;
  /** The periods read, the first one that has a value winning. */
  readonly periods: readonly ValuePeriod[];
  /** A gender part of the value, or its total. */
  readonly part: GenderPart | 'total';
}

const WHOLE_YEAR_OUTCOME: readonly ValuePeriod[] = ['closing', 'year'];
const PLANNED: readonly ValuePeriod[] = ['year', 'budget'];

/** Every series a measure's chart can have, in the order they are drawn and listed. */
export const MEASURE_CHART_SERIES: readonly SeriesSpec[] = [
  {
    key: 'outcome',
    name: 'Utfall',
    kind: 'bar',
    valueKind: 'outcome',
    periods: WHOLE_YEAR_OUTCOME,
    part: 'total',
  },
  ...(['men', 'women'] as const).map((part) => ({
    key: `outcome-${part}`,
    name: `Utfall ${GENDER_PART_LABELS[part].toLowerCase()}`,
    kind: 'bar' as const,
    valueKind: 'outcome' as const,
    periods: WHOLE_YEAR_OUTCOME,
    part,
  })),
  { key: 'budget', name: 'Budget', kind: 'line', valueKind: 'budget', periods: PLANNED, part: 'total' },
  { key: 'plan', name: 'Plan', kind: 'line', valueKind: 'plan', periods: PLANNED, part: 'total' },
  {
    key: 'target',
    name: 'Målvärde',
    kind: 'line',
    valueKind: 'target',
    periods: WHOLE_YEAR_OUTCOME,
    part: 'total',
  },
];

/** The longest run of years one chart shows. */
export const MAX_CHART_YEARS = 50;

function statedValue(values: readonly TableValue[], spec: SeriesSpec, year: number): TableValue | undefined {
  for (const period of spec.periods) {
    const value = values.find(
      (candidate) =>
        candidate.year === year && candidate.kind === spec.valueKind && candidate.period === period,
    );
    if (value) {
      return value;
    }
  }
  return undefined;
}

function point(
  measure: ChartMeasure,
  spec: SeriesSpec,
  year: number,
  value: TableValue | undefined,
): ChartPoint {
  if (year < measure.validFromYear) {
    return spec.part === 'total'
      ? {
          value: null,
          missingText: NO_DATA_TEXT,
          missingNote: `ingen uppgift: mäts från ${measure.validFromYear}`,
        }
      : { value: null };
  }
  if (!value) {
    return { value: null };
  }
  const ref = { kind: 'value', id: value.id };
  if (spec.part !== 'total') {
    return { value: value.noData ? null : value[spec.part], ref };
  }
  if (value.noData || value.total === null) {
    return {
      value: null,
      missingText: NO_DATA_TEXT,
      missingNote: value.noDataReason ? `ingen uppgift: ${value.noDataReason}` : 'ingen uppgift',
      footnote: value.note,
      ref,
    };
  }
  return { value: value.total, footnote: value.note, ref };
}

/** A total is shown when it was stated, even as "ingen uppgift"; a gender part only as a figure. */
function shows(spec: SeriesSpec, entry: ChartPoint): boolean {
  return spec.part === 'total' ? entry.ref != null : entry.value !== null;
}

/** The measure's chart over the years from–to: only the series it has values for, outcomes always. */
export function measureChart(input: MeasureChartInput): ChartModel {
  const { measure, fromYear, toYear } = input;
  if (toYear < fromYear || toYear - fromYear + 1 > MAX_CHART_YEARS) {
    throw new RangeError(`A measure's chart shows 1–${MAX_CHART_YEARS} years, not ${fromYear}–${toYear}`);
  }
  const values = input.values.filter((value) => value.measureId === measure.id);
  const years = Array.from({ length: toYear - fromYear + 1 }, (_, index) => fromYear + index);
  const series = MEASURE_CHART_SERIES.map((spec) => ({
    spec,
    points: years.map((year) => point(measure, spec, year, statedValue(values, spec, year))),
  }))
    .filter(({ spec, points }) => spec.key === 'outcome' || points.some((entry) => shows(spec, entry)))
    .map(({ spec, points }) => ({
      key: spec.key,
      name: spec.name,
      kind: spec.kind,
      decimals: measure.decimals,
      points,
    }));
  const span = fromYear === toYear ? String(fromYear) : `${fromYear}–${toYear}`;
  return buildChart({
    key: `measure-${measure.id}-${fromYear}-${toYear}`,
    title: `${measure.name} ${span}`,
    unit: measure.unit ?? '',
    categoryLabel: 'År',
    categories: years.map((year) => ({ key: String(year), label: String(year) })),
    series,
    notes: measure.note ? [measure.note] : [],
  });
}
