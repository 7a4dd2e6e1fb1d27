/**
 * Checks a parsed data package against itself and against what the database already holds, listing every
 * problem with its JSON path. Pure: the caller loads what the package refers to.
 *
 * Records are identified by id, except where a natural key says two records are the same thing: an
 * organisation unit by its code, a round by year and kind, a goal area by name, a target by indicator,
 * year and part, an outcome by indicator, round and year, an assessment by goal and round. A record that
 * matches an existing one by its natural key takes over that record's id, so importing a package into an
 * installation that already has it updates rather than duplicates.
 */
import type { FieldProblem } from '#core/errors.ts';
import {
  canBeParentIndicator,
  canLinkToMunicipalGoal,
  checkOutcome,
  isYearSpanOrdered,
  type YearSpan,
} from '../goals/domain/index.ts';
import { outcomeProblemMessage } from '../goals/index.ts';
import {
  canContain,
  isValidInYear,
  isValidityOrdered,
  liesWithin,
  ORG_UNIT_KIND_LABELS,
} from '../organisation/domain/index.ts';
import type { OrgUnitKind } from '../organisation/index.ts';
import type { DataPackage } from './contract.ts';
import { ENTITY_NAMES, packageMessages as m } from './messages.sv.ts';

export interface KnownOrgUnit {
  readonly id: string;
  readonly code: string;
  readonly kind: OrgUnitKind;
  readonly validFrom: string;
  readonly validTo: string | null;
}

/** What the database holds that a package may refer to or match. */
export interface KnownRecords {
  readonly orgUnits: readonly KnownOrgUnit[];
  readonly rounds: readonly {
    id: string;
    year: number;
    kind: DataPackage['reportingRounds'][number]['kind'];
  }[];
  readonly goalAreas: readonly { id: string; name: string }[];
  readonly municipalGoals: ReadonlyMap<string, YearSpan>;
  readonly goalIds: ReadonlySet<string>;
  readonly indicators: ReadonlyMap<
    string,
    { goalId: string; parentIndicatorId: string | null; isGenderSplit: boolean }
  >;
  /** Natural keys of targets ("indicator|year|part"), outcomes ("indicator|round|year"), assessments ("goal|round"). */
  readonly targetKeys: ReadonlyMap<string, string>;
  readonly outcomeKeys: ReadonlyMap<string, string>;
  readonly assessmentKeys: ReadonlyMap<string, string>;
}

const kindLabel = (kind: OrgUnitKind) => ORG_UNIT_KIND_LABELS[kind].toLowerCase();

/** Gives records that match existing ones by natural key the existing ids, and follows the references. */
export function adoptExistingIds(pkg: DataPackage, known: KnownRecords): DataPackage {
  const codeIds = new Map(known.orgUnits.map((unit) => [unit.code, unit.id]));
  const roundIds = new Map(known.rounds.map((round) => [`${round.year}|${round.kind}`, round.id]));
  const areaIds = new Map(known.goalAreas.map((area) => [area.name, area.id]));
  const roundMap = new Map<string, string>();
  const reportingRounds = pkg.reportingRounds.map((round) => {
    const id = roundIds.get(`${round.year}|${round.kind}`) ?? round.id;
    roundMap.set(round.id, id);
    return { ...round, id };
  });
  const areaMap = new Map<string, string>();
  const goalAreas = pkg.goalAreas.map((area) => {
    const id = areaIds.get(area.name) ?? area.id;
    areaMap.set(area.id, id);
    return { ...area, id };
  });
  const round = (id: string) => roundMap.get(id) ?? id;
  const outcomes = pkg.outcomes.map((outcome) => {
    const reportingRoundId = round(outcome.reportingRoundId);
    const key = `${outcome.indicatorId}|${reportingRoundId}|${outcome.year}`;
    return { ...outcome, reportingRoundId, id: known.outcomeKeys.get(key) ?? outcome.id };
  });
  const assessments = pkg.assessments.map((assessment) => {
    const reportingRoundId = round(assessment.reportingRoundId);
    const key = `${assessment.goalId}|${reportingRoundId}`;
    return { ...assessment, reportingRoundId, id: known.assessmentKeys.get(key) ?? assessment.id };
  });
  return {
    ...pkg,
    orgUnits: pkg.orgUnits.map((unit) => ({ ...unit, id: codeIds.get(unit.code.toUpperCase()) ?? unit.id })),
    reportingRounds,
    goalAreas,
    municipalGoals: pkg.municipalGoals.map((goal) => ({
      ...goal,
      goalAreaId: areaMap.get(goal.goalAreaId) ?? goal.goalAreaId,
    })),
    targets: pkg.targets.map((target) => ({
      ...target,
      id: known.targetKeys.get(`${target.indicatorId}|${target.year}|${target.part}`) ?? target.id,
    })),
    outcomes,
    assessments,
  };
}

