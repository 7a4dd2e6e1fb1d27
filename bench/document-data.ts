/**
 * What the documents benchmark adds to the generated package so that its reports are the size of real ones
 * (issue 8, "Speed"): what a förvaltning's verksamhetsberättelse prints besides goals and indicators (seed
 * 002). For every board and administration: the texts of the annual report, written at every year's
 * closing, several paragraphs each; volume and personnel measures with their figures; investment projects
 * (on the administration and its divisions) with budget, actual and forecast and a frame; strategic
 * assignments, common and the administration's own, with their status at August and closing; and an
 * internal control plan with its results. For every unit at the bottom of the tree: a budget per account and
 * year and a whole-year forecast at August – the ledger itself is not in a package, and bench/documents.ts
 * books it from these budgets.
 *
 * Only the documents benchmark imports these lists: the other parts measure the import of the goal model
 * against COPY of the same rows. Deterministic, with a seeded random number generator of its own, so the
 * goal model's lists are the same with or without them.
 */
import { boldWithList, boldWithParagraphs, paragraphs, type Random } from './filler.ts';
import { type GeneratedData, type GeneratedPackage, roundId, YEARS } from './generate.ts';
import { benchId, seededRandom } from './ids.ts';
import type { DataPackageInput } from './verksam.ts';

type Records<K extends keyof DataPackageInput> =
  NonNullable<DataPackageInput[K]> extends readonly (infer R)[] ? R : never;

export interface DocumentLists {
  readonly narrativeTexts: Records<'narrativeTexts'>[];
  readonly budgetLines: Records<'budgetLines'>[];
  readonly forecasts: Records<'forecasts'>[];
  readonly volumeMeasures: Records<'volumeMeasures'>[];
  readonly volumeValues: Records<'volumeValues'>[];
  readonly investmentProjects: Records<'investmentProjects'>[];
  readonly investmentAmounts: Records<'investmentAmounts'>[];
  readonly investmentFrames: Records<'investmentFrames'>[];
  readonly strategicAssignments: Records<'strategicAssignments'>[];
  readonly assignmentRecipients: Records<'assignmentRecipients'>[];
  readonly assignmentStatuses: Records<'assignmentStatuses'>[];
  readonly controls: Records<'controls'>[];
  readonly controlResults: Records<'controlResults'>[];
  readonly controlActions: Records<'controlActions'>[];
}

export const DOCUMENT_LIST_NAMES = [
  'narrativeTexts',
  'budgetLines',
  'forecasts',
  'volumeMeasures',
  'volumeValues',
  'investmentProjects',
  'investmentAmounts',
  'investmentFrames',
  'strategicAssignments',
  'assignmentRecipients',
  'assignmentStatuses',
  'controls',
  'controlResults',
  'controlActions',
] as const satisfies readonly (keyof DocumentLists)[];

const SOURCE = 'Syntetiska testdata';

/**
 * Kommun-BAS accounts the budget (and the ledger booked from it) uses, with each one's share of a unit's
 * costs or revenues: class 3 revenues, classes 4–7 costs, personnel the largest, as in a municipality.
 */
export const BUDGET_ACCOUNTS: readonly { account: string; share: number }[] = [
  { account: '3110', share: 0.6 },
  { account: '3510', share: 0.4 },
  { account: '4010', share: 0.08 },
  { account: '5010', share: 0.45 },
  { account: '5410', share: 0.15 },
  { account: '6110', share: 0.1 },
  { account: '6410', share: 0.04 },
  { account: '7010', share: 0.06 },
  { account: '7410', share: 0.04 },
  { account: '7810', share: 0.08 },
];
const isRevenue = (account: string) => account.startsWith('3');

/** A unit's gross costs in kronor in the first year at size 1; a unit's size is 0,4–2 of it. */
const UNIT_COSTS_KR = 18_000_000;
/** Costs grow by this each year (prices and wages). */
const YEARLY_GROWTH = 0.03;

