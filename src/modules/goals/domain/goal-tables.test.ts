import { describe, expect, it } from 'vitest';
import type { TableModel, TableRow } from '#core/table.ts';
import { type EvaluationRound, evaluate } from './evaluation.ts';
import {
  buildGoalTables,
  type GoalTablesInput,
  type TableIndicator,
  type TableOutcome,
  type TableTarget,
} from './goal-tables.ts';

const round = (
  id: string,
  year: number,
  kind: EvaluationRound['kind'],
  deadline: string,
): EvaluationRound => ({
  id,
  year,
  kind,
  deadline,
});
const budget2023 = round('b23', 2023, 'budget', '2022-10-31');
const august2019 = round('a19', 2019, 'august', '2019-09-15');
const closing2019 = round('c19', 2019, 'closing', '2020-02-15');
const rounds = [budget2023, august2019, closing2019];

interface Indicator extends TableIndicator {
  readonly unit: string | null;
  readonly desiredDirection: 'increase' | 'decrease' | 'none';
}

const indicator = (id: string, overrides: Partial<Indicator> = {}): Indicator => ({
  id,
  goalId: 'g1',
  parentIndicatorId: null,
  name: id,
  unit: null,
  decimals: null,
  desiredDirection: 'none',
  isObligatory: false,
  isGenderSplit: false,
  definition: null,
  sortOrder: 0,
  retiredAt: null,
  ...overrides,
});

const outcome = (
  overrides: Partial<TableOutcome> & Pick<TableOutcome, 'indicatorId' | 'reportingRoundId' | 'year'>,
): TableOutcome => ({
  id: `${overrides.indicatorId}-${overrides.reportingRoundId}-${overrides.year}`,
  fromMonth: 1,
  toMonth: 12,
  isForecast: false,
  referenceYear: null,
  total: null,
  women: null,
  men: null,
  unit: null,
  noData: [],
  notApplicable: [],
  noDataReason: null,
  note: null,
  ...overrides,
});

const target = (
  indicatorId: string,
  year: number,
  notation: string,
  part: TableTarget['part'] = 'total',
) => ({
  id: `${indicatorId}-${year}-${part}`,
  indicatorId,
  year,
  part,
  notation,
  note: null,
});

interface Case {
  readonly year: number;
  readonly round: EvaluationRound;
  readonly indicators: readonly Indicator[];
  readonly targets?: readonly TableTarget[];
  readonly outcomes?: readonly TableOutcome[];
  readonly goals?: GoalTablesInput['goals'];
}

function tables(input: Case) {
  const current = input.indicators.filter((item) => item.retiredAt === null);
  const evaluation = evaluate({
    year: input.year,
    round: input.round,
    rounds,
    indicators: current,
    targets: input.targets ?? [],
    outcomes: input.outcomes ?? [],
  });
  const areas = buildGoalTables({
    evaluation,
    goalAreas: [{ id: 'area', name: 'Medborgare', sortOrder: 0 }],
    municipalGoals: [{ id: 'mg', goalAreaId: 'area', name: 'Välfärdstjänster', sortOrder: 0 }],
    goals: input.goals ?? [
      {
        id: 'g1',
        municipalGoalId: 'mg',
        name: 'God service',
        description: null,
        sortOrder: 0,
        retiredAt: null,
      },
    ],
    indicators: input.indicators,
    targets: input.targets ?? [],
  });
  return { areas, evaluation, table: areas[0]?.tables[0] as TableModel };
}

const texts = (row: TableRow | undefined) => row?.cells.map((cell) => cell.text);
const labels = (table: TableModel) => table.columns.map((column) => column.label);

