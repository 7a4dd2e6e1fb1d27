/**
 * The investment tables computed from projects, amounts and frames, against the figures the seeds print:
 * sums, varav rows, the frame as decided and adjusted, variances in both conventions, the split inside and
 * outside the frame with a conditional project, and the rounding notes.
 */
import { describe, expect, it } from 'vitest';
import type { TableModel } from '#core/table.ts';
import type { GrossAmounts } from '#modules/economy/domain/index.ts';
import { type AmountFact, AmountIndex, type FrameChangeFact, type FrameFact } from './figures.ts';
import type { AmountKind, RoundKind } from './investment.ts';
import {
  buildInvestmentTable,
  type InvestmentData,
  type TableOptions,
  type TableProject,
  type TableUnit,
} from './investment-tables.ts';

const tkr = (value: number): bigint => BigInt(value) * 100_000n;
const gross = (expenditure: number, income = 0): GrossAmounts => ({
  costs: tkr(expenditure),
  revenues: tkr(income),
});

const UNITS: TableUnit[] = [
  { id: 'ks', name: 'Kommunstyrelsen', parentId: null },
  { id: 'leanlink', name: 'Leanlink', parentId: 'ks' },
  { id: 'vss', name: 'Verksamhetsstöd och service', parentId: 'ks' },
  { id: 'lkd', name: 'LKDATA', parentId: 'vss' },
  { id: 'kl', name: 'Kontakt Linköping', parentId: 'vss' },
];

function project(
  id: string,
  orgUnitId: string,
  name: string,
  extra: Partial<TableProject> = {},
): TableProject {
  return {
    id,
    orgUnitId,
    name,
    placement: 'inside',
    conditional: false,
    condition: null,
    startYear: 2018,
    completedYear: null,
    decidedBudgetOre: null,
    note: null,
    sortOrder: 0,
    ...extra,
  };
}

let sequence = 0;
function amount(
  projectId: string,
  year: number,
  kind: AmountKind,
  round: RoundKind,
  amounts: GrossAmounts,
  note: string | null = null,
): AmountFact {
  sequence += 1;
  return { id: `a${sequence}`, projectId, year, kind, round, amounts, note };
}

function data(
  unitId: string,
  projects: TableProject[],
  amounts: AmountFact[],
  frames: FrameFact[] = [],
  changes: FrameChangeFact[] = [],
): InvestmentData {
  return {
    unit: UNITS.find((unit) => unit.id === unitId) as TableUnit,
    units: UNITS,
    projects,
    amounts: new AmountIndex(amounts),
    frames,
    changes,
  };
}

/** A table as printed text, markers as "[1]", no-break spaces as spaces. */
function printed(table: TableModel): string[][] {
  const text = (item: { text: string; markers: readonly number[] }) =>
    `${item.text}${item.markers.map((marker) => `[${marker}]`).join('')}`.replace(/\u00a0/g, ' ');
  return [
    table.columns.map((column) => column.label),
    ...table.groups.flatMap((group) => group.rows.map((row) => [text(row.header), ...row.cells.map(text)])),
  ];
}

const options = (extra: Partial<TableOptions> & Pick<TableOptions, 'kind' | 'year'>): TableOptions => ({
  unit: 'tkr',
  ...extra,
});

