import { describe, expect, it } from 'vitest';
import type { TableModel } from '#core/table.ts';
import { type ChartMeasure, measureChart } from './charts.ts';
import type { TableValue } from './volume-tables.ts';

const NBSP = '\u00a0';
const cells = (table: TableModel) =>
  table.groups
    .flatMap((group) => group.rows)
    .map((row) => [row.header.text, ...row.cells.map((cell) => cell.text)]);

const contact: ChartMeasure = {
  id: 'm1',
  kind: 'volume',
  name: 'Ärenden Kontakt Linköping',
  unit: 'antal',
  decimals: null,
  sortOrder: 0,
  note: null,
  validFromYear: 2019,
  validToYear: null,
  retiredAt: null,
};

let next = 0;
function value(fields: Partial<TableValue> & Pick<TableValue, 'year' | 'kind'>): TableValue {
  next += 1;
  return {
    id: `v${next}`,
    measureId: 'm1',
    period: 'year',
    total: null,
    men: null,
    women: null,
    noData: false,
    noDataReason: null,
    note: null,
    ...fields,
  };
}

// 000:217-220: Utfall 2021 283 648 (män 90 928, kvinnor 111 102), Budget 2022 280 000, Budget 2023 290 000,
// Plan 2024 300 000.
const values: TableValue[] = [
  value({ year: 2021, kind: 'outcome', total: '283648', men: '90928', women: '111102' }),
  value({ year: 2022, kind: 'budget', period: 'budget', total: '280000' }),
  value({ year: 2023, kind: 'budget', total: '290000' }),
  value({ year: 2024, kind: 'plan', total: '300000' }),
  // An interim outcome is the year to date: never drawn as the year's.
  value({ year: 2022, kind: 'outcome', period: 'august', total: '197000' }),
  // Another measure's value is not this one's.
  value({ year: 2022, kind: 'outcome', measureId: 'other', total: '1' }),
];

describe('measureChart', () => {
  const chart = measureChart({ measure: contact, values, fromYear: 2018, toYear: 2024 });

  it('draws outcomes as bars, with men and women beside them, against budget and plan as lines', () => {
    expect(chart.title).toBe('Ärenden Kontakt Linköping 2018–2024');
    expect(chart.unit).toBe('antal');
    expect(chart.categoryLabel).toBe('År');
    expect(chart.categories.map((category) => category.label)).toEqual([
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
    ]);
    expect(chart.series.map((series) => [series.name, series.kind, series.values])).toEqual([
      ['Utfall', 'bar', [null, null, null, '283648', null, null, null]],
      ['Utfall män', 'bar', [null, null, null, '90928', null, null, null]],
      ['Utfall kvinnor', 'bar', [null, null, null, '111102', null, null, null]],
      ['Budget', 'line', [null, null, null, null, '280000', '290000', null]],
      ['Plan', 'line', [null, null, null, null, null, null, '300000']],
    ]);
  });

  it('prints the same figures in its table, "I.U." before the measure was measured', () => {
    expect(cells(chart.table)).toEqual([
      ['2018', 'I.U.', '', '', 'I.U.', 'I.U.'],
      ['2019', '', '', '', '', ''],
      ['2020', '', '', '', '', ''],
      ['2021', `283${NBSP}648`, `90${NBSP}928`, `111${NBSP}102`, '', ''],
      ['2022', '', '', '', `280${NBSP}000`, ''],
      ['2023', '', '', '', `290${NBSP}000`, ''],
      ['2024', '', '', '', '', `300${NBSP}000`],
    ]);
    expect(chart.table.caption).toBe('Ärenden Kontakt Linköping 2018–2024 (antal)');
    const [first] = chart.table.groups[0]?.rows ?? [];
    expect(first?.cells[0]).toMatchObject({ kind: 'noData', note: 'ingen uppgift: mäts från 2019' });
  });

  it('reads the closing figure of a year before the one tied to no round, and rounds to the decimals', () => {
    // Årsarbetare 2018: 151,8 in the budget for 2020 (001:1435), 161 in the annual report (002:88).
    const staff: ChartMeasure = {
      ...contact,
      id: 'm2',
      name: 'Årsarbetare',
      unit: 'årsarbetare',
      decimals: 1,
      validFromYear: 2018,
    };
    const chart2 = measureChart({
      measure: staff,
      values: [
        value({ measureId: 'm2', year: 2018, kind: 'outcome', total: '151.8' }),
        value({
          measureId: 'm2',
          year: 2018,
          kind: 'outcome',
          period: 'closing',
          total: '161',
          note: 'Omräknat.',
        }),
        value({ measureId: 'm2', year: 2019, kind: 'outcome', noData: true, noDataReason: 'Nytt system.' }),
        value({ measureId: 'm2', year: 2019, kind: 'target', total: '160' }),
      ],
      fromYear: 2018,
      toYear: 2019,
    });
    expect(chart2.series.map((series) => [series.name, series.values])).toEqual([
      ['Utfall', ['161', null]],
      ['Målvärde', [null, '160']],
    ]);
    expect(cells(chart2.table)).toEqual([
      ['2018', '161,0', ''],
      ['2019', 'I.U.', '160,0'],
    ]);
    expect(chart2.table.footnotes.map((note) => note.text)).toEqual(['Omräknat.']);
    expect(chart2.table.groups[0]?.rows[1]?.cells[0]?.note).toBe('ingen uppgift: Nytt system.');
  });

  it('refuses a run of years backwards or longer than fifty', () => {
    expect(() => measureChart({ measure: contact, values, fromYear: 2024, toYear: 2023 })).toThrow(
      RangeError,
    );
    expect(() => measureChart({ measure: contact, values, fromYear: 1950, toYear: 2000 })).toThrow(
      RangeError,
    );
  });
});