describe('goal tables', () => {
  it('lay out a budget round like the budget document (000:369-376)', () => {
    const { table } = tables({
      year: 2023,
      round: budget2023,
      indicators: [
        indicator('Kundnöjdhet'),
        indicator('LKDATA (0-5)', { parentIndicatorId: 'Kundnöjdhet', desiredDirection: 'increase' }),
      ],
      targets: [target('LKDATA (0-5)', 2023, '≥4,0'), target('LKDATA (0-5)', 2024, '≥4,0')],
      outcomes: [
        outcome({ indicatorId: 'LKDATA (0-5)', reportingRoundId: 'b23', year: 2021, total: '4.3' }),
        outcome({
          indicatorId: 'LKDATA (0-5)',
          reportingRoundId: 'b23',
          year: 2022,
          total: '4.4',
          toMonth: 7,
        }),
      ],
    });
    expect(labels(table)).toEqual(['Indikator', '2021', '2022', 'Målvärde 2023', 'Målvärde 2024']);
    expect(table.caption).toBe('Kommunövergripande mål: Välfärdstjänster');
    const [header, sub] = table.groups[0]?.rows ?? [];
    expect(header?.header.text).toBe('Kundnöjdhet');
    expect(sub?.depth).toBe(1);
    expect(texts(sub)).toEqual(['4,3', '4,4', '≥4,0', '≥4,0']);
    expect(sub?.cells[1]).toMatchObject({ markers: [1], note: 'jan–jul', ref: { kind: 'outcome' } });
    expect(table.footnotes).toEqual([{ marker: 1, text: 'utfall januari till juli' }]);
  });

  it('show the round outcome with gender rows and statuses in a follow-up round (002:402-404)', () => {
    const sickLeave = indicator('sjuk', {
      name: 'Total sjukfrånvaro',
      isGenderSplit: true,
      isObligatory: true,
      desiredDirection: 'decrease',
    });
    const { table, evaluation } = tables({
      year: 2019,
      round: closing2019,
      indicators: [sickLeave],
      targets: [target('sjuk', 2019, '3,5'), target('sjuk', 2019, '3,0', 'men')],
      outcomes: [
        outcome({
          indicatorId: 'sjuk',
          reportingRoundId: 'c19',
          year: 2019,
          total: '3.82',
          women: '4.48',
          men: '2.94',
        }),
        outcome({
          indicatorId: 'sjuk',
          reportingRoundId: 'c19',
          year: 2018,
          total: '3.94',
          women: '4.23',
          men: '3.63',
        }),
        // The closing round did not report 2017 here, so the table falls back to the latest earlier round.
        outcome({
          indicatorId: 'sjuk',
          reportingRoundId: 'a19',
          year: 2017,
          total: '4.3',
          note: 'enligt delår',
        }),
      ],
    });
    expect(labels(table)).toEqual(['Indikator', '2017', '2018', '2019', 'Målvärde 2019', 'Status']);
    const rows = table.groups[0]?.rows ?? [];
    expect(rows.map((row) => [row.header.text, row.role, row.cells.at(-1)?.text])).toEqual([
      ['Total sjukfrånvaro', 'row', 'Ej uppfyllt'],
      ['Kvinnor', 'detail', ''],
      ['Män', 'detail', 'Uppfyllt'],
    ]);
    expect(texts(rows[0])?.slice(0, 4)).toEqual(['4,3', '3,94', '3,82', '3,5']);
    expect(rows[0]?.header.markers).toEqual([1]);
    expect(table.footnotes.map((note) => note.text)).toEqual(['Obligatorisk indikator', 'enligt delår']);
    expect(evaluation.suggestion('g1')).toEqual({ verdict: 'notMet', met: 0, notMet: 1, uncounted: 0 });
  });

  it("show only the round's own outcome for its year, never an interim figure at year end", () => {
    const { table } = tables({
      year: 2019,
      round: closing2019,
      indicators: [indicator('hme', { desiredDirection: 'increase' })],
      targets: [target('hme', 2019, '80')],
      outcomes: [
        outcome({ indicatorId: 'hme', reportingRoundId: 'a19', year: 2019, total: '78', toMonth: 8 }),
      ],
    });
    const row = table.groups[0]?.rows[0];
    expect(row?.cells[2]?.text).toBe('');
    expect(row?.cells[4]?.text).toBe('Utfall saknas');
  });

  it('never let a later round leak into an earlier one, and label interim columns', () => {
    const { table } = tables({
      year: 2019,
      round: august2019,
      indicators: [indicator('x', { desiredDirection: 'decrease' })],
      outcomes: [
        outcome({ indicatorId: 'x', reportingRoundId: 'a19', year: 2019, total: '2.5', toMonth: 8 }),
        outcome({ indicatorId: 'x', reportingRoundId: 'c19', year: 2019, total: '3.82' }),
      ],
    });
    expect(table.columns[3]?.label).toBe('Aug. 2019');
    expect(table.groups[0]?.rows[0]?.cells[2]?.text).toBe('2,5');
  });

  it('print "ingen uppgift", "ej tillämplig", lagging statistics and reasons the way the documents do', () => {
    const { table } = tables({
      year: 2023,
      round: budget2023,
      indicators: [indicator('lag')],
      outcomes: [
        outcome({
          indicatorId: 'lag',
          reportingRoundId: 'b23',
          year: 2021,
          total: '15.2',
          referenceYear: 2016,
        }),
        outcome({
          indicatorId: 'lag',
          reportingRoundId: 'b23',
          year: 2022,
          notApplicable: ['total'],
          noDataReason: 'Nytt telefonisystem',
        }),
      ],
    });
    const row = table.groups[0]?.rows[0];
    expect(texts(row)).toEqual(['2016: 15,2', '–', '', '']);
    expect(row?.cells[1]).toMatchObject({ kind: 'notApplicable', note: 'ej tillämplig' });
    expect(table.footnotes).toEqual([{ marker: 1, text: 'Ej tillämplig: Nytt telefonisystem' }]);
  });

  it('name the unit of a figure stated in another unit than its indicator', () => {
    const { table } = tables({
      year: 2023,
      round: budget2023,
      indicators: [indicator('cost', { unit: 'mnkr' })],
      outcomes: [
        outcome({ indicatorId: 'cost', reportingRoundId: 'b23', year: 2021, total: '2.5' }),
        outcome({ indicatorId: 'cost', reportingRoundId: 'b23', year: 2022, total: '4200', unit: 'tkr' }),
      ],
    });
    expect(texts(table.groups[0]?.rows[0])).toEqual(['2,5', '4\u00a0200 tkr', '', '']);
  });

  it('leave a retired indicator out of the evaluation, and show it marked when asked for', () => {
    const { table, evaluation } = tables({
      year: 2019,
      round: closing2019,
      indicators: [
        indicator('kept', { desiredDirection: 'increase' }),
        indicator('retired', {
          desiredDirection: 'increase',
          sortOrder: 1,
          retiredAt: '2026-11-30T10:00:00Z',
        }),
      ],
      targets: [target('kept', 2019, '10'), target('retired', 2019, '10')],
      outcomes: [
        outcome({ indicatorId: 'kept', reportingRoundId: 'c19', year: 2019, total: '12' }),
        outcome({ indicatorId: 'retired', reportingRoundId: 'c19', year: 2019, total: '2' }),
      ],
    });
    expect(evaluation.suggestion('g1')).toEqual({ verdict: 'met', met: 1, notMet: 0, uncounted: 0 });
    const rows = table.groups[0]?.rows ?? [];
    expect(rows.map((row) => [row.header.text, row.header.note, row.cells.at(-1)?.text])).toEqual([
      ['kept', null, 'Uppfyllt'],
      ['retired', 'avvecklad', 'Avvecklad'],
    ]);
  });

  it('collect goals without a municipal goal in a last table', () => {
    const { areas } = tables({
      year: 2023,
      round: budget2023,
      indicators: [],
      goals: [
        {
          id: 'free',
          municipalGoalId: null,
          name: 'Eget mål',
          description: null,
          sortOrder: 0,
          retiredAt: null,
        },
      ],
    });
    expect(areas).toHaveLength(1);
    expect(areas[0]?.goalArea).toBeNull();
    expect(areas[0]?.tables[0]?.groups[0]?.heading).toBe('Eget mål');
  });
});