/** The annual report's texts (the template's `text` sections) and how each is written. */
const ANNUAL_TEXTS: Readonly<Record<string, (random: Random, unit: UnitInfo) => string>> = {
  mission: (random) => paragraphs(random, 4),
  overallAssessment: (random) => paragraphs(random, 10),
  decisionsAndEvents: (random) =>
    boldWithList(random, 'Beslut', 6 + Math.floor(random() * 3)) +
    boldWithList(random, 'Händelser', 5 + Math.floor(random() * 3)),
  outlook: (random, unit) =>
    paragraphs(random, 1) +
    boldWithList(random, `Utmaningar inför ${unit.year + 1}`, 5 + Math.floor(random() * 2)),
  economyAnalysis: (random) => paragraphs(random, 4),
  statementAnalysis: (random) => paragraphs(random, 3),
  investmentAnalysis: (random) => paragraphs(random, 3),
  // The basverksamhet, here unit by unit: VSS writes one paragraph (002:307-309), a larger förvaltning more.
  coreActivities: (random, unit) =>
    paragraphs(random, 2) + unit.children.map((child) => boldWithParagraphs(random, child, 5)).join(''),
  // A plan or programme a part, as 002:311-341 reports the lokalförsörjningsplan and the others.
  plansAndProgrammes: (random) =>
    PLANS.slice(0, 4 + Math.floor(random() * 2))
      .map((plan) => boldWithParagraphs(random, plan, 4))
      .join(''),
};

const PLANS: readonly string[] = [
  '10-årig lokalförsörjningsplan',
  'Program för digitalisering',
  'Handlingsplan för hållbar kompetensförsörjning',
  'Miljö- och klimatprogram',
  'Program för jämställdhet',
];

interface Volume {
  readonly name: string;
  readonly base: number;
}

const VOLUMES: readonly Volume[] = [
  { name: 'Inskrivna barn i förskola', base: 1_800 },
  { name: 'Elever i grundskola', base: 5_200 },
  { name: 'Beviljade hemtjänsttimmar', base: 310_000 },
  { name: 'Platser i vård- och omsorgsboende', base: 420 },
  { name: 'Ärenden till kontaktcenter', base: 95_000 },
  { name: 'Besök på bibliotek', base: 240_000 },
  { name: 'Inkomna bygglovsärenden', base: 1_900 },
  { name: 'Deltagare i arbetsmarknadsinsatser', base: 650 },
  { name: 'Handlagda ärenden inom ekonomiskt bistånd', base: 3_400 },
  { name: 'Besök på fritidsgårdar', base: 56_000 },
  { name: 'Genomförda tillsynsbesök', base: 1_250 },
  { name: 'Levererade måltider', base: 1_400_000 },
];

const PERSONNEL: readonly { name: string; unit: string; decimals: number; base: number; target: string }[] = [
  { name: 'Antal tillsvidareanställda', unit: 'antal', decimals: 0, base: 900, target: '' },
  { name: 'Årsarbetare', unit: 'antal', decimals: 0, base: 820, target: '' },
  { name: 'Total sjukfrånvaro', unit: '%', decimals: 1, base: 6.8, target: '6.0' },
  { name: 'Extern personalomsättning', unit: '%', decimals: 1, base: 9.5, target: '8.0' },
];

const PROJECTS: readonly string[] = [
  'IT-utrustning',
  'Inventarier',
  'Upprustning av lekplatser',
  'Ombyggnad av tillagningskök',
  'Fordon och maskiner',
  'Digitaliseringssatsningar',
  'Energieffektivisering',
  'Tillgänglighetsanpassning',
  'Larm och passagesystem',
  'Utemiljö',
];

