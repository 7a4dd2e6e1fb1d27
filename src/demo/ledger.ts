/**
 * A synthetic ledger for VSS, so that the demo can show monthly actuals and an operating statement: the
 * whole of 2022, and January–August 2023. It is made up – clearly labelled so in the file itself – around
 * the budgets the seeds print (000:304-319: each verksamhetsområde's costs, with revenues to match under
 * the self-cost principle), with small surpluses and deficits so that the statement has something to show.
 * Cost centres are the units' own codes, so no mapping is needed.
 */
import type { CentrePlan, SyntheticLedgerOptions } from '#modules/economy/domain/index.ts';

const LABEL = 'Syntetisk demohuvudbok, inte Linköpings kommuns bokföring';

/** Yearly costs in tkr and the result as a share of them in per mille (positive: a surplus). */
type Plan = readonly [code: string, name: string, costsTkr: number, resultPerMille: number];

const tkr = (amount: number) => BigInt(amount) * 100_000n;

function centres(plans: readonly Plan[]): CentrePlan[] {
  return plans.map(([code, name, costsTkr, perMille]) => ({
    code,
    name,
    costsOre: tkr(costsTkr),
    revenuesOre: (tkr(costsTkr) * BigInt(1000 + perMille)) / 1000n,
  }));
}

/** 2022: the verksamhetsområden of Budget 2022 (000:305-316). */
const VSS_2022: readonly Plan[] = [
  ['VSS-STAB', 'Stab och ledning', 11_787, -60],
  ['VOE', 'Verksamhetsområde ekonomi', 52_703, 4],
  ['VOH', 'Verksamhetsområde HR', 31_980, 12],
  ['VOM', 'Verksamhetsområde medborgare', 44_992, 15],
  ['VSS-KR', 'Kost och restaurang', 211_127, -3],
  ['LKDATA', 'LKDATA', 222_366, 25],
];

/** 2023: Budget 2023 (000:305-316), booked on the enheter where a verksamhetsområde has them. */
const VSS_2023: readonly Plan[] = [
  ['VSS-STAB', 'Stab och ledning', 29_300, -45],
  ['VOE-EKS', 'Ekonomiservice', 24_792, 6],
  ['VOE-UI', 'Upphandling och inköp', 16_528, -8],
  ['VOH-LON', 'Löneservice', 18_415, 10],
  ['VOH-HRS', 'HR-service', 15_066, 3],
  ['VOM-KL', 'Kontakt Linköping', 23_036, 21],
  ['VOM-ARKIV', 'Stadsarkivet', 11_518, -12],
  ['VOM-KOMS', 'Kommunikationsservice', 11_518, 5],
  ['VSS-KR', 'Kost och restaurang', 235_000, -7],
  ['LKDATA', 'LKDATA', 235_000, 31],
];

/** Which verksamhetsområde an enhet of the 2023 ledger belongs to; the others forecast for themselves. */
const AREA_OF: Readonly<Record<string, string>> = {
  'VOE-EKS': 'VOE',
  'VOE-UI': 'VOE',
  'VOH-LON': 'VOH',
  'VOH-HRS': 'VOH',
  'VOM-KL': 'VOM',
  'VOM-ARKIV': 'VOM',
  'VOM-KOMS': 'VOM',
};

/**
 * The verksamhetsområden's full-year forecasts at the August 2023 round, as made up as the ledger they
 * extend: each one's 2023 plan above, in kronor. They give the goal table's computed economy indicators
 * (000:404-407, printed there as "helårsprognos efter juli månad", 000:409) a forecast to compute from.
 */
export const DEMO_FORECASTS = (() => {
  const byArea = new Map<string, { costs: number; revenues: number }>();
  for (const [code, , costsTkr, perMille] of VSS_2023) {
    const area = AREA_OF[code] ?? code;
    const sum = byArea.get(area) ?? { costs: 0, revenues: 0 };
    byArea.set(area, {
      costs: sum.costs + costsTkr * 1000,
      revenues: sum.revenues + costsTkr * (1000 + perMille),
    });
  }
  return [...byArea].map(([orgUnitId, { costs, revenues }]) => ({
    orgUnitId,
    year: 2023,
    round: 'august' as const,
    costs: String(costs),
    revenues: String(revenues),
    netCost: null,
    comment: 'Syntetisk demoprognos, inte Linköpings kommuns prognos',
  }));
})();