describe('the budget table with plan years (000:342-349)', () => {
  const plans = [2024, 2025, 2026, 2027, 2028];
  const series = (id: string, budget2022: number, budget2023: number, plan: number) => [
    amount(id, 2022, 'budget', 'budget', gross(budget2022)),
    amount(id, 2023, 'budget', 'budget', gross(budget2023)),
    ...plans.map((year) => amount(id, year, 'plan', 'budget', gross(plan))),
  ];
  const vss = data(
    'vss',
    [
      project('it', 'vss', 'LKDATA – IT-utrustning', { sortOrder: 0 }),
      project('ebbe', 'vss', 'Gemensamt – inventarier Ebbepark', { sortOrder: 1 }),
      project('tjanst', 'vss', 'Gemensamt – tjänsteutveckling', { sortOrder: 2 }),
    ],
    [...series('it', 45_000, 60_000, 45_000), ...series('ebbe', 500, 0, 0), ...series('tjanst', 500, 500, 0)],
    [46_000, 45_500, 45_000, 45_000, 45_000, 45_000, 45_000].map((value, index) => ({
      year: 2022 + index,
      amountOre: tkr(value),
      decision: 'beslut i KF den 28 september 2021',
    })),
  );

  it('prints the projects, the sum, its varav rows and the frame as decided, as 000:342-349', () => {
    const table = buildInvestmentTable(vss, options({ kind: 'budget', year: 2023 }));
    expect(table.caption).toBe('Investeringar 2023, belopp i tkr');
    const five = (value: string) => [value, value, value, value, value];
    expect(printed(table)).toEqual([
      ['Investeringar', 'Budget 2022', 'Budget förslag 2023', ...plans.map((year) => `Plan förslag ${year}`)],
      ['LKDATA – IT-utrustning', '45 000', '60 000', ...five('45 000')],
      ['Gemensamt – inventarier Ebbepark', '500', '0', ...five('0')],
      ['Gemensamt – tjänsteutveckling', '500', '500', ...five('0')],
      ['Summa investeringar[1]', '46 000', '60 500', ...five('45 000')],
      ['varav inkomster', '0', '0', ...five('0')],
      ['varav utgifter', '46 000', '60 500', ...five('45 000')],
      ['Investeringsram enl. beslut i KF den 28 september 2021', '46 000', '45 500', ...five('45 000')],
    ]);
    expect(table.footnotes[0]?.text).toMatch(/^Netto anges som utgifter minus inkomster/);
  });

  it('adds the adjusted frame when the frame has changed, each change a footnote (000:353)', () => {
    const rebudget: FrameChangeFact = {
      id: 'c1',
      kind: 'rebudget',
      year: 2022,
      fromYear: 2021,
      amountOre: tkr(13_400),
      effectiveRound: 'budget',
      reason: 'ikappinvesteringar i IT-utrustning',
      decision: null,
    };
    const table = buildInvestmentTable(
      { ...vss, changes: [rebudget] },
      options({ kind: 'budget', year: 2023 }),
    );
    const rows = printed(table);
    expect(rows.at(-1)?.slice(0, 3)).toEqual(['Justerad investeringsram', '59 400[2]', '45 500']);
    expect(table.footnotes[1]?.text.replace(/\u00a0/g, ' ')).toBe(
      'Ombudgetering av 13 400 tkr från 2021: ikappinvesteringar i IT-utrustning.',
    );
  });

  it('leaves out plan years nobody planned and a previous year without a budget', () => {
    const table = buildInvestmentTable(vss, options({ kind: 'budget', year: 2027 }));
    expect(table.columns.map((column) => column.label)).toEqual([
      'Investeringar',
      'Budget 2026',
      'Budget förslag 2027',
      'Plan förslag 2028',
    ]);
  });
});