class Problems {
  readonly list: FieldProblem[] = [];

  add(path: string, message: string) {
    this.list.push({ path: `$.${path}`, message });
  }

  /** Reports each repeated key after its first use. */
  unique<T>(
    items: readonly T[],
    list: string,
    field: string,
    key: (item: T) => string,
    message: (item: T) => string,
  ) {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const value = key(item);
      if (seen.has(value)) {
        this.add(`${list}[${index}].${field}`, message(item));
      }
      seen.add(value);
    });
  }
}

function checkOrgUnits(pkg: DataPackage, known: KnownRecords, problems: Problems) {
  const inPackage = new Map(pkg.orgUnits.map((unit) => [unit.code.toUpperCase(), unit]));
  const inDatabase = new Map(known.orgUnits.map((unit) => [unit.code, unit]));
  problems.unique(
    pkg.orgUnits,
    'orgUnits',
    'code',
    (unit) => unit.code.toUpperCase(),
    (unit) => m.duplicateCode(unit.code),
  );
  pkg.orgUnits.forEach((unit, index) => {
    const at = `orgUnits[${index}]`;
    const existing = inDatabase.get(unit.code.toUpperCase());
    if (existing && existing.id !== unit.id) {
      problems.add(`${at}.code`, m.codeHasOtherId(unit.code));
    }
    if (!isValidityOrdered(unit)) {
      problems.add(`${at}.validTo`, m.validityReversed());
    }
    if (unit.parent === null) {
      if (unit.kind !== 'municipality') {
        problems.add(`${at}.parent`, m.rootMustBeMunicipality());
      }
      return;
    }
    const parent = inPackage.get(unit.parent.toUpperCase()) ?? inDatabase.get(unit.parent.toUpperCase());
    if (!parent) {
      problems.add(`${at}.parent`, m.parentMissing(unit.parent));
      return;
    }
    if (!canContain(parent.kind, unit.kind)) {
      problems.add(`${at}.kind`, m.kindNotAllowed(kindLabel(parent.kind), kindLabel(unit.kind)));
    }
    if (!liesWithin(unit, parent)) {
      problems.add(`${at}.validFrom`, m.outsideParent(unit.parent));
    }
  });
}