export interface DemoLedger {
  readonly fileName: string;
  readonly year: number;
  readonly firstMonth: number;
  readonly lastMonth: number;
  readonly options: SyntheticLedgerOptions;
}

const ledger = (year: number, lastMonth: number, plans: readonly Plan[]): DemoLedger => ({
  fileName: `syntetisk-huvudbok-VSS-${year}.se`,
  year,
  firstMonth: 1,
  lastMonth,
  options: {
    company: 'Verksamhetsstöd och service',
    label: LABEL,
    year,
    firstMonth: 1,
    lastMonth,
    centres: centres(plans),
    vouchersPerMonth: 10,
    seed: year,
  },
});

export const DEMO_LEDGERS: readonly DemoLedger[] = [ledger(2022, 12, VSS_2022), ledger(2023, 8, VSS_2023)];

/**
 * VSS's budgets for 2022 and 2023 and its plan for 2024–2028 per verksamhetsområde, as the budget document
 * prints them (000:304-319):
 * costs in tkr, with revenues equal to them, since every verksamhetsområde is budgeted at a zero result
 * (000:326). Written as a CSV file in Swedish Excel's dialect and read in like a user's file.
 */
const BUDGET_YEARS = [2022, 2023, 2024, 2025, 2026, 2027, 2028] as const;

/** Costs in tkr: Budget 2022, Budget 2023 and Plan 2024–2028, as 000:305-316 prints them. */
const VSS_BUDGETS: readonly [code: string, ...costsTkr: number[]][] = [
  ['VSS-STAB', 11_787, 29_300, 29_400, 29_500, 29_600, 29_700, 29_800],
  ['VOE', 52_703, 41_320, 42_353, 43_412, 44_497, 45_610, 46_750],
  ['VOH', 31_980, 33_481, 34_318, 35_176, 36_055, 36_957, 37_881],
  ['VOM', 44_992, 46_072, 47_224, 48_404, 49_615, 50_855, 52_126],
  ['VSS-KR', 211_127, 235_000, 240_875, 246_897, 253_069, 259_396, 265_881],
  ['LKDATA', 222_366, 235_000, 240_875, 246_897, 253_069, 259_396, 265_881],
];

export function demoBudgetCsv(): string {
  const rows = VSS_BUDGETS.flatMap(([code, ...budgets]) =>
    BUDGET_YEARS.flatMap((year, index) => {
      const kronor = (budgets[index] ?? 0) * 1000;
      const kind = year > 2023 ? 'Plan' : 'Budget';
      return [
        `${code};4;${year};${kronor};Kostnader, ${kind} ${year} (000:304-319)`,
        `${code};3;${year};-${kronor};Intäkter: nollresultat (000:326)`,
      ];
    }),
  );
  return `\uFEFF${['Enhet;Konto;År;Belopp;Kommentar', ...rows].join('\r\n')}\r\n`;
}

/**
 * KLF's budget 2020: costs 544 363 tkr and revenues 83 988 tkr, a net cost of 460 375 (001:546-548); and its
 * budget 2019 as a net cost of 482 336 tkr, the sum of the staber (001:805-851), split neither way in the seeds.
 */
export function demoKsBudgetCsv(): string {
  return (
    '\uFEFFEnhet;Konto;År;Belopp;Kommentar\r\n' +
    'KLF;4;2020;544363000;Kostnader, Budget förslag 2020 (001:547)\r\n' +
    'KLF;3;2020;-83988000;Intäkter, Budget förslag 2020 (001:548)\r\n' +
    'KLF;4;2019;482336000;Nettokostnad, Budget 2019 (001:805-851)\r\n'
  );
}

/**
 * The bridge from KLF's budget 2019 to 2020, the staber's changes summed per category (domain.md §3.5;
 * 001:805-848): 482 336 − 9 905 − 5 824 − 15 810 − 3 100 + 12 678 = 460 375. The cost reductions are
 * the staber's own, one per stab as 001:888-933 lists them, with their measures as printed: they add up
 * to the −9 905 of 001:890. Kommunledningen's three measures print −100, −580 and "500" against its
 * −1 200, kept as printed. All are KLF's, whose budget the staber share in the seeds.
 */