describe('the KS table inside and outside the frame (001:1186-1205)', () => {
  const years = [2020, 2021, 2022, 2023];
  const yearly = (id: string, values: (number | null)[]) =>
    values.flatMap((value, index) =>
      value === null
        ? []
        : [amount(id, years[index] as number, index === 0 ? 'budget' : 'plan', 'budget', gross(value))],
    );
  const ks = data(
    'ks',
    [
      project('ks', 'ks', 'Kommunstyrelsen', { sortOrder: 0 }),
      project('reserv', 'ks', 'Investeringsreserv', { sortOrder: 1 }),
      project('mark', 'ks', 'Reserv för strategiska markförvärv', { sortOrder: 2 }),
      project('simhall', 'ks', 'Ny simhall', {
        sortOrder: 3,
        conditional: true,
        condition: 'Under förutsättning att kommunfullmäktige beslutar enligt kommunstyrelsens förslag.',
      }),
      project('reception', 'ks', 'ombyggnation receptionen i Stadshuset', {
        sortOrder: 4,
        placement: 'outside',
      }),
      project('ll', 'leanlink', 'Äldreomsorg'),
      project('it', 'lkd', 'IT-utrustning'),
      project('volymer', 'vss', 'ökade volymer samt digitaliseringssatsningar LKDATA', {
        placement: 'outside',
      }),
    ],
    [
      ...yearly('ks', [1_850, 1_650, 1_650, 1_650]),
      ...yearly('reserv', [15_000, 15_000, 15_000, 15_000]),
      ...yearly('mark', [50_000, 50_000, 50_000, 50_000]),
      ...yearly('simhall', [252_000, 297_000, 307_500, null]),
      ...yearly('reception', [1_200, null, null, null]),
      ...yearly('ll', [4_900, 4_900, 4_900, 4_900]),
      ...yearly('it', [37_900, 37_900, 37_900, 37_900]),
      ...yearly('volymer', [7_100, 7_100, 7_100, 7_100]),
    ],
    years.map((year) => ({
      year,
      amountOre: tkr(year === 2020 ? 109_650 : 109_450),
      decision: 'beslut i KF den 28 maj 2019',
    })),
  );

  it('sums inside the frame with a row per child unit, then the conditional and outside projects', () => {
    const table = buildInvestmentTable(ks, options({ kind: 'budget', year: 2020, planYears: 3 }));
    expect(printed(table)).toEqual([
      ['Investeringar', 'Budget förslag 2020', 'Plan förslag 2021', 'Plan förslag 2022', 'Plan förslag 2023'],
      ['Kommunstyrelsen', '1 850', '1 650', '1 650', '1 650'],
      ['Investeringsreserv', '15 000', '15 000', '15 000', '15 000'],
      ['Reserv för strategiska markförvärv', '50 000', '50 000', '50 000', '50 000'],
      ['Leanlink', '4 900', '4 900', '4 900', '4 900'],
      ['Verksamhetsstöd och service', '37 900', '37 900', '37 900', '37 900'],
      ['Summa investeringar inom ram', '109 650', '109 450', '109 450', '109 450'],
      ['Investeringsram enl. beslut i KF den 28 maj 2019', '109 650', '109 450', '109 450', '109 450'],
      ['Ny simhall[1]', '252 000', '297 000', '307 500', ''],
      ['Investeringar utom ram', '', '', '', ''],
      ['Kommunstyrelsen (ombyggnation receptionen i Stadshuset)', '1 200', '', '', ''],
      [
        'Verksamhetsstöd och service (ökade volymer samt digitaliseringssatsningar LKDATA)',
        '7 100',
        '7 100',
        '7 100',
        '7 100',
      ],
      ['Summa investeringar utom ram', '8 300', '7 100', '7 100', '7 100'],
      ['Summa investeringar[2]', '369 950', '413 550', '424 050', '116 550'],
      ['varav inkomster', '0', '0', '0', '0'],
      ['varav utgifter', '369 950', '413 550', '424 050', '116 550'],
    ]);
    expect(table.footnotes[0]?.text).toMatch(/^Under förutsättning att kommunfullmäktige/);
  });
});

