/** A chart drawn on the server as SVG: one bar per figure, Swedish labels, named for screen readers. */
import { describe, expect, it } from 'vitest';
import { buildChart, fitCategoryLabels } from '../src/core/chart.ts';
import { chartRenderer } from '../src/platform/charts/render-svg.ts';

// ECharts loads on the first chart drawn (not at the server's start): once, for every test here.
const draw = await chartRenderer();

const NBSP = '\u00a0';

const chart = buildChart({
  key: 'costs VSS/2023',
  title: 'Kostnader och intäkter per enhet, Verksamhetsstöd & service',
  unit: 'tkr',
  categoryLabel: 'Enhet',
  categories: [
    { key: 'a', label: 'Stab och ledning' },
    { key: 'b', label: 'Ekonomi <Ö>' },
    { key: 'c', label: 'LKDATA' },
  ],
  series: [
    {
      key: 'c1',
      name: 'Kostnader 2023',
      kind: 'bar',
      points: [{ value: '12345' }, { value: '235000' }, { value: '180500' }],
    },
    {
      key: 'c0',
      name: 'Kostnader 2022',
      kind: 'bar',
      points: [{ value: '11000' }, { value: null }, { value: '170000' }],
    },
    {
      key: 'b',
      name: 'Budget 2023',
      kind: 'line',
      points: [{ value: '10000' }, { value: '200000' }, { value: '190000' }],
    },
  ],
});

/** The paths ECharts draws for the data of one series (decal overlays and legend icons carry no such mark). */
function dataPaths(svg: string, seriesIndex: number): string[] {
  return (svg.match(/<path [^>]*>/g) ?? []).filter(
    (path) =>
      path.includes(`ecmeta_series_index="${seriesIndex}"`) && path.includes('ecmeta_ssr_type="chart"'),
  );
}

describe('renderChartSvg', () => {
  const svg = draw(chart, { width: 720, height: 400 });

  it('draws one bar path per figure, and none where a figure is missing', () => {
    expect(svg.startsWith('<svg width="720" height="400"')).toBe(true);
    expect(dataPaths(svg, 0)).toHaveLength(3);
    expect(dataPaths(svg, 1)).toHaveLength(2);
    // Bars are closed rectangles; the budget is a line through its points.
    expect(dataPaths(svg, 0).every((path) => /d="M[^"]*Z"/.test(path))).toBe(true);
  });

  it('fills the bars with a pattern each, so that colour is not the only difference', () => {
    expect(svg).toMatch(/<pattern [^>]*id="chart-costs-VSS-2023-p\d+"/);
    expect(svg).toMatch(/fill="url\(#chart-costs-VSS-2023-p\d+\)"/);
  });

  it('labels the axes and the legend in Swedish, with the unit, and escapes names', () => {
    expect(svg).toContain(`>250${NBSP}000</text>`);
    expect(svg).not.toMatch(/>250,000</);
    expect(svg).toContain('>tkr</text>');
    expect(svg).toContain('>Kostnader 2023</text>');
    expect(svg).toContain('>Budget 2023</text>');
    expect(svg).toContain('>Ekonomi &lt;Ö&gt;</text>');
    expect(svg).not.toContain('<Ö>');
  });

  it('gives the same bytes every time it is drawn, its ids named by the chart', () => {
    const first = draw(chart);
    expect(draw(chart)).toBe(first);
    expect(first).toContain('url(#chart-costs-VSS-2023-p0)');
    expect(first).not.toMatch(/\bzr\d+-/);
  });

  it('names itself for screen readers: a role, a title and a Swedish description', () => {
    expect(svg).toMatch(
      /^<svg [^>]*role="img" aria-labelledby="chart-costs-VSS-2023-title chart-costs-VSS-2023-desc">/,
    );
    expect(svg).toContain(
      '<title id="chart-costs-VSS-2023-title">Kostnader och intäkter per enhet, Verksamhetsstöd &amp; service</title>',
    );
    expect(svg).toMatch(
      /<desc id="chart-costs-VSS-2023-desc">Diagram: [^<]*Serier: Kostnader 2023 \(enfärgade staplar\)/,
    );
  });
});

describe('renderChartSvg’s category labels', () => {
  // Seven förvaltningar on a printed page: 80 px a label.
  const names = [
    'Arbetsmarknadsförvaltningen',
    'Gymnasieskoleverksamhet',
    'Kultur- och fritidsförvaltningen',
    'Stab och ledning',
    'Utbildningsförvaltningen',
    'Socialförvaltningen',
    'LKDATA',
  ];
  const svg = draw(
    buildChart({
      key: 'long-names',
      title: 'Kostnader per förvaltning',
      unit: 'mnkr',
      categoryLabel: 'Förvaltning',
      categories: names.map((label, index) => ({ key: String(index), label })),
      series: [
        { key: 's', name: 'Kostnader 2023', kind: 'bar', points: names.map(() => ({ value: '100' })) },
      ],
    }),
  );

  /** The lines drawn under the category axis, label by label (a label's lines share its position). */
  function drawnLabels(): { fontSize: string; lines: string[] }[] {
    const byLabel = new Map<string, { fontSize: string; lines: string[] }>();
    for (const [, fontSize, x, y, text] of svg.matchAll(
      /<text [^>]*text-anchor="middle"[^>]*font-size:(\d+)px[^>]*transform="translate\(([\d.]+) ([\d.]+)\)"[^>]*>([^<]*)<\/text>/g,
    )) {
      if (Number(y) > 300 && text !== 'Förvaltning') {
        const label = byLabel.get(x as string) ?? { fontSize: fontSize as string, lines: [] };
        label.lines.push(text as string);
        byLabel.set(x as string, label);
      }
    }
    return [...byLabel.values()];
  }

  it('names every unit in full, a long word hyphenated between its parts, never cut inside it', () => {
    const drawn = drawnLabels();
    expect(drawn.map((label) => label.lines)).toEqual(fitCategoryLabels(names, 80).lines);
    expect(drawn[0]?.lines).toEqual(['Arbets-', 'marknads-', 'förvaltningen']);
    expect(drawn[1]?.lines).toEqual(['Gymnasie-', 'skole-', 'verksamhet']);
    expect(drawn[6]?.lines).toEqual(['LKDATA']);
    expect(svg).not.toContain('>Arbetsmarkna<');
    // One size for the whole axis.
    expect(new Set(drawn.map((label) => label.fontSize)).size).toBe(1);
  });
});