export const DEMO_BUDGET_CHANGES = [
  [
    'costReduction',
    '-1200000',
    'Kommunledningen: minskad budget för konferenser och representation för de förtroendevalda inom kommunstyrelsen (−100 tkr); upphörande med prenumeration av Dagens samhälle för förtroendevalda i fullmäktige (−580 tkr); lägre indexuppräkning till Räddningstjänsten Östra Götaland (RTÖG) än kommunindex (500 tkr) (001:894-900)',
  ],
  [
    'costReduction',
    '-1325000',
    'Planeringsstaben: inget bidrag till projektet Götalandsbanan (−330 tkr); minskat utrymme för utredningar och konsulttjänster (−995 tkr) (001:902-905)',
  ],
  [
    'costReduction',
    '-250000',
    'Digitaliseringsstaben: allmän kostnadsminskning/effektivisering (001:907-909)',
  ],
  [
    'costReduction',
    '-830000',
    'Näringsliv- och tillväxtstaben: minskad bemanning (1 tjänst) inom Företagsservice (001:911-913)',
  ],
  [
    'costReduction',
    '-1000000',
    'Ekonomistaben: minskat utrymme för utredningar och konsulttjänster (−800 tkr); reducerad ersättning/justerat uppdrag till Verksamhetsstöd och service (Ekonomiservice) (−200 tkr) (001:915-918)',
  ],
  [
    'costReduction',
    '-2000000',
    'HR-staben: minskning av utvecklingsmedel när projektet ”Rätt till utökad sysselsättningsgrad” upphör (−3 000 tkr); utökning objektsledare (+1 000 tkr) (001:920-923)',
  ],
  [
    'costReduction',
    '-1900000',
    'Kommunikationsstaben: minskat anslag till Event Group (−1 000 tkr); effektivisering och prioritering av stabens arbetssätt och externa åtaganden (−900 tkr) (001:925-928)',
  ],
  [
    'costReduction',
    '-1400000',
    'Administrativa staben: minskad bemanning (1 tjänst) inom administration (−550 tkr); minskat utrymme för konsulttjänster inom juridik, säkerhet och e-arkiv (−850 tkr) (001:930-933)',
  ],
  ['budgetAdjustment', '-5824000', 'Budgetjusteringar, Kommunledning (001:808)'],
  ['technical', '-15810000', 'Tekniska justeringar ram, staberna'],
  ['reallocation', '-3100000', 'Omfördelning ram, staberna (001:851-855)'],
  ['priceAndWage', '12678000', 'Övrigt inkl. pris och lön, staberna'],
].map(([category, amount, description]) => ({
  orgUnitId: 'KLF',
  year: 2020,
  category: category as 'costReduction' | 'budgetAdjustment' | 'technical' | 'reallocation' | 'priceAndWage',
  amount: amount as string,
  description: description as string,
}));

/** Frames as decided: KS's 2020 frame (001:572) and VSS's zero result as a self-cost unit (000:190, 326). */
export const DEMO_FRAMES = [
  {
    orgUnitId: 'KS',
    year: 2020,
    kind: 'frame',
    amount: '463475000',
    decision: 'KF 2019-05-28 (001:544, 572)',
  },
  { orgUnitId: 'VSS', year: 2022, kind: 'selfCost', amount: '0', decision: 'Självkostnadsprincip (000:190)' },
  { orgUnitId: 'VSS', year: 2023, kind: 'selfCost', amount: '0', decision: 'Självkostnadsprincip (000:190)' },
] as const;

/** KS's frame adjustments from 2020, as the KS decision lists them (001:101-105, 572-578). */
export const DEMO_FRAME_ADJUSTMENTS = [
  ['BUN', 'KS', '1000000', 'Statistiktjänster', '001:101'],
  ['BIN', 'KS', '200000', 'Statistiktjänster', '001:102'],
  ['KS', 'KFN', '3000000', 'Elitstöd', '001:103'],
  ['KS', 'KFN', '2200000', 'Hyresavtal SAAB arena', '001:104'],
  ['KF', 'KS', '900000', 'Representation', '001:105'],
].map(([fromUnitId, toUnitId, amount, reason, source]) => ({
  fromUnitId: fromUnitId as string,
  toUnitId: toUnitId as string,
  amount: amount as string,
  fromYear: 2020,
  reason: reason as string,
  decision: `KS 2019 § 315, beslutspunkt ${Number(source?.slice(4)) - 94} (${source})`,
}));