describe('the interim table with forecast and variance against the frame (004:249-260)', () => {
  const vss2019 = data(
    'vss',
    [
      project('it', 'lkd', 'Investeringar IT-utrustning'),
      project('pek', 'lkd', 'Pekplattor omsorg 2018, brukare', { sortOrder: 1 }),
      project('inv', 'kl', 'Inventarier', { startYear: 2019, note: 'Rapporteras under KS.' }),
    ],
    [
      amount('it', 2019, 'budget', 'budget', gross(37_900)),
      amount('it', 2019, 'budget', 'closing', gross(48_000), 'Inkl utökad ram med 10,1 mnkr.'),
      amount('it', 2019, 'actual', 'august', gross(33_100)),
      amount('it', 2019, 'forecast', 'august', gross(47_960)),
      amount('it', 2019, 'actual', 'closing', gross(45_333)),
      amount('it', 2018, 'actual', 'closing', gross(53_570)),
      amount('pek', 2019, 'budget', 'budget', gross(0)),
      amount('pek', 2019, 'forecast', 'august', gross(848, 808)),
      amount('pek', 2019, 'actual', 'closing', gross(0)),
      amount('pek', 2018, 'actual', 'closing', gross(1_818)),
      amount('inv', 2019, 'budget', 'closing', gross(0)),
      amount('inv', 2019, 'actual', 'closing', gross(737)),
    ],
    [{ year: 2019, amountOre: tkr(37_900), decision: null }],
    [
      {
        id: 'c1',
        kind: 'increase',
        year: 2019,
        fromYear: null,
        amountOre: tkr(10_100),
        effectiveRound: 'closing',
        reason: 'ökade volymer av datorer och Chromebooks',
        decision: null,
      },
    ],
  );

  it('prints the August forecast against the budget at the round, ram − prognos, as 004:249-260', () => {
    const table = buildInvestmentTable(vss2019, options({ kind: 'interim', year: 2019, round: 'august' }));
    expect(printed(table)).toEqual([
      [
        'Investeringar',
        'Redovisning 31/8 2019, utgifter',
        'Redovisning 31/8 2019, inkomster',
        'Prognos 2019, utgifter',
        'Prognos 2019, inkomster',
        'Prognos 2019, netto',
        'Investeringsram 2019',
        'Avvikelse',
      ],
      ['LKDATA', '', '', '', '', '', '', ''],
      ['Investeringar IT-utrustning', '33 100', '0', '47 960', '0', '47 960', '37 900', '−10 060'],
      ['Pekplattor omsorg 2018, brukare', '', '', '848', '808', '40', '0', '−40'],
      ['Summa investeringar[1][2]', '33 100', '0', '48 808', '808', '48 000', '37 900', '−10 100'],
      // The increase of 10,1 mnkr counts from closing: at August the frame is as decided.
      ['Investeringsram', '', '', '', '', '', '37 900', '−10 100'],
    ]);
    expect(table.footnotes[1]?.text).toMatch(/^Avvikelse anges som budget \(ram\) minus utfall/);
  });

  it('turns the variance round in the actual-minus-budget convention', () => {
    const table = buildInvestmentTable(
      vss2019,
      options({ kind: 'interim', year: 2019, round: 'august', varianceConvention: 'actualMinusBudget' }),
    );
    expect(printed(table)[2]?.at(-1)).toBe('10 060');
    expect(printed(table)[4]?.at(-1)).toBe('10 100');
    expect(table.footnotes[1]?.text).toMatch(/^Avvikelse anges som utfall minus budget/);
  });

  it('prints the annual table with the revised budget, its note, and the adjusted frame (002:171-183)', () => {
    const table = buildInvestmentTable(vss2019, options({ kind: 'annual', year: 2019 }));
    expect(printed(table)).toEqual([
      [
        'Investeringar',
        'Bokslut 2019, utgifter',
        'Bokslut 2019, inkomster',
        'Budget 2019, netto',
        'Avvikelse',
        'Bokslut 2018',
      ],
      ['LKDATA', '', '', '', '', ''],
      ['Investeringar IT-utrustning', '45 333', '0', '48 000[1]', '2 667', '53 570'],
      ['Pekplattor omsorg 2018, brukare', '0', '0', '0', '0', '1 818'],
      ['Kontakt Linköping', '', '', '', '', ''],
      // 002:176 prints 737: the seed's sign is wrong; ram − utfall is −737.
      ['Inventarier[2]', '737', '0', '0', '−737', ''],
      // 002:177 prints 3 404, the sum of the printed rows; 48 000 − 46 070 is 1 930.
      ['Summa investeringar[3][4]', '46 070', '0', '48 000', '1 930', '55 388'],
      ['varav utgifter', '46 070', '', '48 000', '1 930', '55 388'],
      ['varav inkomster', '', '0', '0', '0', '0'],
      ['Investeringsram', '', '', '37 900', '', ''],
      ['Justerad investeringsram', '', '', '48 000[5]', '1 930', ''],
    ]);
    expect(table.footnotes.map((note) => note.text.replace(/\u00a0/g, ' '))).toEqual([
      'Inkl utökad ram med 10,1 mnkr.',
      'Rapporteras under KS.',
      expect.stringMatching(/^Netto anges/),
      expect.stringMatching(/För varav inkomster anges avvikelsen som utfall minus budget/),
      'Utökad ram med 10 100 tkr: ökade volymer av datorer och Chromebooks.',
    ]);
  });
});