const COMMON_ASSIGNMENTS: readonly string[] = [
  'Ta fram en plan för minskad sjukfrånvaro i samverkan med företagshälsovården.',
  'Genomföra en översyn av förvaltningens lokalbehov inför den nya lokalförsörjningsplanen.',
  'Införa e-tjänster för de vanligaste ärendena till kommunen.',
  'Redovisa hur verksamheten bidrar till kommunens klimatmål.',
  'Utveckla uppföljningen av jämställdhet i verksamhetens resultat.',
];

const OWN_ASSIGNMENTS: readonly string[] = [
  'Utreda förutsättningarna för samordnad schemaläggning mellan enheterna.',
  'Ta fram en kompetensförsörjningsplan för bristyrken.',
  'Utveckla samverkan med föreningslivet i stadsdelen.',
  'Pröva nya former för medborgardialog.',
  'Genomföra en kartläggning av verksamhetens processer inför automatisering.',
];

const CONTROLS: readonly { title: string; checked: string }[] = [
  { title: 'Attest av leverantörsfakturor', checked: 'Att fakturor attesteras av behörig attestant.' },
  { title: 'Avtalstrohet vid inköp', checked: 'Att inköp görs från upphandlade leverantörer.' },
  { title: 'Behörigheter i verksamhetssystem', checked: 'Att behörigheter tas bort när anställning upphör.' },
  { title: 'Representation', checked: 'Att representation följer kommunens riktlinjer.' },
  { title: 'Löneutbetalningar', checked: 'Att underlag för lön är korrekta och godkända.' },
  {
    title: 'Dokumenthantering',
    checked: 'Att allmänna handlingar registreras enligt dokumenthanteringsplanen.',
  },
];

interface UnitInfo {
  readonly code: string;
  readonly name: string;
  readonly year: number;
  /** The names of the units directly under it. */
  readonly children: readonly string[];
}

/** Whole thousands of kronor, as budgets are set: a decimal string for the package. */
const thousands = (kronor: number) => String(Math.round(kronor / 1000) * 1000);

class DocumentData {
  readonly lists: DocumentLists = {
    narrativeTexts: [],
    budgetLines: [],
    forecasts: [],
    volumeMeasures: [],
    volumeValues: [],
    investmentProjects: [],
    investmentAmounts: [],
    investmentFrames: [],
    strategicAssignments: [],
    assignmentRecipients: [],
    assignmentStatuses: [],
    controls: [],
    controlResults: [],
    controlActions: [],
  };
  private readonly random = seededRandom(20191231);

  /** Between `low` and `high`. */
  private between(low: number, high: number): number {
    return low + (high - low) * this.random();
  }

  /** A goal's analysis: its one-sentence basis, then four or five paragraphs. */
  analysis(basis: string | null): string {
    return `${basis ? `<p>${basis}</p>` : ''}${paragraphs(this.random, 4 + Math.floor(this.random() * 2))}`;
  }

  /** Budget lines of a unit at the bottom of the tree for every year, and its forecast at August. */
  economy(code: string): void {
    const size = this.between(0.4, 2);
    const revenueShare = this.between(0.08, 0.28);
    YEARS.forEach((year, index) => {
      const costs = UNIT_COSTS_KR * size * (1 + YEARLY_GROWTH) ** index;
      for (const { account, share } of BUDGET_ACCOUNTS) {
        const amount = isRevenue(account) ? -costs * revenueShare * share : costs * share;
        this.lists.budgetLines.push({
          id: benchId(`budget-line:${code}:${year}:${account}`),
          orgUnit: code,
          year,
          account,
          month: null,
          amount: thousands(amount),
          comment: null,
        });
      }
      this.lists.forecasts.push({
        id: benchId(`forecast:${code}:${year}:august`),
        orgUnit: code,
        year,
        round: 'august',
        costs: thousands(costs * this.between(0.96, 1.05)),
        revenues: thousands(costs * revenueShare * this.between(0.95, 1.06)),
        comment: null,
      });
    });
  }

