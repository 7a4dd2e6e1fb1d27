/**
 * A synthetic data package the size of a large Swedish municipality: about 15 boards, 40 administrations,
 * 300 divisions and 2 000 units; 5 goal areas and 13 municipal goals; about 6 goals per board and
 * administration and 3 per division, 4 indicators per goal (some sub-indicators and gender-split ones),
 * targets for two years, outcomes in every round of three years and assessments of every goal in every
 * follow-up round. Everything is deterministic: the same scale gives the same package, ids included.
 */
import { benchId, seededRandom } from './ids.ts';
import {
  ASSESSMENT_BASES,
  ASSESSMENT_RESULTS,
  BOARDS,
  type BoardName,
  DISTRICTS,
  DIVISION_TOPICS,
  GOAL_AREAS,
  GOAL_NAMES,
  INDICATORS,
  type IndicatorTemplate,
  MUNICIPAL_GOALS,
  MUNICIPALITY,
  PLACES,
  UNIT_KINDS,
} from './names.ts';
import {
  type DataPackageInput,
  defaultDeadline,
  defaultRoundName,
  type IndicatorPart,
  type OrgUnitKind,
  ROUND_KINDS,
  type RoundKind,
  type Verdict,
} from './verksam.ts';

type Records<K extends ListName> = NonNullable<DataPackageInput[K]>[number];
type OrgUnitRecord = Records<'orgUnits'>;
type RoundRecord = Records<'reportingRounds'>;
type GoalAreaRecord = Records<'goalAreas'>;
type MunicipalGoalRecord = Records<'municipalGoals'>;
type GoalRecord = Records<'goals'>;
type IndicatorRecord = Records<'indicators'>;
type TargetRecord = Records<'targets'>;
type OutcomeRecord = Records<'outcomes'>;
type AssessmentRecord = Records<'assessments'>;

/** A data package with every list present. */
export interface GeneratedPackage extends DataPackageInput {
  readonly orgUnits: OrgUnitRecord[];
  readonly reportingRounds: RoundRecord[];
  readonly goalAreas: GoalAreaRecord[];
  readonly municipalGoals: MunicipalGoalRecord[];
  readonly goals: GoalRecord[];
  readonly indicators: IndicatorRecord[];
  readonly targets: TargetRecord[];
  readonly outcomes: OutcomeRecord[];
  readonly assessments: AssessmentRecord[];
}

export const LIST_NAMES = [
  'orgUnits',
  'reportingRounds',
  'goalAreas',
  'municipalGoals',
  'goals',
  'indicators',
  'targets',
  'outcomes',
  'assessments',
] as const;
export type ListName = (typeof LIST_NAMES)[number];

/** What the benchmark asks the API about. */
export interface Samples {
  readonly board: string;
  readonly administration: string;
  readonly division: string;
  readonly unit: string;
  readonly year: number;
  /** A follow-up round of `year` (august) with outcomes and assessments. */
  readonly followUpRoundId: string;
  /** New outcomes are posted in this round for this year, which the package has no outcomes for. */
  readonly postRoundId: string;
  readonly postYear: number;
  /** Indicators spread over the whole package, each free to receive one new outcome. */
  readonly postIndicatorIds: readonly string[];
}

export interface GeneratedData {
  readonly pkg: GeneratedPackage;
  readonly samples: Samples;
}

export const YEARS = [2022, 2023, 2024] as const;
const TARGET_YEARS = [2023, 2024] as const;
const VALID_FROM = '2019-01-01';
const FOLLOW_UP_KINDS: readonly RoundKind[] = ['april', 'august', 'october', 'closing'];
const VERDICTS: readonly Verdict[] = ['met', 'partlyMet', 'notMet', 'notAssessed'];
const SOURCE = 'Syntetiska testdata';

/** The organisation's size at scale 1, roughly Stockholm's. */
const FULL_SIZE = { boards: 15, administrations: 40, divisions: 300, units: 2000 };

export function countRecords(pkg: GeneratedPackage): Record<ListName, number> {
  return Object.fromEntries(LIST_NAMES.map((list) => [list, pkg[list].length])) as Record<ListName, number>;
}

export function roundId(year: number, kind: RoundKind): string {
  return benchId(`round:${year}:${kind}`);
}

interface Node {
  readonly code: string;
  readonly name: string;
  readonly children: string[];
}

interface OutcomeSpec {
  readonly year: number;
  readonly fromMonth: number;
  readonly toMonth: number;
  readonly isForecast: boolean;
  readonly referenceYear: number | null;
}

