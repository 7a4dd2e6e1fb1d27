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

// Category labels ---------------------------------------------------------------------------------------

/**
 * Glyph widths in em of DejaVu Sans, which Chromium prints documents with on a Linux server (fontconfig's
 * system-ui and sans-serif), rounded up; the fonts of desktop browsers (Segoe UI, Roboto, Liberation Sans)
 * are narrower, so a label laid out by these widths fits wherever it is drawn. Any other character: 0.64.
 */
const GLYPH_EMS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['ijlIJ', 0.3],
      [' .,:;|', 0.32],
      ['ft-()/', 0.39],
      ['r!', 0.41],
      ['csz', 0.55],
      ['ABCEFKLPRSTVXYZ', 0.7],
      ['DGHNOQUÅÄÖ', 0.79],
      ['w&', 0.82],
      ['M', 0.87],
      ['m', 0.98],
      ['W', 0.99],
    ] as const
  ).flatMap(([glyphs, em]) => [...glyphs].map((glyph) => [glyph, em] as const)),
);

/** How wide a text is drawn, in pixels, at a font size. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const glyph of text) {
    em += GLYPH_EMS.get(glyph) ?? 0.64;
  }
  return em * fontSize;
}

/**
 * Words that the names of a municipality's units are compounded of: a word too long for its label is
 * hyphenated before one of them ("Arbetsmarknads-förvaltningen", "Gymnasieskole-verksamhet"), where a
 * Swedish reader expects the break, rather than at a syllable.
 */
const COMPOUND_PARTS: readonly string[] = `
  arkiv assistans avdelning bildning boende bolag bygg digitalisering ekonomi enhet fastighet fritid
  fullmäktige funktion förmyndar förvaltning gymnasie hälso idrott kommun kommunikation kontor kultur
  ledning marknad miljö nämnd område omsorg personal planering restaurang räddning samhäll service
  skol social stab styrelse stöd teknik tjänst trafik ungdom upphandling utbildning utveckling
  verksamhet vård äldre
`
  .trim()
  .split(/\s+/);

/** No break leaves fewer letters than this on either side of it. */
const MIN_PART = 3;

const VOWELS = new Set('aeiouyåäöéü');

/** Where a word may be hyphenated before one of the compound parts, in order. */
function compoundBreaks(word: string): number[] {
  const lower = word.toLowerCase();
  const breaks = new Set<number>();
  for (const part of COMPOUND_PARTS) {
    for (let at = lower.indexOf(part, MIN_PART); at !== -1; at = lower.indexOf(part, at + 1)) {
      if (lower.length - at >= MIN_PART) {
        breaks.add(at);
      }
    }
  }
  return [...breaks].sort((a, b) => a - b);
}

/**
 * Where a word may be hyphenated between syllables, by the Swedish rule of thumb: a consonant followed by
 * a vowel begins a syllable ("för-valt-ning"), but "ng" and "ck" stay together.
 */
function syllableBreaks(word: string): number[] {
  const lower = word.toLowerCase();
  const breaks: number[] = [];
  for (let at = MIN_PART; at <= lower.length - MIN_PART; at += 1) {
    const consonant = !VOWELS.has(lower[at] ?? '') && /\p{L}/u.test(lower[at] ?? '');
    const pair = lower.slice(at - 1, at + 1);
    if (consonant && VOWELS.has(lower[at + 1] ?? '') && pair !== 'ng' && pair !== 'ck') {
      breaks.push(at);
    }
  }
  return breaks;
}

/** A word cut at the given places. */
function cut(word: string, breaks: readonly number[]): string[] {
  return [0, ...breaks].map((start, index) => word.slice(start, breaks[index] ?? word.length));
}

/** A piece of a label: a word, or a part of one that `joinsNext` continues without a space. */
interface LabelPiece {
  readonly text: string;
  readonly joinsNext: boolean;
}

/** The piece as it ends a line: a part of a word gets a visible hyphen, unless it ends with one. */
function lineEnd(piece: string, joinsNext: boolean): string {
  return joinsNext && !piece.endsWith('-') ? `${piece}-` : piece;
}

/**
 * A label's words, each too long for a line split where it may be: after a hyphen it has, then before
 * its compound parts, then – with `syllables`, for a part still too long – between syllables.
 */
function labelPieces(label: string, fits: (text: string) => boolean, syllables: boolean): LabelPiece[] {
  return label
    .split(/\s+/)
    .filter((word) => word !== '')
    .flatMap((word) => {
      if (fits(word)) {
        return [{ text: word, joinsNext: false }];
      }
      const parts = word
        .split(/(?<=-)(?=.)/)
        .flatMap((part) => cut(part, compoundBreaks(part)))
        .flatMap((part) =>
          syllables && !fits(lineEnd(part, true)) ? cut(part, syllableBreaks(part)) : [part],
        );
      return parts.map((text, index) => ({ text, joinsNext: index < parts.length - 1 }));
    });
}