  /** The texts of a board's or administration's annual report, at every year's closing. */
  texts(unit: Omit<UnitInfo, 'year'>): void {
    for (const year of YEARS) {
      const reportingRoundId = roundId(year, 'closing');
      for (const [key, write] of Object.entries(ANNUAL_TEXTS)) {
        this.lists.narrativeTexts.push({
          id: benchId(`narrative:${unit.code}:${reportingRoundId}:${key}`),
          orgUnit: unit.code,
          reportingRoundId,
          key,
          body: write(this.random, { ...unit, year }),
        });
      }
    }
  }

  /** Ten volume measures and the personnel measures, with outcomes, budgets, targets and forecasts. */
  volumes(code: string, ordinal: number): void {
    const size = this.between(0.3, 1.5);
    const volumes = Array.from({ length: 10 }, (_, k) => VOLUMES[(ordinal + k) % VOLUMES.length] as Volume);
    const measures = [
      ...volumes.map((volume) => ({
        kind: 'volume' as const,
        unit: 'antal',
        decimals: 0,
        target: '',
        ...volume,
      })),
      ...PERSONNEL.map((measure) => ({ kind: 'personnel' as const, ...measure })),
    ];
    measures.forEach((measure, sortOrder) => {
      const measureId = benchId(`volume-measure:${code}:${measure.kind}:${measure.name}`);
      this.lists.volumeMeasures.push({
        id: measureId,
        orgUnit: code,
        kind: measure.kind,
        name: measure.name,
        unit: measure.unit,
        decimals: measure.decimals,
        sortOrder,
        validFromYear: YEARS[0],
        source: SOURCE,
      });
      const scaled = measure.unit === '%' ? measure.base : measure.base * size;
      const figure = (factor: number) => (scaled * factor).toFixed(measure.decimals);
      const value = (
        year: number,
        kind: 'outcome' | 'budget' | 'forecast' | 'target',
        period: string,
        total: string,
      ) =>
        this.lists.volumeValues.push({
          id: benchId(`volume-value:${measureId}:${year}:${kind}:${period}`),
          measureId,
          year,
          kind,
          period: period as 'year',
          total,
          source: SOURCE,
        });
      YEARS.forEach((year, index) => {
        const trend = 1 + 0.02 * index;
        value(year, 'budget', 'year', figure(trend));
        value(year, 'outcome', 'closing', figure(trend * this.between(0.92, 1.08)));
        const august = measure.unit === '%' ? 1 : 8 / 12;
        value(year, 'outcome', 'august', figure(trend * august * this.between(0.92, 1.08)));
        if (measure.kind === 'volume') {
          value(year, 'forecast', 'august', figure(trend * this.between(0.95, 1.05)));
        } else if (measure.target !== '') {
          value(year, 'target', 'year', measure.target);
        }
      });
    });
  }

