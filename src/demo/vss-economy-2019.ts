/**
 * VSS's economy for 2018 and 2019, so that the verksamhetsberättelse 2019 and the delårsrapport per 31 augusti
 * 2019 print their driftsammandrag figure for figure: every unit's net as 002:134-147 and 004:169-206 print
 * it (result: revenues minus costs, tkr), the totals of costs and revenues where the seeds print them, the
 * budget 2019 and the August forecasts.
 *
 * The seeds print nets, and costs and revenues only as totals. Each unit's costs are therefore made up –
 * clearly labelled so in the files – and its revenues are its costs plus the printed net, so that every
 * printed figure is reproduced and nothing printed is invented. January–August gets two thirds of a year's
 * costs, and the rest of the year what is left of the year's figures.
 *
 * VSS was formed on 1 January 2019 (002:432); the seeds print 2018 as it was restated on VSS's units, and
 * so is the 2018 ledger booked here: on the 2019 units, Medborgarkontoret's on Kontakt Linköping (002:146).
 * "VSS ledning" is a division of its own (VSS-LED), as KLF's Kommunledning and Leanlink's Ledning are.
 *
 * Where the seeds contradict themselves, the figures stored are the ones that agree with the rest:
 * - 2018's units add up to 7 402 tkr (002:135-141), but the sum is printed as 8 198 (002:142; 004:202), as
 *   are the varav rows (227 398 − 219 200). The units are stored as printed; the revenues follow from them,
 *   226 602 tkr.
 * - Stadsarkivet's Bokslut 2018 is −398 in 002:140 and 0 in 004:200: stored as 002 prints it, the one whose
 *   units the 31 August figures (004:179) continue.
 * - Budget 2019: LK-data's 500 tkr and costs of 266 423 tkr in 002:139-143, against 3 346 and 263 577 in
 *   004:198-203, whose note says the 2 846 tkr LK-data pays to the municipality is left out there
 *   (004:207-208). Stored as the annual report has it, the year's final budget.
 */
import type { CentrePlan } from '#modules/economy/domain/index.ts';
import type { DemoLedger } from './ledger.ts';

const LABEL = 'Syntetisk demohuvudbok, inte Linköpings kommuns bokföring';

/** A unit's figures in tkr: a whole year's costs and net (revenues − costs), and the net January–August. */
interface YearFigures {
  readonly costs: number;
  readonly net: number;
  readonly netToAugust: number;
}

type UnitRow = readonly [code: string, name: string, y2018: YearFigures, y2019: YearFigures];

const year = (costs: number, net: number, netToAugust: number): YearFigures => ({ costs, net, netToAugust });

/**
 * Nets as 002:135-141 (2019, 2018) and 004:173-178 (31/8 2019, 31/8 2018) print them; costs made up, adding
 * up to 219 200 (2018) and 254 067 (2019), the varav kostnader of 002:143.
 */
const UNITS: readonly UnitRow[] = [
  ['VSS-LED', 'VSS ledning', year(0, 0, 0), year(9_067, -2_356, -203)],
  ['VSS-EKS', 'Ekonomiservice', year(24_000, 78, 113), year(25_400, -476, -65)],
  ['VSS-HRS', 'HR service', year(15_500, -1_050, -653), year(16_100, -232, 433)],
  ['VSS-KL', 'Kontakt Linköping', year(12_000, -39, 647), year(31_200, 5_027, 2_787)],
  ['VSS-LKD', 'LK-data', year(158_200, 8_811, 5_916), year(162_500, 15_362, 12_976)],
  ['VSS-ARKIV', 'Stadsarkivet', year(9_500, -398, 412), year(9_800, -24, 87)],
];

const ore = (tkr: number) => BigInt(tkr) * 100_000n;

/** January–August's figures and September–December's, each as costs and revenues in tkr. */
function periods({ costs, net, netToAugust }: YearFigures) {
  const costsToAugust = Math.floor((costs * 8) / 12);
  const revenuesToAugust = costsToAugust + netToAugust;
  return {
    toAugust: { costs: costsToAugust, revenues: revenuesToAugust },
    rest: { costs: costs - costsToAugust, revenues: costs + net - revenuesToAugust },
  };
}

