/**
 * The investments of the seed documents, transcribed table by table and line by line (domain.md §2.7
 * "Investments"; docs/adr/0015-investments.md): VSS förvaltningsbudget 2023 (000:342-353), the KS internal
 * budget 2020 with its projects inside and outside the frame and the conditional swimming hall
 * (001:1186-1207), Leanlink's budget 2020 (001:2160-2171), VSS's interim report of 31 August 2019
 * (004:248-264) and its annual report 2019 (002:169-189).
 *
 * Every figure is written as printed, in tkr, and stored in kronor; each amount names its line in
 * `source`. Nothing is corrected: where the seed's own arithmetic is wrong the figures recorded are the ones
 * printed and the tables compute what they imply; the comments say where the two differ. A project is
 * recorded once, on the unit that has it, and the tables put it where the documents print it: VSS's IT
 * equipment is a row of VSS's budget 2023 and, summed with VSS's other projects inside the frame, the
 * "Verksamhetsstöd och service" row of KS's table.
 */
import { parseSwedishDecimal, scaleByPowerOfTen } from '#core/decimal.ts';
import type { DataPackageInput } from '#modules/data-package/contract.ts';
import type { AmountKind, FramePlacement, RoundKind } from '#modules/investments/domain/index.ts';
import { demoId } from './demo-id.ts';

type Records<K extends keyof DataPackageInput> = NonNullable<DataPackageInput[K]>;
type ProjectRecord = Records<'investmentProjects'>[number];
type AmountRecord = Records<'investmentAmounts'>[number];
type FrameRecord = Records<'investmentFrames'>[number];
type FrameChangeRecord = Records<'investmentFrameChanges'>[number];

interface DemoProject {
  /** A short key, unique in the demo: the project's id is made from it. */
  readonly key: string;
  readonly org: string;
  readonly name: string;
  readonly placement?: FramePlacement;
  readonly condition?: string;
  readonly startYear: number;
  readonly note?: string;
}

/**
 * The projects, each with the line that names it. Start years are the first year a seed gives a figure for
 * (*inferred*: the seeds give no start years); no seed says a project was completed.
 */
const PROJECTS: readonly DemoProject[] = [
  // 000:343 "LKDATA – IT-utrustning"; the same running reinvestment is VSS's 37 900 inside KS's frame in
  // 2020-2023 (001:1193; 001:1742 "VSS (LKDATA)" 45 000 = 37 900 + the 7 100 outside it, 001:1199).
  { key: 'vss-it', org: 'VSS', name: 'LKDATA – IT-utrustning', startYear: 2020 },
  { key: 'vss-ebbepark', org: 'VSS', name: 'Gemensamt – inventarier Ebbepark', startYear: 2022 }, // 000:344
  { key: 'vss-tjanster', org: 'VSS', name: 'Gemensamt – tjänsteutveckling', startYear: 2022 }, // 000:345
  // 001:1199, printed "Verksamhetsstöd och service (ökade volymer samt digitaliseringssatsningar LKDATA)":
  // outside the frame a project is printed with its unit, so the name is what the parentheses hold.
  {
    key: 'vss-volymer',
    org: 'VSS',
    name: 'ökade volymer samt digitaliseringssatsningar LKDATA',
    placement: 'outside',
    startYear: 2020,
  },
  // 001:1189-1191 print KS's own projects as "varav kommunstyrelsen", "varav investeringsreserv", "varav
  // reserv för strategiska markförvärv" under the heading "Kommunstyrelsen totalt" (001:1188); the table
  // prints them by name, followed by a row per förvaltning.
  { key: 'ks-ks', org: 'KS', name: 'Kommunstyrelsen', startYear: 2020 },
  { key: 'ks-reserv', org: 'KS', name: 'Investeringsreserv', startYear: 2020 },
  { key: 'ks-mark', org: 'KS', name: 'Reserv för strategiska markförvärv', startYear: 2020 },
  // 001:1196, its footnote 001:1205.
  {
    key: 'ks-simhall',
    org: 'KS',
    name: 'Ny simhall',
    condition:
      'Under förutsättning att kommunfullmäktige beslutar enligt kommunstyrelsens förslag i september ' +
      '(KS 2019-09-17 § 271 (KS 2019-516)).',
    startYear: 2020,
  },
  // 001:1198, printed "Kommunstyrelsen (ombyggnation receptionen i Stadshuset)"; 001:29, 106.
  {
    key: 'ks-reception',
    org: 'KS',
    name: 'ombyggnation receptionen i Stadshuset',
    placement: 'outside',
    startYear: 2020,
  },
  // 001:2162-2167: Leanlink's investments per affärsområde.
  { key: 'll-rs', org: 'LEANLINK', name: 'Råd & Stöd', startYear: 2020 },
  { key: 'll-lss', org: 'LEANLINK', name: 'LSS Funktionsstöd', startYear: 2020 },
  { key: 'll-ao', org: 'LEANLINK', name: 'Äldreomsorg', startYear: 2020 },
  { key: 'll-ss', org: 'LEANLINK', name: 'Stöd & Service', startYear: 2020 },
  { key: 'll-kr', org: 'LEANLINK', name: 'Kost & Restaurang', startYear: 2020 },
  { key: 'll-led', org: 'LEANLINK', name: 'Ledning', startYear: 2020 },
  // 004:252-253 "LKDATA / Investeringar IT-utrustning", 002:172-173 "LK-data / Investeringar IT- utrustning":
  // LK-data's (VSS-LKD's) own project in 2018-2019, with a Bokslut 2018 (002:173).
  { key: 'lkd-it', org: 'VSS-LKD', name: 'Investeringar IT-utrustning', startYear: 2018 },
  // 004:255-256, 002:174.
  { key: 'lkd-pekplattor', org: 'VSS-LKD', name: 'Pekplattor omsorg 2018, brukare', startYear: 2018 },
  // 002:175-176, with the footnote "** Rapporteras under KS." (002:183). Kontakt Linköping started in 2019
  // (002:187), so its inventories start then; 002:176 prints 0 for Bokslut 2018, a year before the project,
  // which is not recorded: the table prints that cell empty.
  {
    key: 'kl-inventarier',
    org: 'VSS-KL',
    name: 'Inventarier',
    startYear: 2019,
    note: 'Rapporteras under KS.',
  },
];