describe('the evaluation', () => {
  it('converts a target in mnkr to an outcome in the indicator unit tkr', () => {
    const evaluation = evaluate({
      year: 2019,
      round: closing2019,
      rounds,
      indicators: [{ id: 'cost', goalId: 'g1', unit: 'tkr', desiredDirection: 'decrease' }],
      targets: [target('cost', 2019, 'Max 2 mnkr')],
      outcomes: [outcome({ indicatorId: 'cost', reportingRoundId: 'c19', year: 2019, total: '1500' })],
    });
    expect(evaluation.status('cost', 'total')).toEqual({ status: 'met' });
  });

  it("reads an outcome stated in its own unit in that unit, the target's and last year's alike", () => {
    const evaluate2019 = (outcomes: readonly TableOutcome[], notation: string) =>
      evaluate({
        year: 2019,
        round: closing2019,
        rounds,
        indicators: [{ id: 'cost', goalId: 'g1', unit: 'mnkr', desiredDirection: 'decrease' }],
        targets: [target('cost', 2019, notation)],
        outcomes,
      }).status('cost', 'total');
    const in2019 = (total: string, unit: string | null) =>
      outcome({ indicatorId: 'cost', reportingRoundId: 'c19', year: 2019, total, unit });
    const in2018 = (total: string, unit: string | null) =>
      outcome({ indicatorId: 'cost', reportingRoundId: 'c19', year: 2018, total, unit });
    // 1 500 tkr is 1,5 mnkr: under a ceiling of 2 (in the indicator's mnkr), over one of 1.
    expect(evaluate2019([in2019('1500', 'tkr')], '≤2')).toEqual({ status: 'met' });
    expect(evaluate2019([in2019('1500', 'tkr')], '≤1')).toEqual({ status: 'notMet' });
    // Last year 1,6 mnkr, this year 1 500 tkr: a decrease, though 1 500 > 1,6 as bare numbers.
    expect(evaluate2019([in2018('1.6', null), in2019('1500', 'tkr')], 'Minska')).toEqual({ status: 'met' });
    expect(evaluate2019([in2018('1.4', null), in2019('1500', 'tkr')], 'Minska')).toEqual({
      status: 'notMet',
    });
    expect(evaluate2019([in2018('40', '%'), in2019('1500', 'tkr')], 'Minska')).toEqual({
      status: 'notComputable',
      reason: { code: 'previousUnitMismatch', previousUnit: '%', outcomeUnit: 'tkr' },
    });
  });

  it('gives no statuses and no suggestion in a budget round', () => {
    const evaluation = evaluate({
      year: 2023,
      round: budget2023,
      rounds,
      indicators: [{ id: 'x', goalId: 'g1', unit: null, desiredDirection: 'increase' }],
      targets: [target('x', 2023, '≥4')],
      outcomes: [outcome({ indicatorId: 'x', reportingRoundId: 'b23', year: 2022, total: '5' })],
    });
    expect(evaluation.showsStatus).toBe(false);
    expect(evaluation.status('x', 'total')).toBeUndefined();
    expect(evaluation.suggestion('g1').verdict).toBeNull();
  });
});