/** Which year and months an indicator reports in a round, or null when it does not report then. */
function outcomeSpec(template: IndicatorTemplate, year: number, kind: RoundKind): OutcomeSpec | null {
  const whole = { fromMonth: 1, toMonth: 12, isForecast: false, referenceYear: null };
  switch (kind) {
    case 'budget':
      // The budget is written in the autumn before: last year's figure for annual measures, else jan–jul.
      return template.annual ? { ...whole, year: year - 2 } : { ...whole, year: year - 1, toMonth: 7 };
    case 'april':
    case 'august':
    case 'october': {
      if (template.annual) {
        return null;
      }
      const toMonth = kind === 'april' ? 4 : kind === 'august' ? 8 : 10;
      return { ...whole, year, toMonth, isForecast: kind === 'october' };
    }
    case 'closing':
      return { ...whole, year, referenceYear: template.lagging ? year - 1 : null };
  }
}

class Generator {
  readonly pkg: GeneratedPackage = {
    format: 'verksam-data-package',
    formatVersion: 1,
    scope: null,
    orgUnits: [],
    reportingRounds: [],
    goalAreas: [],
    municipalGoals: [],
    goals: [],
    indicators: [],
    targets: [],
    outcomes: [],
    assessments: [],
  };
  private readonly random = seededRandom(20240831);
  private readonly nodes = new Map<string, Node>();
  private ownerIndex = 0;