/** A column of a seed table: the year, kind and round its figures are. */
interface Column {
  readonly year: number;
  readonly kind: AmountKind;
  readonly round: RoundKind;
}

const budget = (year: number, round: RoundKind = 'budget'): Column => ({ year, kind: 'budget', round });
const plan = (year: number): Column => ({ year, kind: 'plan', round: 'budget' });
const actual = (year: number, round: RoundKind): Column => ({ year, kind: 'actual', round });
const forecast = (year: number, round: RoundKind): Column => ({ year, kind: 'forecast', round });

/** 000:342: Budget 2022 | Budget förslag 2023 | Plan förslag 2024 … 2028. */
const BUDGET_2023 = [budget(2022), budget(2023), ...[2024, 2025, 2026, 2027, 2028].map(plan)];
/** 001:1186, 2160: Nettoutgift förslag 2020 … 2023: the budget year and three plan years. */
const BUDGET_2020 = [budget(2020), plan(2021), plan(2022), plan(2023)];

/** One printed row: the project, its line, and a figure per column ('' for an empty cell). */
interface NetRow {
  readonly project: string;
  readonly line: string;
  readonly cells: readonly string[];
}

/** Net rows of a budget table: with "varav inkomster 0" printed under them, every net is an expenditure. */
const NET_TABLES: readonly { columns: readonly Column[]; rows: readonly NetRow[] }[] = [
  {
    columns: BUDGET_2023,
    rows: [
      {
        project: 'vss-it',
        line: '000:343',
        cells: ['45 000', '60 000', '45 000', '45 000', '45 000', '45 000', '45 000'],
      },
      { project: 'vss-ebbepark', line: '000:344', cells: ['500', '0', '0', '0', '0', '0', '0'] },
      { project: 'vss-tjanster', line: '000:345', cells: ['500', '500', '0', '0', '0', '0', '0'] },
    ],
  },
  {
    columns: BUDGET_2020,
    rows: [
      { project: 'ks-ks', line: '001:1189', cells: ['1 850', '1 650', '1 650', '1 650'] },
      { project: 'ks-reserv', line: '001:1190', cells: ['15 000', '15 000', '15 000', '15 000'] },
      { project: 'ks-mark', line: '001:1191', cells: ['50 000', '50 000', '50 000', '50 000'] },
      // 001:1193 "Verksamhetsstöd och service": VSS's projects inside the frame, all of it IT equipment.
      { project: 'vss-it', line: '001:1193', cells: ['37 900', '37 900', '37 900', '37 900'] },
      { project: 'ks-simhall', line: '001:1196', cells: ['252 000', '297 000', '307 500', ''] },
      { project: 'ks-reception', line: '001:1198', cells: ['1 200', '', '', ''] },
      { project: 'vss-volymer', line: '001:1199', cells: ['7 100', '7 100', '7 100', '7 100'] },
      { project: 'll-rs', line: '001:2162', cells: ['600', '600', '600', '600'] },
      { project: 'll-lss', line: '001:2163', cells: ['500', '500', '500', '500'] },
      { project: 'll-ao', line: '001:2164', cells: ['3 000', '3 000', '3 000', '3 000'] },
      { project: 'll-ss', line: '001:2165', cells: ['500', '500', '500', '500'] },
      { project: 'll-kr', line: '001:2166', cells: ['200', '200', '200', '200'] },
      { project: 'll-led', line: '001:2167', cells: ['100', '100', '100', '100'] },
    ],
  },
];

