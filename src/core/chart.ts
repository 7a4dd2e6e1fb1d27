/**
 * A chart as a neutral model, as TableModel (table.ts) is for tables: a title, the unit the figures are in,
 * a category axis, and series of exact figures – plus the table the chart is drawn from, built from the very
 * same points, so that the accessible table beside a chart can never disagree with it. The domain builds
 * charts from the data; the app draws them with ECharts in the browser, the server renders the same model to
 * SVG for documents, and both turn it into an ECharts option with `chartOption` below, so the two drawings
 * cannot differ either.
 *
 * Pure and free of ECharts: the option is plain data and formatters. Colour is never the only difference
 * between series: bars get a pattern each, lines a dash and a marker shape each, and the legend shows them.
 */
import type { DecimalString } from './decimal.ts';
import { formatDecimal } from './format.ts';
import { cell, FootnoteCollector, type TableCell, type TableModel, type TableRef } from './table.ts';

export type ChartSeriesKind = 'bar' | 'line';

export interface ChartCategory {
  readonly key: string;
  /** What the axis and the table's row header print: a unit's name, a round, a year. */
  readonly label: string;
}

export interface ChartSeries {
  readonly key: string;
  /** "Kostnader 2023", "Budget 2023", "Utfall": the legend's and the table column's label. */
  readonly name: string;
  readonly kind: ChartSeriesKind;
  /**
   * One per category: the exact figure in the chart's unit as a canonical decimal ("-2356", "17.3"), or null
   * where there is none (drawn as a gap, not as a zero).
   */
  readonly values: readonly (DecimalString | null)[];
  /** Decimals printed in the table and the tooltip; null: as each figure has them ("6,0" stays "6,0"). */
  readonly decimals: number | null;
}

export interface ChartModel {
  readonly key: string;
  readonly title: string;
  /** What the figures are in, printed at the value axis: "tkr", "antal", "%"; "" when nothing. */
  readonly unit: string;
  /** The categories' name, the table's first column: "Enhet", "Uppföljning", "År". */
  readonly categoryLabel: string;
  readonly categories: readonly ChartCategory[];
  readonly series: readonly ChartSeries[];
  /** The chart as a table: a row per category, a column per series, the figures exactly as drawn. */
  readonly table: TableModel;
}

/** How an API answers with a chart: the model as JSON, or drawn on the server as SVG. */
export const CHART_FORMATS = ['json', 'svg'] as const;
export type ChartFormat = (typeof CHART_FORMATS)[number];

// Building a chart ---------------------------------------------------------------------------------------

/** One figure of a series, with what its table cell says when there is none. */
export interface ChartPoint {
  readonly value: DecimalString | null;
  /** Printed in the table instead of a missing figure: "I.U."; nothing unless given. */
  readonly missingText?: string;
  /** Said about a missing figure to screen readers: "ingen uppgift: mäts från 2019". */
  readonly missingNote?: string | null;
  /** A footnote on the point's cell. */
  readonly footnote?: string | null;
  /** The record behind the figure. */
  readonly ref?: TableRef | null;
}

export interface ChartSeriesInput {
  readonly key: string;
  readonly name: string;
  readonly kind: ChartSeriesKind;
  readonly decimals?: number | null;
  /** One per category, in the categories' order. */
  readonly points: readonly ChartPoint[];
}

export interface ChartInput {
  readonly key: string;
  readonly title: string;
  readonly unit: string;
  readonly categoryLabel: string;
  readonly categories: readonly (ChartCategory & { readonly ref?: TableRef | null })[];
  readonly series: readonly ChartSeriesInput[];
  /** The table's caption; the title followed by the unit in parentheses unless given. */
  readonly caption?: string;
  /** Notes under the table: the sign convention, what a period means. */
  readonly notes?: readonly string[];
}

function figureText(value: DecimalString, decimals: number | null): string {
  return formatDecimal(value, decimals === null ? {} : { decimals });
}

function pointCell(point: ChartPoint | undefined, decimals: number | null, notes: FootnoteCollector) {
  const ref = point?.ref ?? null;
  const markers = notes.mark(point?.footnote);
  if (point?.value == null) {
    const text = point?.missingText ?? '';
    return cell(text, {
      kind: text === '' ? 'empty' : 'noData',
      note: point?.missingNote ?? null,
      markers,
      ref,
    });
  }
  return cell(figureText(point.value, decimals), { markers, ref, value: point.value });
}