  private pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.random() * items.length)];
    if (item === undefined) {
      throw new Error('pick from an empty list');
    }
    return item;
  }

  private orgUnit(code: string, name: string, kind: OrgUnitKind, parent: string | null): Node {
    const siblings = parent === null ? [] : (this.nodes.get(parent)?.children ?? []);
    this.pkg.orgUnits.push({
      id: benchId(`org-unit:${code}`),
      code,
      name,
      kind,
      parent,
      validFrom: VALID_FROM,
      validTo: null,
      sortOrder: siblings.length,
    });
    siblings.push(code);
    const node: Node = { code, name, children: [] };
    this.nodes.set(code, node);
    return node;
  }

  organisation(scale: number): { boards: Node[]; administrations: Node[]; divisions: Node[] } {
    const count = (full: number, atLeast: number) => Math.max(atLeast, Math.round(full * scale));
    const boardCount = count(FULL_SIZE.boards, 1);
    const administrationCount = count(FULL_SIZE.administrations, boardCount);
    const divisionCount = count(FULL_SIZE.divisions, administrationCount);
    const unitCount = count(FULL_SIZE.units, divisionCount);
    const cycled = (index: number, length: number) => {
      const round = Math.floor(index / length);
      return round === 0 ? '' : String(round + 1);
    };

    this.orgUnit(MUNICIPALITY.code, MUNICIPALITY.name, 'municipality', null);
    const boards: Node[] = [];
    const ownAdministration = new Map<string, string>();
    for (let index = 0; index < boardCount; index += 1) {
      const base = BOARDS[index % BOARDS.length] as BoardName;
      const suffix = cycled(index, BOARDS.length);
      const kind = base.code === 'KS' && suffix === '' ? 'executiveBoard' : 'board';
      const code = `${base.code}${suffix}`;
      boards.push(this.orgUnit(code, `${base.name}${suffix && ` ${suffix}`}`, kind, MUNICIPALITY.code));
      ownAdministration.set(code, `${base.administration}${suffix && ` ${suffix}`}`);
    }
    const administrations: Node[] = [];
    let district = 0;
    for (let index = 0; index < administrationCount; index += 1) {
      const board = boards[index % boardCount] as Node;
      const number = board.children.length + 1;
      let name = ownAdministration.get(board.code) ?? board.name;
      if (number > 1) {
        const suffix = cycled(district, DISTRICTS.length);
        name = `${DISTRICTS[district % DISTRICTS.length]} stadsdelsförvaltning${suffix && ` ${suffix}`}`;
        district += 1;
      }
      administrations.push(this.orgUnit(`${board.code}-F${number}`, name, 'administration', board.code));
    }
    const divisions: Node[] = [];
    for (let index = 0; index < divisionCount; index += 1) {
      const administration = administrations[index % administrationCount] as Node;
      const code = `${administration.code}-A${administration.children.length + 1}`;
      const name = `Avdelningen för ${DIVISION_TOPICS[index % DIVISION_TOPICS.length]}`;
      divisions.push(this.orgUnit(code, name, 'division', administration.code));
    }
    for (let index = 0; index < unitCount; index += 1) {
      const division = divisions[index % divisionCount] as Node;
      const code = `${division.code}-E${division.children.length + 1}`;
      const place = PLACES[Math.floor(index / UNIT_KINDS.length) % PLACES.length];
      const name = `${UNIT_KINDS[index % UNIT_KINDS.length]} ${place}`;
      this.orgUnit(code, name, 'unit', division.code);
    }
    return { boards, administrations, divisions };
  }

  rounds(): void {
    for (const year of YEARS) {
      for (const kind of ROUND_KINDS) {
        this.pkg.reportingRounds.push({
          id: roundId(year, kind),
          year,
          kind,
          name: defaultRoundName(kind, year),
          deadline: defaultDeadline(kind, year),
        });
      }
    }
  }

  goalModel(): void {
    GOAL_AREAS.forEach((area, index) => {
      this.pkg.goalAreas.push({
        id: benchId(`goal-area:${area.name}`),
        name: area.name,
        description: area.description,
        sortOrder: index,
      });
    });
    MUNICIPAL_GOALS.forEach((goal, index) => {
      const area = GOAL_AREAS[goal.area];
      this.pkg.municipalGoals.push({
        id: benchId(`municipal-goal:${goal.name}`),
        goalAreaId: benchId(`goal-area:${area?.name}`),
        name: goal.name,
        description: null,
        validFromYear: YEARS[0],
        validToYear: null,
        sortOrder: index,
        source: 'Budget 2022',
      });
    });
  }

  /** The goals of one unit, each linked to a municipal goal and to one of the parent unit's goals. */
  goals(owner: Node, count: number, parentGoalIds: readonly string[]): string[] {
    const ids: string[] = [];
    const ownerIndex = this.ownerIndex;
    this.ownerIndex += 1;
    for (let k = 0; k < count; k += 1) {
      const id = benchId(`goal:${owner.code}:${k}`);
      const municipal = MUNICIPAL_GOALS[(ownerIndex + k) % MUNICIPAL_GOALS.length];
      this.pkg.goals.push({
        id,
        orgUnit: owner.code,
        municipalGoalId: benchId(`municipal-goal:${municipal?.name}`),
        parentGoalId: parentGoalIds.length === 0 ? null : (parentGoalIds[k % parentGoalIds.length] ?? null),
        name: GOAL_NAMES[(ownerIndex * 5 + k) % GOAL_NAMES.length] ?? 'Mål',
        description: k % 2 === 0 ? `${owner.name} följer upp målet i delårsrapporter och bokslut.` : null,
        validFromYear: YEARS[0],
        validToYear: null,
        sortOrder: k,
        source: SOURCE,
      });
      this.indicators(id, this.pkg.goals.length - 1);
      this.assessments(id);
      ids.push(id);
    }
    return ids;
  }

  /** About four indicators per goal: three or four top-level ones, usually with one sub-indicator. */
  private indicators(goalId: string, goalIndex: number): void {
    const tops = goalIndex % 4 === 0 ? 4 : 3;
    let firstTop: string | null = null;
    let firstTemplate: IndicatorTemplate | null = null;
    for (let t = 0; t < tops; t += 1) {
      const template = INDICATORS[(goalIndex * 3 + t) % INDICATORS.length] as IndicatorTemplate;
      const id = this.indicator(goalId, null, template, template.name, template.genderSplit, t);
      firstTop ??= id;
      firstTemplate ??= template;
    }
    if (goalIndex % 4 !== 1 && firstTop !== null && firstTemplate !== null) {
      this.indicator(goalId, firstTop, firstTemplate, firstTemplate.sub, false, 0);
    }
  }

  private indicator(
    goalId: string,
    parentId: string | null,
    template: IndicatorTemplate,
    name: string,
    genderSplit: boolean,
    sortOrder: number,
  ): string {
    const id = benchId(`indicator:${goalId}:${parentId ?? ''}:${name}`);
    this.pkg.indicators.push({
      id,
      goalId,
      parentIndicatorId: parentId,
      name,
      unit: template.unit,
      decimals: template.decimals,
      desiredDirection: template.direction,
      isObligatory: template.obligatory && parentId === null,
      isGenderSplit: genderSplit,
      definition: null,
      dataSource: 'manual',
      sortOrder,
      source: SOURCE,
    });
    const parts: IndicatorPart[] = genderSplit ? ['total', 'women', 'men'] : ['total'];
    TARGET_YEARS.forEach((year, index) => {
      const notation = template.targets[index === 0 ? 0 : 1];
      for (const part of parts) {
        this.pkg.targets.push({
          id: benchId(`target:${id}:${year}:${part}`),
          indicatorId: id,
          year,
          part,
          notation,
          note: null,
          source: SOURCE,
        });
      }
    });
    for (const year of YEARS) {
      for (const kind of ROUND_KINDS) {
        const spec = outcomeSpec(template, year, kind);
        if (spec !== null) {
          this.outcome(id, roundId(year, kind), spec, template, genderSplit);
        }
      }
    }
    return id;
  }

  private value(template: IndicatorTemplate): string {
    const text = (template.base + (this.random() * 2 - 1) * template.spread).toFixed(template.decimals);
    return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
  }

  private outcome(
    indicatorId: string,
    reportingRoundId: string,
    spec: OutcomeSpec,
    template: IndicatorTemplate,
    genderSplit: boolean,
  ): void {
    const noData = this.random() < 0.03;
    const parts: IndicatorPart[] = genderSplit ? ['total', 'women', 'men'] : ['total'];
    const part = (name: IndicatorPart) => (noData || !parts.includes(name) ? null : this.value(template));
    this.pkg.outcomes.push({
      id: benchId(`outcome:${indicatorId}:${reportingRoundId}:${spec.year}`),
      indicatorId,
      reportingRoundId,
      ...spec,
      total: part('total'),
      women: part('women'),
      men: part('men'),
      noData: noData ? parts : [],
      noDataReason: noData ? 'Uppgift saknas från källsystemet.' : null,
      note: this.random() < 0.05 ? 'Preliminär uppgift.' : null,
      source: SOURCE,
    });
  }

  private assessments(goalId: string): void {
    for (const year of YEARS) {
      for (const kind of FOLLOW_UP_KINDS) {
        const draw = this.random();
        const verdict = VERDICTS[draw < 0.45 ? 0 : draw < 0.75 ? 1 : draw < 0.9 ? 2 : 3] as Verdict;
        const reportingRoundId = roundId(year, kind);
        const resultCount = Math.floor(this.random() * 3);
        this.pkg.assessments.push({
          id: benchId(`assessment:${goalId}:${reportingRoundId}`),
          goalId,
          reportingRoundId,
          verdict,
          basis: this.pick(ASSESSMENT_BASES),
          results: Array.from({ length: resultCount }, () => this.pick(ASSESSMENT_RESULTS)),
          source: SOURCE,
        });
      }
    }
  }

  firstChild(node: Node): Node {
    const code = node.children[0];
    const child = code === undefined ? undefined : this.nodes.get(code);
    if (child === undefined) {
      throw new Error(`${node.code} has no children`);
    }
    return child;
  }
}