/**
 * A label's lines within `width` pixels at `fontSize`: words as they fit, a word too long broken only
 * where it may be and with a visible hyphen. Null when a piece still does not fit; with `syllables` a piece
 * that does not fit even then (a very long part with no syllable to break at) stands whole on its line.
 */
function wrapLabel(label: string, width: number, fontSize: number, syllables: boolean): string[] | null {
  const fits = (text: string) => textWidth(text, fontSize) <= width;
  const lines: string[] = [];
  let line = '';
  let joined = false;
  for (const piece of labelPieces(label, fits, syllables)) {
    const longer = line === '' ? piece.text : `${line}${joined ? '' : ' '}${piece.text}`;
    if (line !== '' && fits(lineEnd(longer, piece.joinsNext))) {
      line = longer;
    } else {
      if (line !== '') {
        lines.push(lineEnd(line, joined));
      }
      if (!syllables && !fits(lineEnd(piece.text, piece.joinsNext))) {
        return null;
      }
      line = piece.text;
    }
    joined = piece.joinsNext;
  }
  return line === '' ? lines : [...lines, line];
}

/** The category labels' font sizes, largest first: a label shrinks at most to 10 px (7.5 pt printed). */
const LABEL_FONT_SIZES = [12, 11, 10] as const;
const SMALLEST_LABEL_FONT_SIZE = Math.min(...LABEL_FONT_SIZES);
const MAX_LABEL_LINES = 3;

export interface FittedLabels {
  readonly fontSize: number;
  /** Each label's lines, in the labels' order. */
  readonly lines: readonly (readonly string[])[];
}

/**
 * Lays out category labels for a printed board document, where the full names matter: never cut short,
 * never broken inside a word without a hyphen. The labels keep the largest font size at which every one
 * fits within `width` in at most three lines, breaking a long compound before one of its parts; when
 * none does, they take the smallest size, and only a label with a part still too long is hyphenated
 * between syllables as well. One size for the whole axis, so that no unit's name looks smaller than its
 * neighbours'.
 */
export function fitCategoryLabels(labels: readonly string[], width: number): FittedLabels {
  for (const fontSize of LABEL_FONT_SIZES) {
    const lines = labels.map((label) => wrapLabel(label, width, fontSize, false));
    if (lines.every((each) => each !== null && each.length <= MAX_LABEL_LINES)) {
      return { fontSize, lines: lines as string[][] };
    }
  }
  const fontSize = SMALLEST_LABEL_FONT_SIZE;
  return {
    fontSize,
    lines: labels.map(
      (label) =>
        wrapLabel(label, width, fontSize, false) ?? wrapLabel(label, width, fontSize, true) ?? [label],
    ),
  };
}

/** The category axis's labels and the gap below them to its name. */
function categoryAxisLabels(model: ChartModel) {
  const fitted = fitCategoryLabels(
    model.categories.map((category) => category.label),
    labelWidth(model.categories.length),
  );
  const lineHeight = Math.round(fitted.fontSize * 1.25);
  const text = new Map(model.categories.map((category, index) => [category.label, fitted.lines[index]]));
  const lines = Math.max(1, ...fitted.lines.map((each) => each.length));
  return {
    // The axis label's margin (8), the labels' lines, and room to tell the name from them.
    nameGap: 8 + lines * lineHeight + 10,
    axisLabel: {
      interval: 0,
      fontSize: fitted.fontSize,
      lineHeight,
      formatter: (value: string) => text.get(value)?.join('\n') ?? value,
      color: '#1a1a1a',
    },
  };
}

/** The ECharts option that draws the model, in the browser and on the server alike. */
export function chartOption(model: ChartModel) {
  let bars = 0;
  let lines = 0;
  const series = model.series.map((entry, index) =>
    seriesOption(entry, at(CHART_COLOURS, index), entry.kind === 'bar' ? bars++ : lines++),
  );
  const labels = categoryAxisLabels(model);
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
      nameGap: labels.nameGap,
      data: model.categories.map((category) => category.label),
      // Every category is named in full; long names wrap within their share of a printed page's width
      // (about 620 px between the axes) rather than hide or run into the next category's. The lines are
      // laid out here, not by ECharts, which would break a long word anywhere ("Arbetsmarkna|dsförvaltning").
      axisLabel: labels.axisLabel,
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