/** The chart and its table from the same points: what is drawn is what the table says. */
export function buildChart(input: ChartInput): ChartModel {
  for (const series of input.series) {
    if (series.points.length !== input.categories.length) {
      throw new Error(
        `Series ${series.key} has ${series.points.length} points for ${input.categories.length} categories`,
      );
    }
  }
  const notes = new FootnoteCollector();
  // The general notes come first, numbered before any cell's own.
  notes.mark(...(input.notes ?? []));
  const series = input.series.map((entry) => ({
    key: entry.key,
    name: entry.name,
    kind: entry.kind,
    decimals: entry.decimals ?? null,
    values: entry.points.map((point) => point.value),
  }));
  const rows = input.categories.map((category, index) => ({
    key: category.key,
    depth: 0,
    role: 'row' as const,
    header: cell(category.label, { ref: category.ref ?? null }),
    cells: input.series.map(
      (entry): TableCell => pointCell(entry.points[index], entry.decimals ?? null, notes),
    ),
    ref: category.ref ?? null,
  }));
  return {
    key: input.key,
    title: input.title,
    unit: input.unit,
    categoryLabel: input.categoryLabel,
    categories: input.categories.map(({ key, label }) => ({ key, label })),
    series,
    table: {
      key: `${input.key}-table`,
      caption: input.caption ?? (input.unit === '' ? input.title : `${input.title} (${input.unit})`),
      groupLabel: null,
      columns: [
        { key: 'category', label: input.categoryLabel, align: 'start' },
        ...series.map((entry) => ({ key: entry.key, label: entry.name, align: 'end' as const })),
      ],
      groups: [{ key: input.key, heading: null, description: null, note: null, ref: null, rows }],
      footnotes: notes.list(),
    },
  };
}

// Drawing a chart ----------------------------------------------------------------------------------------

/** Colours with at least 3:1 contrast against white (WCAG 1.4.11), in the order the series get them. */
export const CHART_COLOURS = ['#1f5c99', '#b35900', '#2e7d32', '#7b3f8c', '#595959', '#00796b'] as const;

/**
 * A pattern per bar series, so that bars are told apart without colour: plain, diagonal stripes, dots,
 * horizontal stripes, crossing stripes, vertical stripes. White over the bar's colour, for contrast.
 */
const DECALS: readonly Record<string, unknown>[] = [
  { symbol: 'none' },
  { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [3, 3], rotation: -Math.PI / 4 },
  { symbol: 'circle', symbolSize: 0.7, dashArrayX: [[5, 5]], dashArrayY: [5, 5] },
  { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: 0 },
  { symbol: 'rect', dashArrayX: [[4, 2]], dashArrayY: [[4, 2]], rotation: Math.PI / 4 },
  { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: Math.PI / 2 },
].map((decal) => ({ color: 'rgba(255, 255, 255, 0.7)', ...decal }));

/** A dash and a marker per line series, and their names for the description. */
const LINE_STYLES: readonly { type: string; symbol: string; name: string }[] = [
  { type: 'dashed', symbol: 'circle', name: 'streckad linje med cirklar' },
  { type: 'dotted', symbol: 'rect', name: 'prickad linje med kvadrater' },
  { type: 'solid', symbol: 'triangle', name: 'heldragen linje med trianglar' },
  { type: 'dashed', symbol: 'diamond', name: 'streckad linje med romber' },
];

const BAR_PATTERN_NAMES = [
  'enfärgade staplar',
  'staplar med snedstreck',
  'staplar med prickar',
  'staplar med vågräta streck',
  'rutiga staplar',
  'staplar med lodräta streck',
];

function at<T>(list: readonly T[], index: number): T {
  return list[index % list.length] as T;
}

/** How each series is drawn, in words: bars by their pattern, lines by their dash and markers. */
function seriesStyles(model: ChartModel): string[] {
  let bars = 0;
  let lines = 0;
  return model.series.map((series) =>
    series.kind === 'bar' ? at(BAR_PATTERN_NAMES, bars++) : at(LINE_STYLES, lines++).name,
  );
}

/**
 * What the chart shows, in Swedish, for screen readers (the drawing's aria-label and the SVG's description):
 * the title, the unit, each series and how it is drawn, and the categories; the figures are in the table.
 */
export function describeChart(model: ChartModel): string {
  const styles = seriesStyles(model);
  const series = model.series.map((entry, index) => `${entry.name} (${styles[index]})`).join(', ');
  const unit = model.unit === '' ? '' : ` Värden i ${model.unit}.`;
  const categories = model.categories.map((category) => category.label).join(', ');
  return (
    `Diagram: ${model.title}.${unit} Serier: ${series}. ` +
    `${model.categoryLabel}: ${categories === '' ? 'inga' : categories}. ` +
    'Siffrorna finns också i tabellen till diagrammet.'
  );
}

