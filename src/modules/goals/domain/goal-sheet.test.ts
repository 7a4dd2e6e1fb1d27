import { describe, expect, it } from 'vitest';
import {
  buildGoalSheet,
  type GoalSheetInput,
  goalStatuses,
  type SheetIndicator,
  type SheetOutcome,
  type SheetRound,
} from './goal-sheet.ts';

const round = (id: string, year: number, kind: SheetRound['kind'], deadline: string): SheetRound => ({
  id,
  year,
  kind,
  name: id,
  deadline,
});
const budget2023 = round('b23', 2023, 'budget', '2022-10-31');
const august2019 = round('a19', 2019, 'august', '2019-09-15');
const closing2019 = round('c19', 2019, 'closing', '2020-02-15');

const indicator = (id: string, overrides: Partial<SheetIndicator> = {}): SheetIndicator => ({
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
  ...overrides,
});

const outcome = (
  overrides: Partial<SheetOutcome> & Pick<SheetOutcome, 'indicatorId' | 'reportingRoundId' | 'year'>,
) => ({
  id: `${overrides.indicatorId}-${overrides.reportingRoundId}-${overrides.year}`,
  fromMonth: 1,
  toMonth: 12,
  isForecast: false,
  referenceYear: null,
  total: null,
  women: null,
  men: null,
  noData: [],
  noDataReason: null,
  note: null,
  ...overrides,
});

function input(overrides: Partial<GoalSheetInput>): GoalSheetInput {
  return {
    year: 2023,
    round: budget2023,
    rounds: [budget2023, august2019, closing2019],
    goalAreas: [{ id: 'area', name: 'Medborgare', sortOrder: 0 }],
    municipalGoals: [{ id: 'mg', goalAreaId: 'area', name: 'Välfärdstjänster', sortOrder: 0 }],
    goals: [{ id: 'g1', municipalGoalId: 'mg', name: 'God service', description: null, sortOrder: 0 }],
    indicators: [],
    targets: [],
    outcomes: [],
    ...overrides,
  };
}