/** One gross figure: utgifter and inkomster of a project in a column, as printed. */
interface GrossCell {
  readonly project: string;
  readonly column: Column;
  readonly expenditure: string;
  readonly income?: string;
  readonly note?: string;
  readonly line: string;
}

/**
 * 004:249-260 (Redovisning 31/8 2019 utgifter | inkomster | Prognos 2019 utgifter | inkomster | netto |
 * Investeringsram 2019 | Avvikelse) and 002:171-183 (Bokslut 2019 utgifter | inkomster | Budget 2019 netto |
 * Avvikelse | Bokslut 2018). The interim table's "Investeringsram 2019" per row is the project's budget as it
 * stood in August; the annual table's "Budget 2019" is the budget as revised by closing, the 10,1 mnkr
 * increase included (002:181). Netto and Avvikelse are computed, not recorded: 004:253 47 960 − 0 = 47 960,
 * 37 900 − 47 960 = −10 060, and 004:256 −40 agree with the computation; 002 does not (see below).
 */
const GROSS_CELLS: readonly GrossCell[] = [
  { project: 'lkd-it', column: actual(2019, 'august'), expenditure: '33 100', income: '0', line: '004:253' },
  {
    project: 'lkd-it',
    column: forecast(2019, 'august'),
    expenditure: '47 960',
    income: '0',
    line: '004:253',
  },
  { project: 'lkd-it', column: budget(2019), expenditure: '37 900', line: '004:253' },
  // 004:255-256 prints the row's figures on the line after its name: 848 | 808 | 40 | 0 | -40, which the
  // sum row (004:258: 48 808 | 808 | 48 000) places as Prognos utgifter, inkomster, netto, ram, avvikelse.
  {
    project: 'lkd-pekplattor',
    column: forecast(2019, 'august'),
    expenditure: '848',
    income: '808',
    line: '004:256',
  },
  { project: 'lkd-pekplattor', column: budget(2019), expenditure: '0', line: '004:256' },
  {
    project: 'lkd-it',
    column: budget(2019, 'closing'),
    expenditure: '48 000',
    note: 'Inkl utökad ram med 10,1 mnkr.',
    line: '002:173, 181',
  },
  { project: 'lkd-it', column: actual(2019, 'closing'), expenditure: '45 333', income: '0', line: '002:173' },
  { project: 'lkd-it', column: actual(2018, 'closing'), expenditure: '53 570', line: '002:173' },
  {
    project: 'lkd-pekplattor',
    column: actual(2019, 'closing'),
    expenditure: '0',
    income: '0',
    line: '002:174',
  },
  { project: 'lkd-pekplattor', column: actual(2018, 'closing'), expenditure: '1 818', line: '002:174' },
  // 002:176 "Inventarier** 737 | 0 | 0 | 737 | 0". Its budget is the closing one: the interim report has no
  // row for it (004:251-258). The printed variance 737 has the wrong sign: budget − bokslut = 0 − 737 = −737,
  // and the sum's printed 3 404 (002:177) is the sum of the printed rows, 2 667 + 737; computed from the
  // sums it is 48 000 − 46 070 = 1 930. The table prints the computed figures.
  { project: 'kl-inventarier', column: budget(2019, 'closing'), expenditure: '0', line: '002:176' },
  {
    project: 'kl-inventarier',
    column: actual(2019, 'closing'),
    expenditure: '737',
    income: '0',
    line: '002:176',
  },
];

interface DemoFrame {
  readonly org: string;
  readonly year: number;
  readonly amount: string;
  readonly decision?: string;
  readonly line: string;
}

const KF_MAY_2019 = 'beslut i KF den 28 maj 2019';
const KF_SEPTEMBER_2021 = 'beslut i KF den 28 september 2021';