  /** Six to nine projects on the administration and its divisions, with a frame for every year. */
  investments(code: string, divisions: readonly string[]): void {
    const count = 6 + Math.floor(this.random() * 4);
    const budgets = new Map<number, number>();
    for (let k = 0; k < count; k += 1) {
      const owner = k % 3 === 0 ? code : (divisions[k % divisions.length] ?? code);
      const name = PROJECTS[k % PROJECTS.length] ?? 'Investering';
      const projectId = benchId(`investment:${owner}:${k}:${name}`);
      const startYear = YEARS[Math.floor(this.random() * 2)] ?? YEARS[0];
      this.lists.investmentProjects.push({
        id: projectId,
        orgUnit: owner,
        name,
        startYear,
        sortOrder: k,
      });
      const yearly = Math.round(this.between(0.5, 15)) * 1_000_000;
      const amount = (
        year: number,
        kind: 'budget' | 'actual' | 'forecast',
        round: 'budget' | 'august' | 'closing',
        expenditure: number,
        income = 0,
      ) =>
        this.lists.investmentAmounts.push({
          id: benchId(`investment-amount:${projectId}:${year}:${kind}:${round}`),
          projectId,
          year,
          kind,
          round,
          expenditure: thousands(expenditure),
          income: thousands(income),
          source: SOURCE,
        });
      for (const year of YEARS.filter((candidate) => candidate >= startYear)) {
        budgets.set(year, (budgets.get(year) ?? 0) + yearly);
        amount(year, 'budget', 'budget', yearly);
        const spent = yearly * this.between(0.6, 1.1);
        const income = this.random() < 0.2 ? yearly * this.between(0.05, 0.2) : 0;
        amount(year, 'actual', 'august', spent * 0.55, income / 2);
        amount(year, 'forecast', 'august', spent * this.between(0.95, 1.05), income);
        amount(year, 'actual', 'closing', spent, income);
      }
    }
    for (const [year, budget] of budgets) {
      this.lists.investmentFrames.push({
        id: benchId(`investment-frame:${code}:${year}`),
        orgUnit: code,
        year,
        amount: String(Math.ceil((budget * 1.05) / 1_000_000) * 1_000_000),
        decision: `KF ${year - 1}-11-25 § ${100 + (year % 100)}`,
        source: SOURCE,
      });
    }
  }

  /** The common assignments of every year, given to every board and administration. */
  commonAssignments(recipients: readonly string[]): void {
    for (const year of YEARS) {
      COMMON_ASSIGNMENTS.forEach((text, index) => {
        const assignmentId = this.assignment(year, 'common', index, text);
        for (const code of recipients) {
          this.recipient(assignmentId, code, year);
        }
      });
    }
  }

  /** Two assignments of the administration's own every year. */
  ownAssignments(unit: { readonly code: string; readonly name: string }, ordinal: number): void {
    for (const year of YEARS) {
      for (let k = 0; k < 2; k += 1) {
        const task = OWN_ASSIGNMENTS[(ordinal + k) % OWN_ASSIGNMENTS.length] ?? 'Utveckla verksamheten.';
        // Named after the administration: an assignment's year, kind and text are its natural key.
        const text = `${task.slice(0, -1)} inom ${unit.name}.`;
        this.recipient(this.assignment(year, 'administration', k, text), unit.code, year);
      }
    }
  }

  private assignment(year: number, kind: 'common' | 'administration', index: number, text: string): string {
    const id = benchId(`assignment:${year}:${kind}:${text}`);
    this.lists.strategicAssignments.push({
      id,
      year,
      kind,
      number: `${index + 1}`,
      text,
      decision: `KF ${year - 1}-11-25 § ${100 + index}`,
      sortOrder: index,
      source: SOURCE,
    });
    return id;
  }

  private recipient(assignmentId: string, code: string, year: number): void {
    const recipientId = benchId(`recipient:${assignmentId}:${code}`);
    this.lists.assignmentRecipients.push({
      id: recipientId,
      assignmentId,
      orgUnit: code,
      response: paragraphs(this.random, 1).replace(/<\/?p>/g, ''),
      source: SOURCE,
    });
    for (const kind of ['august', 'closing'] as const) {
      const draw = this.random();
      const status = kind === 'closing' && draw < 0.7 ? 'done' : draw < 0.1 ? 'notStarted' : 'inProgress';
      this.lists.assignmentStatuses.push({
        id: benchId(`assignment-status:${recipientId}:${kind}`),
        recipientId,
        reportingRoundId: roundId(year, kind),
        status,
        comment: paragraphs(this.random, 1).replace(/<\/?p>/g, ''),
        source: SOURCE,
      });
    }
  }

