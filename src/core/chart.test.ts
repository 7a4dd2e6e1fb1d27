import { describe, expect, it } from 'vitest';
import {
  buildChart,
  type ChartInput,
  chartOption,
  decimalFromNumber,
  describeChart,
  formatTick,
} from './chart.ts';

const NBSP = '\u00a0';
const MINUS = '\u2212';

const input: ChartInput = {
  key: 'test',
  title: 'Kostnader per enhet',
  unit: 'tkr',
  categoryLabel: 'Enhet',
  categories: [
    { key: 'a', label: 'Stab <och> ledning', ref: { kind: 'orgUnit', id: 'a' } },
    { key: 'b', label: 'LKDATA' },
  ],
  series: [
    { key: 'now', name: 'Kostnader 2023', kind: 'bar', points: [{ value: '1234567' }, { value: '-2356' }] },
    {
      key: 'then',
      name: 'Kostnader 2022',
      kind: 'bar',
      points: [{ value: '0.1' }, { value: null, missingText: 'I.U.', missingNote: 'ingen uppgift' }],
    },
    {
      key: 'budget',
      name: 'Budget 2023',
      kind: 'line',
      decimals: 1,
      points: [{ value: '17.25' }, { value: null }],
    },
  ],
  notes: ['Kostnader anges som positiva belopp.'],
};

type Option = ReturnType<typeof chartOption>;
type SeriesOption = Option['series'][number] & Record<string, unknown>;

describe('buildChart', () => {
  const chart = buildChart(input);

  it('keeps the exact figures, one list per series, null where there is none', () => {
    expect(chart.series.map((series) => series.values)).toEqual([
      ['1234567', '-2356'],
      ['0.1', null],
      ['17.25', null],
    ]);
    expect(chart.categories).toEqual([
      { key: 'a', label: 'Stab <och> ledning' },
      { key: 'b', label: 'LKDATA' },
    ]);
  });

  it('lays out the same figures as a table: a row per category, a column per series, Swedish numbers', () => {
    const { table } = chart;
    expect(table.caption).toBe('Kostnader per enhet (tkr)');
    expect(table.columns.map((column) => column.label)).toEqual([
      'Enhet',
      'Kostnader 2023',
      'Kostnader 2022',
      'Budget 2023',
    ]);
    const rows = table.groups.flatMap((group) => group.rows);
    expect(rows.map((row) => [row.header.text, ...row.cells.map((cell) => cell.text)])).toEqual([
      ['Stab <och> ledning', `1${NBSP}234${NBSP}567`, '0,1', '17,3'],
      ['LKDATA', `${MINUS}2${NBSP}356`, 'I.U.', ''],
    ]);
    expect(rows[0]?.cells.map((cell) => cell.value)).toEqual(['1234567', '0.1', '17.25']);
    expect(rows[1]?.cells[1]).toMatchObject({ kind: 'noData', note: 'ingen uppgift' });
    expect(rows[1]?.cells[2]).toMatchObject({ kind: 'empty' });
    expect(rows[0]?.ref).toEqual({ kind: 'orgUnit', id: 'a' });
    expect(table.footnotes).toEqual([{ marker: 1, text: 'Kostnader anges som positiva belopp.' }]);
  });

  it('refuses a series with a point too many or too few', () => {
    expect(() =>
      buildChart({ ...input, series: [{ key: 'x', name: 'X', kind: 'bar', points: [{ value: '1' }] }] }),
    ).toThrow(/1 points for 2 categories/);
  });
});

describe('chartOption', () => {
  const chart = buildChart(input);
  const option = chartOption(chart);
  const series = option.series as SeriesOption[];

  it('draws every series with its type, name and figures', () => {
    expect(series.map((entry) => [entry.type, entry.name, entry.data])).toEqual([
      ['bar', 'Kostnader 2023', [1234567, -2356]],
      ['bar', 'Kostnader 2022', [0.1, null]],
      ['line', 'Budget 2023', [17.25, null]],
    ]);
    expect(option.xAxis.data).toEqual(['Stab <och> ledning', 'LKDATA']);
    expect(option.xAxis.name).toBe('Enhet');
    expect(option.yAxis.name).toBe('tkr');
  });

  it('tells series apart by pattern and dash, not by colour alone', () => {
    const decals = series
      .filter((entry) => entry.type === 'bar')
      .map((entry) => JSON.stringify((entry.itemStyle as { decal: unknown }).decal));
    expect(new Set(decals).size).toBe(2);
    expect(option.aria.decal.show).toBe(true);
    const line = series.find((entry) => entry.type === 'line');
    expect(line?.lineStyle).toMatchObject({ type: 'dashed' });
    expect(line?.symbol).toBe('circle');
    const colours = series.map((entry) =>
      entry.type === 'bar' ? (entry.itemStyle as { color: string }).color : entry.color,
    );
    expect(new Set(colours).size).toBe(3);
  });

  it('labels the value axis the Swedish way', () => {
    const format = option.yAxis.axisLabel.formatter;
    expect(format(350000000)).toBe(`350${NBSP}000${NBSP}000`);
    expect(format(-1500.5)).toBe(`${MINUS}1${NBSP}500,5`);
    expect(format(0.30000000000000004)).toBe('0,3');
    expect(format(-0)).toBe('0');
  });

  it('describes the chart in Swedish for screen readers, naming how each series is drawn', () => {
    expect(option.aria.enabled).toBe(true);
    expect(option.aria.label.description).toBe(describeChart(chart));
    expect(describeChart(chart)).toBe(
      'Diagram: Kostnader per enhet. Värden i tkr. Serier: Kostnader 2023 (enfärgade staplar), ' +
        'Kostnader 2022 (staplar med snedstreck), Budget 2023 (streckad linje med cirklar). ' +
        'Enhet: Stab <och> ledning, LKDATA. Siffrorna finns också i tabellen till diagrammet.',
    );
  });

  it('shows the exact figures in the tooltip, as the table prints them, and never markup from names', () => {
    const text = option.tooltip.formatter([
      { seriesIndex: 0, dataIndex: 0, marker: '●' },
      { seriesIndex: 1, dataIndex: 0, marker: '●' },
      { seriesIndex: 2, dataIndex: 0, marker: '●' },
    ]);
    expect(text).toBe(
      `<strong>Stab &lt;och&gt; ledning</strong><br>●Kostnader 2023: 1${NBSP}234${NBSP}567${NBSP}tkr` +
        `<br>●Kostnader 2022: 0,1${NBSP}tkr<br>●Budget 2023: 17,3${NBSP}tkr`,
    );
    expect(option.tooltip.formatter({ seriesIndex: 1, dataIndex: 1 })).toContain(
      'Kostnader 2022: ingen uppgift',
    );
  });
});

describe('decimalFromNumber', () => {
  it('writes ticks as canonical decimals, without a float’s tail', () => {
    expect(decimalFromNumber(2500)).toBe('2500');
    expect(decimalFromNumber(-0.5)).toBe('-0.5');
    expect(decimalFromNumber(1e-9)).toBe('0');
    expect(decimalFromNumber(Number.NaN)).toBe('0');
    expect(formatTick(12000)).toBe(`12${NBSP}000`);
  });
});