/**
 * A number the chart computed (an axis tick) as a canonical decimal, for the Swedish formatter. Ticks are
 * round numbers, but binary floating point may carry a tail (0.30000000000000004), so at most six decimals.
 */
export function decimalFromNumber(value: number): DecimalString {
  if (!Number.isFinite(value)) {
    return '0';
  }
  const text = Number.isInteger(value) ? value.toFixed(0) : value.toFixed(6).replace(/\.?0+$/, '');
  return text === '-0' ? '0' : text;
}

/** An axis tick the Swedish way: "350 000", "−1,5". */
export function formatTick(value: number): string {
  return formatDecimal(decimalFromNumber(value));
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** The tooltip is HTML, and names come from users (a unit's name): never markup. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

interface TooltipItem {
  readonly seriesIndex?: number;
  readonly dataIndex?: number;
  readonly marker?: unknown;
}

/** The tooltip of a category: each series' exact figure as the table prints it, with the unit. */
function tooltipText(model: ChartModel, items: unknown): string {
  const list = (Array.isArray(items) ? items : [items]) as TooltipItem[];
  const category = model.categories[list[0]?.dataIndex ?? -1];
  const lines = list.map(({ seriesIndex = -1, dataIndex = -1, marker }) => {
    const series = model.series[seriesIndex];
    const value = series?.values[dataIndex];
    const figure = value == null ? 'ingen uppgift' : figureText(value, series?.decimals ?? null);
    const unit = value == null || model.unit === '' ? '' : `\u00a0${escapeHtml(model.unit)}`;
    return `${typeof marker === 'string' ? marker : ''}${escapeHtml(series?.name ?? '')}: ${figure}${unit}`;
  });
  return [`<strong>${escapeHtml(category?.label ?? '')}</strong>`, ...lines].join('<br>');
}

function seriesOption(series: ChartSeries, colour: string, styleIndex: number) {
  // ECharts places marks by numbers; the exact figures stay in the model, the table and the tooltip.
  const data = series.values.map((value) => (value === null ? null : Number(value)));
  if (series.kind === 'bar') {
    return {
      type: 'bar',
      name: series.name,
      data,
      itemStyle: { color: colour, decal: at(DECALS, styleIndex) },
      barMaxWidth: 48,
    };
  }
  const style = at(LINE_STYLES, styleIndex);
  return {
    type: 'line',
    name: series.name,
    data,
    color: colour,
    lineStyle: { type: style.type, width: 2.5, color: colour },
    symbol: style.symbol,
    symbolSize: 9,
    itemStyle: { color: colour },
    connectNulls: false,
  };
}

/** A category label's width in pixels: its share of the narrowest drawing, at most 130, at least 48. */
function labelWidth(categories: number): number {
  return Math.max(48, Math.min(130, Math.floor(620 / Math.max(categories, 1)) - 8));
}

/** The ECharts option that draws the model, in the browser and on the server alike. */
export function chartOption(model: ChartModel) {
  let bars = 0;
  let lines = 0;
  const series = model.series.map((entry, index) =>
    seriesOption(entry, at(CHART_COLOURS, index), entry.kind === 'bar' ? bars++ : lines++),
  );
  return {
    animation: false,
    textStyle: {
      fontFamily: 'system-ui, -apple-system, Segoe UI, Roboto, Liberation Sans, sans-serif',
      color: '#1a1a1a',
    },
    aria: {
      enabled: true,
      label: { enabled: true, description: describeChart(model) },
      // The patterns are set per series above; this turns them on.
      decal: { show: true },
    },
    legend: {
      top: 0,
      left: 'center',
      itemWidth: 28,
      itemHeight: 14,
      itemGap: 16,
      textStyle: { fontSize: 13, color: '#1a1a1a' },
    },
    // The axes shrink until their labels and names fit inside the drawing.
    grid: { left: 8, right: 24, top: 64, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'all' },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items: unknown) => tooltipText(model, items),
    },
    xAxis: {
      type: 'category',
      name: model.categoryLabel,
      nameLocation: 'middle',
      nameGap: 40,
      data: model.categories.map((category) => category.label),
      // Every category is named; long names wrap within their share of a printed page's width (about
      // 620 px between the axes) rather than hide or run into the next category's.
      axisLabel: {
        interval: 0,
        width: labelWidth(model.categories.length),
        overflow: 'break',
        color: '#1a1a1a',
        fontSize: 12,
      },
      axisTick: { alignWithLabel: true },
    },
    yAxis: {
      type: 'value',
      name: model.unit,
      nameTextStyle: { align: 'right', color: '#1a1a1a' },
      axisLabel: { formatter: formatTick, color: '#1a1a1a', fontSize: 12 },
    },
    series,
  };
}