  /** The internal control plan of every year and each control's result at August and closing. */
  internalControl(code: string): void {
    for (const year of YEARS) {
      CONTROLS.forEach((control, sortOrder) => {
        const controlId = benchId(`control:${code}:${year}:${control.title}`);
        this.lists.controls.push({
          id: controlId,
          orgUnit: code,
          year,
          title: control.title,
          checked: control.checked,
          method: 'Stickprov',
          sample: '20 poster',
          frequency: 'twiceAYear',
          responsible: 'Controller',
          sortOrder,
          source: SOURCE,
        });
        for (const kind of ['august', 'closing'] as const) {
          const draw = this.random();
          const result = draw < 0.45 ? 'noDeficiencies' : draw < 0.85 ? 'satisfactory' : 'partlySatisfactory';
          const resultId = benchId(`control-result:${controlId}:${kind}`);
          const deviations = result === 'partlySatisfactory' ? 2 + Math.floor(this.random() * 4) : 0;
          this.lists.controlResults.push({
            id: resultId,
            controlId,
            reportingRoundId: roundId(year, kind),
            orgUnit: code,
            result,
            findings: paragraphs(this.random, 1),
            sampleSize: 20,
            deviations,
            source: SOURCE,
          });
          if (result === 'partlySatisfactory') {
            this.lists.controlActions.push({
              id: benchId(`control-action:${resultId}`),
              resultId,
              what: 'Rutinen ses över och berörda medarbetare informeras.',
              owner: 'Avdelningschef',
              deadline: `${kind === 'closing' ? year + 1 : year}-${kind === 'closing' ? '03' : '11'}-30`,
              status: kind === 'closing' ? 'open' : 'done',
              ...(kind === 'closing' ? {} : { closedDate: `${year}-10-15` }),
            });
          }
        }
      });
    }
  }
}

export interface DocumentPackage {
  /** The generated package, its closing assessments written out, with the documents' lists added. */
  readonly pkg: GeneratedPackage & DocumentLists;
  readonly lists: DocumentLists;
  /** How many assessments got a basis of several paragraphs. */
  readonly writtenAssessments: number;
}

const REPORTING_KINDS: readonly string[] = ['executiveBoard', 'board', 'administration'];

/** The package the documents are rendered from: the generated one and what its reports print. */
export function documentPackage(data: GeneratedData): DocumentPackage {
  const { pkg } = data;
  const generator = new DocumentData();
  const reporting = pkg.orgUnits.filter((unit) => REPORTING_KINDS.includes(unit.kind));
  for (const unit of pkg.orgUnits.filter((candidate) => candidate.kind === 'unit')) {
    generator.economy(unit.code);
  }
  generator.commonAssignments(reporting.map((unit) => unit.code));
  reporting.forEach((unit, ordinal) => {
    const children = pkg.orgUnits.filter((child) => child.parent === unit.code);
    generator.texts({ code: unit.code, name: unit.name, children: children.map((child) => child.name) });
    generator.volumes(unit.code, ordinal);
    generator.internalControl(unit.code);
    if (unit.kind === 'administration') {
      generator.investments(
        unit.code,
        children.map((child) => child.code),
      );
      generator.ownAssignments(unit, ordinal);
    }
  });
  // The målredovisning's analysis of each goal (002:193-290): at the closing, the boards' and
  // administrations' bases run to paragraphs, not the one sentence the goal model gives every round.
  const reportingCodes = new Set(reporting.map((unit) => unit.code));
  const reportingGoals = new Set(
    pkg.goals.filter((goal) => reportingCodes.has(goal.orgUnit)).map((goal) => goal.id),
  );
  const closings = new Set(YEARS.map((year) => roundId(year, 'closing')));
  let writtenAssessments = 0;
  const assessments = pkg.assessments.map((assessment) => {
    if (!reportingGoals.has(assessment.goalId) || !closings.has(assessment.reportingRoundId)) {
      return assessment;
    }
    writtenAssessments += 1;
    return { ...assessment, basis: generator.analysis(assessment.basis ?? null) };
  });
  const { lists } = generator;
  return { pkg: { ...pkg, assessments, ...lists }, lists, writtenAssessments };
}