describe('the completed projects (2023 annual report, "Färdigställda projekt")', () => {
  const done = data(
    'vss',
    [
      project('p', 'vss', 'Ny kundtjänst', {
        startYear: 2021,
        completedYear: 2023,
        decidedBudgetOre: tkr(10_000),
      }),
      project('q', 'vss', 'Pågående', { startYear: 2022 }),
    ],
    [
      amount('p', 2021, 'actual', 'closing', gross(2_000)),
      amount('p', 2022, 'actual', 'closing', gross(5_000, 500)),
      amount('p', 2023, 'actual', 'closing', gross(4_000)),
      amount('p', 2023, 'budget', 'budget', gross(3_000)),
      amount('q', 2023, 'actual', 'closing', gross(1_000)),
    ],
  );

  it('accumulates the actual since the start and compares it, and the year, with the budgets', () => {
    const table = buildInvestmentTable(done, options({ kind: 'completed', year: 2023, unit: 'mnkr' }));
    expect(table.caption).toBe('Färdigställda projekt 2023, belopp i mnkr');
    expect(printed(table).slice(0, 2)).toEqual([
      [
        'Investeringar',
        'Beslutad budget',
        'Ack. utfall nettoinvesteringar',
        'Budgetavvikelse sedan start',
        'Budget 2023',
        'Utfall 2023 nettoinvesteringar',
        'Budgetavvikelse 2023',
      ],
      // 2,0 + (5,0 − 0,5) + 4,0 = 10,5 accumulated; utfall − budget: 0,5 over, and 1,0 over in 2023.
      ['Ny kundtjänst', '10,0', '10,5', '0,5', '3,0', '4,0', '1,0'],
    ]);
    const favourable = buildInvestmentTable(
      done,
      options({ kind: 'completed', year: 2023, unit: 'mnkr', varianceConvention: 'favourablePositive' }),
    );
    expect(printed(favourable)[1]).toEqual(['Ny kundtjänst', '10,0', '10,5', '−0,5', '3,0', '4,0', '−1,0']);
  });
});

describe('rounding', () => {
  it('says so under a sum that differs from the sum of its rounded rows', () => {
    const rounded = data(
      'vss',
      [project('a', 'vss', 'A'), project('b', 'vss', 'B', { sortOrder: 1 })],
      [
        amount('a', 2023, 'budget', 'budget', gross(1_449)),
        amount('b', 2023, 'budget', 'budget', gross(1_449)),
      ],
    );
    const table = buildInvestmentTable(
      rounded,
      options({ kind: 'budget', year: 2023, unit: 'mnkr', planYears: 0 }),
    );
    // 1,4 + 1,4 = 2,8 printed, but the exact sum 2,898 mnkr prints 2,9.
    expect(printed(table).slice(1, 4)).toEqual([
      ['A', '1,4'],
      ['B', '1,4'],
      ['Summa investeringar[1]', '2,9[2]'],
    ]);
    expect(table.footnotes[1]?.text).toMatch(
      /^Summan är räknad på exakta belopp före avrundning till 1 decimal i mnkr/,
    );
  });
});