const FRAMES: readonly DemoFrame[] = [
  // 000:349 "Investeringsram enl. beslut i KF den 28 september 2021".
  ...['46 000', '45 500', '45 000', '45 000', '45 000', '45 000', '45 000'].map((amount, index) => ({
    org: 'VSS',
    year: 2022 + index,
    amount,
    decision: KF_SEPTEMBER_2021,
    line: '000:349',
  })),
  // 001:1195 KS's frame, which holds Leanlink's and VSS's (001:1203).
  ...['109 650', '109 450', '109 450', '109 450'].map((amount, index) => ({
    org: 'KS',
    year: 2020 + index,
    amount,
    decision: KF_MAY_2019,
    line: '001:1195',
  })),
  ...[2020, 2021, 2022, 2023].map((year) => ({
    org: 'LEANLINK',
    year,
    amount: '4 900',
    decision: KF_MAY_2019,
    line: '001:2171',
  })),
  // 004:253, 258 "Investeringsram 2019", with no decision named.
  { org: 'VSS', year: 2019, amount: '37 900', line: '004:258' },
];

const FRAME_CHANGES: readonly FrameChangeRecord[] = [
  {
    id: demoId('investment-frame-change:VSS:2019:utökad'),
    orgUnit: 'VSS',
    kind: 'increase',
    year: 2019,
    amount: tkr('10 100'),
    // Requested after the interim report (004:263-264) and included by the annual report (002:181); the
    // round it counts from is *inferred*: closing, the first report that includes it.
    effectiveRound: 'closing',
    reason: 'Ökade volymer och kostnader för datorer och Chromebooks inom LK-data',
    source: '004:263, 002:181, 185',
  },
  {
    id: demoId('investment-frame-change:VSS:2022:ombudgetering'),
    orgUnit: 'VSS',
    kind: 'rebudget',
    year: 2022,
    fromYear: 2021,
    amount: tkr('13 400'),
    // *inferred*: known when the budget for 2023 was written (000:353), so from 2022's budget round on.
    effectiveRound: 'budget',
    reason:
      'För att komma ikapp med det eftersläpande behovet av IT-utrustning efter komponentbristen 2020 och 2021',
    source: '000:353',
  },
];

/** Tkr as printed ("45 000", "-40") in kronor, exact: "45000000". */
function tkr(text: string): string {
  const value = parseSwedishDecimal(text);
  if (value === null) {
    throw new Error(`Not a figure: "${text}"`);
  }
  return scaleByPowerOfTen(value, 3);
}

function projectRecords(): ProjectRecord[] {
  const orders = new Map<string, number>();
  return PROJECTS.map((project) => {
    const sortOrder = orders.get(project.org) ?? 0;
    orders.set(project.org, sortOrder + 1);
    return {
      id: demoId(`investment-project:${project.key}`),
      orgUnit: project.org,
      name: project.name,
      placement: project.placement ?? 'inside',
      conditional: project.condition !== undefined,
      condition: project.condition ?? null,
      startYear: project.startYear,
      note: project.note ?? null,
      sortOrder,
    };
  });
}

function amountRecord(cell: GrossCell): AmountRecord {
  const { year, kind, round } = cell.column;
  return {
    id: demoId(`investment-amount:${cell.project}:${year}:${kind}:${round}`),
    projectId: demoId(`investment-project:${cell.project}`),
    year,
    kind,
    round,
    expenditure: tkr(cell.expenditure),
    income: tkr(cell.income ?? '0'),
    note: cell.note ?? null,
    source: cell.line,
  };
}

/** Every amount; the same amount printed twice makes the build throw, as a transcription slip would. */
function amountRecords(): AmountRecord[] {
  const fromNets = NET_TABLES.flatMap(({ columns, rows }) =>
    rows.flatMap((row) =>
      columns.flatMap((column, index): GrossCell[] => {
        const text = row.cells[index] ?? '';
        return text === '' ? [] : [{ project: row.project, column, expenditure: text, line: row.line }];
      }),
    ),
  );
  const records = [...fromNets, ...GROSS_CELLS].map(amountRecord);
  const ids = new Set<string>();
  for (const record of records) {
    if (ids.has(record.id)) {
      throw new Error(`Amount given twice: ${record.source}`);
    }
    ids.add(record.id);
  }
  return records;
}

function frameRecords(): FrameRecord[] {
  return FRAMES.map((frame) => ({
    id: demoId(`investment-frame:${frame.org}:${frame.year}`),
    orgUnit: frame.org,
    year: frame.year,
    amount: tkr(frame.amount),
    decision: frame.decision ?? null,
    source: frame.line,
  }));
}

export function demoInvestmentLists(): Pick<
  DataPackageInput,
  'investmentProjects' | 'investmentAmounts' | 'investmentFrames' | 'investmentFrameChanges'
> {
  return {
    investmentProjects: projectRecords(),
    investmentAmounts: amountRecords(),
    investmentFrames: frameRecords(),
    investmentFrameChanges: [...FRAME_CHANGES],
  };
}