describe('buildGoalSheet', () => {
  it('lays out a budget round like the budget document (000:369-376)', () => {
    const sheet = buildGoalSheet(
      input({
        indicators: [
          indicator('Kundnöjdhet', { sortOrder: 0 }),
          indicator('LKDATA (0-5)', { parentIndicatorId: 'Kundnöjdhet', desiredDirection: 'increase' }),
        ],
        targets: [
          { id: 't1', indicatorId: 'LKDATA (0-5)', year: 2023, part: 'total', notation: '≥4,0', note: null },
          { id: 't2', indicatorId: 'LKDATA (0-5)', year: 2024, part: 'total', notation: '≥4,0', note: null },
        ],
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
      }),
    );
    expect(sheet.columns.map((column) => column.label)).toEqual([
      '2021',
      '2022',
      'Målvärde 2023',
      'Målvärde 2024',
    ]);
    expect(sheet.showsStatus).toBe(false);
    const table = sheet.areas[0]?.tables[0];
    const [header, sub] = table?.goals[0]?.rows ?? [];
    expect(header?.label).toBe('Kundnöjdhet');
    expect(sub?.depth).toBe(1);
    expect(sub?.cells.map((cell) => cell.text)).toEqual(['4,3', '4,4', '≥4,0', '≥4,0']);
    expect(sub?.cells[1]?.markers).toEqual([1]);
    expect(sub?.cells[1]?.periodLabel).toBe('jan–jul');
    expect(table?.footnotes).toEqual([{ marker: 1, text: 'utfall januari till juli' }]);
    expect(sub?.status).toBeNull();
  });

  it('shows the round outcome with gender rows and statuses in a follow-up round (002:402-404)', () => {
    const sickLeave = indicator('sjuk', {
      name: 'Total sjukfrånvaro',
      isGenderSplit: true,
      isObligatory: true,
      desiredDirection: 'decrease',
    });
    const sheet = buildGoalSheet(
      input({
        year: 2019,
        round: closing2019,
        indicators: [sickLeave],
        targets: [
          { id: 'a', indicatorId: 'sjuk', year: 2019, part: 'total', notation: '3,5', note: null },
          { id: 'b', indicatorId: 'sjuk', year: 2019, part: 'men', notation: '3,0', note: null },
        ],
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
          // The interim report printed other figures for 2017; the closing round did not report 2017 at all
          // here, so the sheet falls back to the latest earlier round that did.
          outcome({
            indicatorId: 'sjuk',
            reportingRoundId: 'a19',
            year: 2017,
            total: '4.3',
            note: 'enligt delår',
          }),
        ],
      }),
    );
    expect(sheet.columns.map((column) => column.label)).toEqual(['2017', '2018', '2019', 'Målvärde 2019']);
    const rows = sheet.areas[0]?.tables[0]?.goals[0]?.rows ?? [];
    expect(rows.map((row) => [row.label, row.status])).toEqual([
      ['Total sjukfrånvaro', 'notMet'],
      ['Kvinnor', 'noTarget'],
      ['Män', 'met'],
    ]);
    expect(rows[0]?.cells.map((cell) => cell.text)).toEqual(['4,3', '3,94', '3,82', '3,5']);
    expect(rows[0]?.markers).toEqual([1]);
    expect(sheet.areas[0]?.tables[0]?.footnotes.map((note) => note.text)).toEqual([
      'Obligatorisk indikator',
      'enligt delår',
    ]);
    expect(goalStatuses(sheet, 'g1')).toEqual(['notMet']);
  });

  it("shows only the round's own outcome for its year, never an interim figure at year end", () => {
    const sheet = buildGoalSheet(
      input({
        year: 2019,
        round: closing2019,
        indicators: [indicator('hme', { desiredDirection: 'increase' })],
        targets: [{ id: 't', indicatorId: 'hme', year: 2019, part: 'total', notation: '80', note: null }],
        outcomes: [
          outcome({ indicatorId: 'hme', reportingRoundId: 'a19', year: 2019, total: '78', toMonth: 8 }),
        ],
      }),
    );
    const row = sheet.areas[0]?.tables[0]?.goals[0]?.rows[0];
    expect(row?.cells[2]?.text).toBe('');
    expect(row?.status).toBe('noData');
  });

  it('never lets a later round leak into an earlier one, and labels interim columns', () => {
    const sheet = buildGoalSheet(
      input({
        year: 2019,
        round: august2019,
        indicators: [indicator('x', { desiredDirection: 'decrease' })],
        outcomes: [
          outcome({ indicatorId: 'x', reportingRoundId: 'a19', year: 2019, total: '2.5', toMonth: 8 }),
          outcome({ indicatorId: 'x', reportingRoundId: 'c19', year: 2019, total: '3.82' }),
        ],
      }),
    );
    expect(sheet.columns[2]?.label).toBe('Aug. 2019');
    expect(sheet.areas[0]?.tables[0]?.goals[0]?.rows[0]?.cells[2]?.text).toBe('2,5');
  });

  it('prints no data, lagging statistics and reasons the way the documents do', () => {
    const sheet = buildGoalSheet(
      input({
        year: 2020,
        round: round('b20', 2020, 'budget', '2019-10-31'),
        rounds: [round('b20', 2020, 'budget', '2019-10-31')],
        indicators: [indicator('lag')],
        outcomes: [
          outcome({
            indicatorId: 'lag',
            reportingRoundId: 'b20',
            year: 2018,
            total: '15.2',
            referenceYear: 2016,
          }),
          outcome({
            indicatorId: 'lag',
            reportingRoundId: 'b20',
            year: 2019,
            noData: ['total'],
            noDataReason: 'Mäts ej',
          }),
        ],
      }),
    );
    const row = sheet.areas[0]?.tables[0]?.goals[0]?.rows[0];
    expect(row?.cells.map((cell) => cell.text)).toEqual(['2016: 15,2', 'I.U.', '', '']);
    expect(sheet.areas[0]?.tables[0]?.footnotes).toEqual([{ marker: 1, text: 'Ingen uppgift: Mäts ej' }]);
  });

  it('collects goals without a municipal goal in a last table', () => {
    const sheet = buildGoalSheet(
      input({
        goals: [{ id: 'free', municipalGoalId: null, name: 'Eget mål', description: null, sortOrder: 0 }],
      }),
    );
    expect(sheet.areas).toHaveLength(1);
    expect(sheet.areas[0]?.goalArea).toBeNull();
    expect(sheet.areas[0]?.tables[0]?.goals[0]?.goal.name).toBe('Eget mål');
  });
});