/** Spreads `count` picks evenly over the list. */
function spread<T>(items: readonly T[], count: number): T[] {
  const step = Math.max(1, Math.floor(items.length / count));
  return items.filter((_, index) => index % step === 0).slice(0, count);
}

export function generatePackage(scale: number): GeneratedData {
  const generator = new Generator();
  const { boards, administrations, divisions } = generator.organisation(scale);
  generator.rounds();
  generator.goalModel();
  const goalsOf = new Map<string, string[]>();
  boards.forEach((board, index) => {
    goalsOf.set(board.code, generator.goals(board, 5 + (index % 3), []));
  });
  const parentOf = new Map(generator.pkg.orgUnits.map((unit) => [unit.code, unit.parent]));
  const parentGoals = (node: Node) => goalsOf.get(parentOf.get(node.code) ?? '') ?? [];
  administrations.forEach((administration, index) => {
    goalsOf.set(
      administration.code,
      generator.goals(administration, 5 + (index % 3), parentGoals(administration)),
    );
  });
  divisions.forEach((division, index) => {
    goalsOf.set(division.code, generator.goals(division, 2 + (index % 3), parentGoals(division)));
  });

  const board = boards[1] ?? boards[0];
  if (board === undefined) {
    throw new Error('no boards generated');
  }
  const administration = generator.firstChild(board);
  const division = generator.firstChild(administration);
  const unit = generator.firstChild(division);
  const year = YEARS[YEARS.length - 1] ?? 2024;
  return {
    pkg: generator.pkg,
    samples: {
      board: board.code,
      administration: administration.code,
      division: division.code,
      unit: unit.code,
      year,
      followUpRoundId: roundId(year, 'august'),
      postRoundId: roundId(year, 'closing'),
      postYear: year - 1,
      postIndicatorIds: spread(
        generator.pkg.indicators.map((indicator) => indicator.id),
        200,
      ),
    },
  };
}
