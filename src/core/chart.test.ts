import { describe, expect, it } from 'vitest';
import {
  buildChart,
  type ChartInput,
  chartOption,
  decimalFromNumber,
  describeChart,
  fitCategoryLabels,
  formatTick,
  textWidth,
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

/**
 * Whether the lines give back the label, each line break either at a space of the label, after a hyphen
 * it has, or inside a word with a hyphen added: never inside a word without one.
 */
function rejoins(label: string, lines: readonly string[]): boolean {
  let rest = label;
  for (const line of lines) {
    if (
      rest.startsWith(line) &&
      (rest.length === line.length || rest[line.length] === ' ' || line.endsWith('-'))
    ) {
      rest = rest.slice(line.length);
    } else if (
      line.endsWith('-') &&
      rest.startsWith(line.slice(0, -1)) &&
      /^\p{L}/u.test(rest.slice(line.length - 1))
    ) {
      rest = rest.slice(line.length - 1);
    } else {
      return false;
    }
    rest = rest.replace(/^ /, '');
  }
  return rest === '';
}

const LONG_NAMES = [
  'Arbetsmarknadsförvaltningen',
  'Gymnasieskoleverksamhet',
  'Kultur- och fritidsförvaltningen',
  'Stab och ledning',
  'Utbildningsförvaltningen',
  'Överförmyndarnämnden',
  'Samhällsbyggnadsnämnden',
  'Räddningstjänsten',
  'LKDATA',
];

describe('fitCategoryLabels', () => {
  it('hyphenates a long compound before its last part, with a visible hyphen, at the full size', () => {
    expect(
      fitCategoryLabels(['Arbetsmarknadsförvaltningen', 'Gymnasieskoleverksamhet', 'LKDATA'], 130),
    ).toEqual({
      fontSize: 12,
      lines: [['Arbetsmarknads-', 'förvaltningen'], ['Gymnasieskole-', 'verksamhet'], ['LKDATA']],
    });
  });

  it('keeps words whole that fit, and breaks between words first', () => {
    expect(fitCategoryLabels(['Stab och ledning', 'Kultur- och fritidsförvaltningen'], 100)).toEqual({
      fontSize: 12,
      lines: [
        ['Stab och', 'ledning'],
        ['Kultur- och', 'fritids-', 'förvaltningen'],
      ],
    });
  });

  it('takes a smaller size for the whole axis when a part does not fit at the larger one', () => {
    // "förvaltningen" is wider than 80 px at 12 px, not at 11.
    expect(fitCategoryLabels(['Utbildningsförvaltningen', 'LKDATA'], 80)).toEqual({
      fontSize: 11,
      lines: [['Utbildnings-', 'förvaltningen'], ['LKDATA']],
    });
    // Three lines at the full size are still better than a smaller type.
    expect(fitCategoryLabels(['Överförmyndarnämnden'], 80)).toEqual({
      fontSize: 12,
      lines: [['Över-', 'förmyndar-', 'nämnden']],
    });
  });

  it('hyphenates between syllables only a part too long for the narrowest label', () => {
    const fitted = fitCategoryLabels(['Arbetsmarknadsförvaltningen', 'Stab och ledning'], 48);
    expect(fitted.fontSize).toBe(10);
    expect(fitted.lines[0]?.slice(0, 2)).toEqual(['Arbets-', 'mark-']);
    expect(fitted.lines[1]).toEqual(['Stab och', 'ledning']);
  });

  it('never breaks a word inside without a hyphen, never leaves a letter out, and keeps within the width', () => {
    for (const width of [48, 64, 80, 100, 130]) {
      const fitted = fitCategoryLabels(LONG_NAMES, width);
      fitted.lines.forEach((lines, index) => {
        const label = LONG_NAMES[index] as string;
        expect(rejoins(label, lines), `${label} at ${width} px: ${lines.join(' | ')}`).toBe(true);
        for (const line of lines) {
          expect(textWidth(line, fitted.fontSize), `${line} at ${width} px`).toBeLessThanOrEqual(width);
        }
      });
    }
  });

  it('draws a word with no place to break whole, rather than cut it', () => {
    expect(fitCategoryLabels(['WWWWWWWWWWWW'], 48)).toEqual({ fontSize: 10, lines: [['WWWWWWWWWWWW']] });
  });

  it('measures DejaVu Sans, the printing font, from above', () => {
    // Chromium's own measure at 12 px: 80,1 px and 179,0 px.
    expect(textWidth('förvaltningen', 12)).toBeGreaterThanOrEqual(80.1);
    expect(textWidth('förvaltningen', 12)).toBeLessThan(80.1 * 1.06);
    expect(textWidth('Arbetsmarknadsförvaltningen', 12)).toBeGreaterThanOrEqual(179);
  });
});

describe('chartOption’s category labels', () => {
  const named = (labels: readonly string[]) =>
    chartOption(
      buildChart({
        ...input,
        categories: labels.map((label, index) => ({ key: String(index), label })),
        series: [
          { key: 's', name: 'Kostnader 2023', kind: 'bar', points: labels.map(() => ({ value: '1' })) },
        ],
      }),
    );

  it('draws the laid-out lines, not ECharts’ own breaking, which cuts words anywhere', () => {
    const option = named(['Arbetsmarknadsförvaltningen', 'LKDATA']);
    expect(option.xAxis.data).toEqual(['Arbetsmarknadsförvaltningen', 'LKDATA']);
    expect(option.xAxis.axisLabel.formatter('Arbetsmarknadsförvaltningen')).toBe(
      'Arbetsmarknads-\nförvaltningen',
    );
    expect(option.xAxis.axisLabel.formatter('LKDATA')).toBe('LKDATA');
    expect(option.xAxis.axisLabel).not.toHaveProperty('overflow');
    expect(option.xAxis.axisLabel).toMatchObject({ interval: 0, fontSize: 12 });
  });

  it('puts the axis name below the labels’ lines', () => {
    const short = named(['LKDATA', 'Stab']).xAxis.nameGap;
    const tall = named(['Arbetsmarknadsförvaltningen', 'LKDATA']).xAxis.nameGap;
    expect(tall).toBeGreaterThan(short);
    expect(tall).toBeGreaterThanOrEqual(8 + 2 * 15);
  });
});