export function checkPackage(pkg: DataPackage, known: KnownRecords): FieldProblem[] {
  const problems = new Problems();
  for (const list of Object.keys(ENTITY_NAMES) as (keyof typeof ENTITY_NAMES)[]) {
    const records: readonly { id: string }[] = pkg[list];
    problems.unique(
      records,
      list,
      'id',
      (item) => item.id,
      (item) => m.duplicateId(ENTITY_NAMES[list], item.id),
    );
  }
  checkOrgUnits(pkg, known, problems);
  problems.unique(
    pkg.reportingRounds,
    'reportingRounds',
    'kind',
    (round) => `${round.year}|${round.kind}`,
    (round) => m.roundKeyTaken(round.year, round.kind),
  );
  problems.unique(
    pkg.goalAreas,
    'goalAreas',
    'name',
    (area) => area.name,
    (area) => m.goalAreaNameTaken(area.name),
  );

  const areaIds = new Set([
    ...pkg.goalAreas.map((area) => area.id),
    ...known.goalAreas.map((area) => area.id),
  ]);
  const municipalGoals = new Map<string, YearSpan>(known.municipalGoals);
  for (const goal of pkg.municipalGoals) {
    municipalGoals.set(goal.id, goal);
  }
  const units = new Map<string, { validFrom: string; validTo: string | null }>(
    [...known.orgUnits, ...pkg.orgUnits].map((unit) => [unit.code.toUpperCase(), unit]),
  );
  const goalIds = new Set([...pkg.goals.map((goal) => goal.id), ...known.goalIds]);
  const rounds = new Map([...known.rounds, ...pkg.reportingRounds].map((round) => [round.id, round]));
  const indicators = new Map(known.indicators);
  for (const indicator of pkg.indicators) {
    indicators.set(indicator.id, indicator);
  }

  pkg.municipalGoals.forEach((goal, index) => {
    if (!areaIds.has(goal.goalAreaId)) {
      problems.add(
        `municipalGoals[${index}].goalAreaId`,
        m.referenceMissing(ENTITY_NAMES.goalAreas, goal.goalAreaId),
      );
    }
    if (!isYearSpanOrdered(goal)) {
      problems.add(`municipalGoals[${index}].validToYear`, m.yearsReversed());
    }
  });
  pkg.goals.forEach((goal, index) => {
    const at = `goals[${index}]`;
    const unit = units.get(goal.orgUnit.toUpperCase());
    if (!unit) {
      problems.add(`${at}.orgUnit`, m.orgUnitMissing(goal.orgUnit));
    } else if (!isValidInYear(unit, goal.validFromYear)) {
      problems.add(`${at}.validFromYear`, m.orgUnitNotInYear(goal.orgUnit, goal.validFromYear));
    }
    const municipalGoal = goal.municipalGoalId === null ? null : municipalGoals.get(goal.municipalGoalId);
    if (municipalGoal === undefined) {
      problems.add(
        `${at}.municipalGoalId`,
        m.referenceMissing(ENTITY_NAMES.municipalGoals, goal.municipalGoalId ?? ''),
      );
    } else if (municipalGoal !== null && !canLinkToMunicipalGoal(goal, municipalGoal)) {
      problems.add(`${at}.municipalGoalId`, m.municipalGoalNotInForce(goal.validFromYear));
    }
    if (goal.parentGoalId !== null && (!goalIds.has(goal.parentGoalId) || goal.parentGoalId === goal.id)) {
      problems.add(`${at}.parentGoalId`, m.referenceMissing(ENTITY_NAMES.goals, goal.parentGoalId));
    }
    if (!isYearSpanOrdered(goal)) {
      problems.add(`${at}.validToYear`, m.yearsReversed());
    }
  });
  pkg.indicators.forEach((indicator, index) => {
    const at = `indicators[${index}]`;
    if (!goalIds.has(indicator.goalId)) {
      problems.add(`${at}.goalId`, m.referenceMissing(ENTITY_NAMES.goals, indicator.goalId));
    }
    if (indicator.parentIndicatorId !== null) {
      const parent = indicators.get(indicator.parentIndicatorId);
      const place = parent && { id: indicator.parentIndicatorId, ...parent };
      if (!canBeParentIndicator(indicator, place)) {
        problems.add(`${at}.parentIndicatorId`, m.parentIndicatorInvalid());
      }
    }
  });
  problems.unique(
    pkg.targets,
    'targets',
    'year',
    (t) => `${t.indicatorId}|${t.year}|${t.part}`,
    (t) => m.duplicateKey(`ett målvärde för samma indikator, år ${t.year} och del`),
  );
  pkg.targets.forEach((target, index) => {
    const indicator = indicators.get(target.indicatorId);
    if (!indicator) {
      problems.add(
        `targets[${index}].indicatorId`,
        m.referenceMissing(ENTITY_NAMES.indicators, target.indicatorId),
      );
    } else if (target.part !== 'total' && !indicator.isGenderSplit) {
      problems.add(`targets[${index}].part`, m.genderPart());
    }
  });
  problems.unique(
    pkg.outcomes,
    'outcomes',
    'year',
    (o) => `${o.indicatorId}|${o.reportingRoundId}|${o.year}`,
    (o) => m.duplicateKey(`ett utfall för samma indikator, uppföljningstillfälle och år ${o.year}`),
  );
  pkg.outcomes.forEach((outcome, index) => {
    const at = `outcomes[${index}]`;
    const indicator = indicators.get(outcome.indicatorId);
    const round = rounds.get(outcome.reportingRoundId);
    if (!indicator) {
      problems.add(`${at}.indicatorId`, m.referenceMissing(ENTITY_NAMES.indicators, outcome.indicatorId));
    }
    if (!round) {
      problems.add(
        `${at}.reportingRoundId`,
        m.referenceMissing(ENTITY_NAMES.reportingRounds, outcome.reportingRoundId),
      );
    }
    if (indicator && round) {
      for (const problem of checkOutcome(outcome, round, indicator)) {
        problems.add(`${at}.${problem.path}`, outcomeProblemMessage(problem));
      }
    }
  });
  problems.unique(
    pkg.assessments,
    'assessments',
    'reportingRoundId',
    (a) => `${a.goalId}|${a.reportingRoundId}`,
    () => m.duplicateKey('en bedömning för samma mål och uppföljningstillfälle'),
  );
  pkg.assessments.forEach((assessment, index) => {
    const at = `assessments[${index}]`;
    const round = rounds.get(assessment.reportingRoundId);
    if (!goalIds.has(assessment.goalId)) {
      problems.add(`${at}.goalId`, m.referenceMissing(ENTITY_NAMES.goals, assessment.goalId));
    }
    if (!round) {
      problems.add(
        `${at}.reportingRoundId`,
        m.referenceMissing(ENTITY_NAMES.reportingRounds, assessment.reportingRoundId),
      );
    } else if (round.kind === 'budget') {
      problems.add(`${at}.reportingRoundId`, m.budgetRoundAssessment());
    }
  });
  return problems.list;
}