function ledger(ledgerYear: 2018 | 2019, part: 'toAugust' | 'rest'): DemoLedger {
  const [firstMonth, lastMonth] = part === 'toAugust' ? [1, 8] : [9, 12];
  const centres: CentrePlan[] = UNITS.map(([code, name, y2018, y2019]) => {
    const amounts = periods(ledgerYear === 2018 ? y2018 : y2019)[part];
    return { code, name, costsOre: ore(amounts.costs), revenuesOre: ore(amounts.revenues) };
  }).filter((centre) => centre.costsOre !== 0n || centre.revenuesOre !== 0n);
  return {
    fileName: `syntetisk-huvudbok-VSS-${ledgerYear}-${String(firstMonth).padStart(2, '0')}-${lastMonth}.se`,
    year: ledgerYear,
    firstMonth,
    lastMonth,
    options: {
      company: 'Verksamhetsstöd och service',
      label: LABEL,
      year: ledgerYear,
      firstMonth,
      lastMonth,
      centres,
      vouchersPerMonth: 4,
      seed: ledgerYear * 100 + firstMonth,
      amountsFor: 'months',
    },
  };
}

export const VSS_LEDGERS_2018_2019: readonly DemoLedger[] = [
  ledger(2018, 'toAugust'),
  ledger(2018, 'rest'),
  ledger(2019, 'toAugust'),
  ledger(2019, 'rest'),
];

/**
 * Budget 2019 per unit, tkr: costs made up, adding up to 266 423 (002:143), and revenues equal to them but
 * for LK-data's expected result of 500 tkr (002:139, 149), adding up to 266 923 (002:144).
 */
const BUDGET_2019: readonly [code: string, costs: number, net: number][] = [
  ['VSS-LED', 9_500, 0],
  ['VSS-EKS', 25_500, 0],
  ['VSS-HRS', 16_000, 0],
  ['VSS-KL', 33_000, 0],
  ['VSS-LKD', 172_423, 500],
  ['VSS-ARKIV', 10_000, 0],
];

/**
 * The budget 2019 as a CSV file in Swedish Excel's dialect, read in like a user's file; and VSS's budget 2020
 * as KS's internbudget prints it, in balance with 277 147 tkr of costs and revenues (001:800, 856-859), so
 * that KS's bridge from 2019 to 2020 has both years of VSS.
 */
export function vssBudgetCsv(): string {
  const rows = [
    ...BUDGET_2019.flatMap(([code, costs, net]) => [
      `${code};4;2019;${costs * 1000};Kostnader, Budget 2019 (syntetisk fördelning av 002:143)`,
      `${code};3;2019;-${(costs + net) * 1000};Intäkter, Budget 2019 (002:139-144)`,
    ]),
    'VSS;4;2020;277147000;Kostnader, Budget förslag 2020 (001:859)',
    'VSS;3;2020;-277147000;Intäkter, Budget förslag 2020 (001:858)',
  ];
  return `\uFEFF${['Enhet;Konto;År;Belopp;Kommentar', ...rows].join('\r\n')}\r\n`;
}

/**
 * VSS's step from 2019 to 2020 in KS's bridge: the 500 tkr result LK-data budgeted for 2019 (002:139, 149)
 * is not budgeted for 2020, when VSS budgets "ett resultat i balans" (001:800). The seeds record no change
 * for VSS; this one says what the two budgets imply.
 */
export const VSS_BUDGET_CHANGES_2020 = [
  {
    orgUnitId: 'VSS',
    year: 2020,
    category: 'technical' as const,
    amount: '500000',
    description:
      'LK-datas budgeterade resultat 2019 (500 tkr, 002:139, 149) budgeteras inte 2020: resultat i balans (001:800)',
  },
];

/**
 * The whole-year forecasts at the August round 2019, tkr: each unit's net as 004:193-198 prints it, with
 * costs made up, adding up to 252 928 (004:203); the revenues follow, 269 817 (004:204).
 */
const FORECASTS_AUGUST_2019: readonly [code: string, costs: number, net: number][] = [
  ['VSS-LED', 9_800, -945],
  ['VSS-EKS', 25_300, 0],
  ['VSS-HRS', 16_000, 0],
  ['VSS-KL', 31_000, 2_000],
  ['VSS-LKD', 160_928, 15_834],
  ['VSS-ARKIV', 9_900, 0],
];

export const VSS_FORECASTS_2019 = FORECASTS_AUGUST_2019.map(([orgUnitId, costs, net]) => ({
  orgUnitId,
  year: 2019,
  round: 'august' as const,
  costs: String(costs * 1000),
  revenues: String((costs + net) * 1000),
  netCost: null,
  comment: 'Nettot som 004:193-198; fördelningen på kostnader och intäkter är syntetisk',
}));
