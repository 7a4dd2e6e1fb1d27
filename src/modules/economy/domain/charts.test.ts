import { describe, expect, it } from 'vitest';
import type { TableModel } from '#core/table.ts';
import { costsAndRevenuesChart, forecastVsBudgetChart } from './charts.ts';

const NBSP = '\u00a0';
const MINUS = '\u2212';
const gross = (costs: bigint, revenues: bigint) => ({ costs, revenues });
const cells = (table: TableModel) =>
  table.groups
    .flatMap((group) => group.rows)
    .map((row) => [row.header.text, ...row.cells.map((cell) => cell.text)]);

describe('costsAndRevenuesChart', () => {
  const chart = costsAndRevenuesChart({
    unitName: 'Verksamhetsstöd och service',
    unitCode: 'VSS',
    year: 2023,
    throughMonth: 8,
    unit: 'tkr',
    rows: [
      {
        key: 'voe',
        name: 'Verksamhetsområde ekonomi',
        ref: { kind: 'orgUnit', id: 'voe' },
        // 1 000 000,50 kr and 1 200 000 kr this year; 950 000 kr and 1 149 500 kr last year.
        current: gross(100_000_050n, 120_000_000n),
        previous: gross(95_000_000n, 114_950_000n),
      },
      { key: 'lkdata', name: 'LKDATA', ref: null, current: gross(50_049_999n, 0n), previous: null },
    ],
  });

  it('has a series per line and year, this year’s beside last year’s, the months in the title', () => {
    expect(chart.series.map((series) => [series.name, series.kind])).toEqual([
      ['Kostnader 2023', 'bar'],
      ['Kostnader 2022', 'bar'],
      ['Intäkter 2023', 'bar'],
      ['Intäkter 2022', 'bar'],
    ]);
    expect(chart.title).toBe(
      'Kostnader och intäkter per enhet, Verksamhetsstöd och service, januari–augusti 2023 mot samma månader 2022',
    );
    expect(chart.unit).toBe('tkr');
    expect(chart.categories.map((category) => category.label)).toEqual([
      'Verksamhetsområde ekonomi',
      'LKDATA',
    ]);
  });

  it('rounds each figure to the unit exactly as the statement prints it, and leaves a missing year empty', () => {
    // 1 000 000,50 kr is 1 000,0005 tkr: 1 000. 500 499,99 kr is 500,49999 tkr: 500.
    expect(chart.series.map((series) => series.values)).toEqual([
      ['1000', '500'],
      ['950', null],
      ['1200', '0'],
      ['1150', null],
    ]);
    expect(cells(chart.table)).toEqual([
      ['Verksamhetsområde ekonomi', `1${NBSP}000`, '950', `1${NBSP}200`, `1${NBSP}150`],
      ['LKDATA', '500', '', '0', ''],
    ]);
    expect(chart.table.caption).toBe(`${chart.title}, belopp i tkr`);
    expect(chart.table.footnotes.map((note) => note.text)).toEqual([
      'Båda åren avser januari–augusti.',
      'Kostnader och intäkter anges som positiva belopp.',
    ]);
  });

  it('says nothing of the months for a whole year', () => {
    const year = costsAndRevenuesChart({
      unitName: 'VSS',
      unitCode: 'VSS',
      year: 2023,
      throughMonth: 12,
      unit: 'mnkr',
      rows: [{ key: 'a', name: 'A', ref: null, current: gross(123_456_789n, 0n), previous: gross(0n, 0n) }],
    });
    expect(year.title).toBe('Kostnader och intäkter per enhet, VSS, 2023 mot 2022');
    expect(year.table.footnotes.map((note) => note.text)).toEqual([
      'Kostnader och intäkter anges som positiva belopp.',
    ]);
    // mnkr with one decimal by default: 1 234 567,89 kr is 1,2 mnkr.
    expect(year.series[0]?.values).toEqual(['1.2']);
    expect(cells(year.table)[0]?.[1]).toBe('1,2');
  });
});

describe('forecastVsBudgetChart', () => {
  const input = {
    unitName: 'LKDATA',
    unitCode: 'LKDATA',
    year: 2023,
    unit: 'kr' as const,
    sign: 'result' as const,
    rounds: [
      { round: 'april' as const, forecast: null },
      { round: 'august' as const, forecast: gross(23_600_000_000n, 24_150_000_000n) },
      { round: 'october' as const, forecast: gross(23_700_000_000n, 24_000_000_000n) },
    ],
    budget: gross(23_500_000_000n, 23_500_000_000n),
  };

  it('draws the forecast at each round as bars against the budget as a line, as nets on the sign scale', () => {
    const chart = forecastVsBudgetChart(input);
    expect(chart.title).toBe('Helårsprognos mot budget 2023, LKDATA');
    expect(chart.categories.map((category) => category.label)).toEqual([
      'Delår 30 april',
      'Delår 31 augusti',
      'Oktoberuppföljning',
    ]);
    expect(chart.series.map((series) => [series.name, series.kind, series.values])).toEqual([
      ['Prognos helår 2023', 'bar', [null, '5500000', '3000000']],
      ['Budget 2023', 'line', ['0', '0', '0']],
    ]);
    expect(cells(chart.table)).toEqual([
      ['Delår 30 april', '', '0'],
      ['Delår 31 augusti', `5${NBSP}500${NBSP}000`, '0'],
      ['Oktoberuppföljning', `3${NBSP}000${NBSP}000`, '0'],
    ]);
    expect(chart.table.footnotes[0]?.text).toMatch(/^Netto anges som intäkter minus kostnader/);
  });

  it('turns the sign round on the net-cost scale, and has no budget line figures without a budget', () => {
    const chart = forecastVsBudgetChart({ ...input, sign: 'netCost', budget: null, unit: 'tkr' });
    expect(chart.series.map((series) => series.values)).toEqual([
      [null, '-5500', '-3000'],
      [null, null, null],
    ]);
    expect(cells(chart.table)[1]?.[1]).toBe(`${MINUS}5${NBSP}500`);
    expect(chart.table.footnotes[0]?.text).toMatch(/^Netto anges som kostnader minus intäkter/);
  });
});
