/**
 * The goals module's part of the data package: goal areas, municipal goals, goals, indicators, targets and
 * outcomes. Records match stored ones by id or by natural key (a goal by unit, start year, parent and name;
 * an indicator by goal, parent and name; a target by indicator, year and part; an outcome by indicator,
 * round and year), so a converter never needs the installation's ids. The rules are the domain's pure
 * functions; the writers are the module's import use cases.
 */

import type { RoundKind } from '#core/period.ts';
import { isInCycle, parentsFirst } from '#core/tree.ts';
import type { Ctx } from '../context.ts';
import { isValidInYear, listOrgUnits, type OrgUnitKind } from '../organisation/index.ts';
import {
  existingUnder,
  type FactLookup,
  type PackageSection,
  type RecordProblem,
  similarName,
  storedAs,
  withoutVersion,
} from '../package-section.ts';
import {
  type GoalAreaPackageRecord,
  type GoalPackageRecord,
  goalAreaPackageRecord,
  goalPackageRecord,
  type IndicatorPackageRecord,
  indicatorPackageRecord,
  type MunicipalGoalPackageRecord,
  municipalGoalPackageRecord,
  type OutcomePackageRecord,
  outcomePackageRecord,
  type TargetPackageRecord,
  targetPackageRecord,
} from './contract.ts';
import { type Goal, listGoalAreas, listGoals, listMunicipalGoals } from './db/goal-repository.ts';
import { listIndicators, listOutcomes, listTargets } from './db/indicator-repository.ts';
import {
  canBeParentIndicator,
  canLinkToMunicipalGoal,
  checkOutcome,
  isYearSpanOrdered,
  type YearSpan,
} from './domain/index.ts';
import { saveImportedGoals } from './goal-service.ts';
import { goalsErrors as errors, outcomeProblemMessage } from './messages.sv.ts';
import {
  goalAreaEntity,
  goalEntity,
  indicatorEntity,
  municipalGoalEntity,
  outcomeEntity,
  targetEntity,
} from './model.ts';

const byKeys =
  <T>(...keys: ((item: T) => string | number)[]) =>
  (items: readonly T[]): T[] =>
    [...items].sort((a, b) => {
      for (const key of keys) {
        const [x, y] = [key(a), key(b)];
        if (x !== y) {
          return x < y ? -1 : 1;
        }
      }
      return 0;
    });

interface UnitFacts {
  readonly kind: OrgUnitKind;
  readonly validFrom: string;
  readonly validTo: string | null;
}
interface MunicipalGoalFacts extends YearSpan {
  readonly name: string;
}
interface GoalFacts extends YearSpan {
  readonly parentGoalId: string | null;
}
interface IndicatorFacts {
  readonly goalId: string;
  readonly parentIndicatorId: string | null;
  readonly isGenderSplit: boolean;
}
interface RoundFacts {
  readonly year: number;
  readonly kind: RoundKind;
}

// Goal areas -------------------------------------------------------------------------------------------

export const goalAreasSection: PackageSection<GoalAreaPackageRecord> = {
  list: 'goalAreas',
  label: goalAreaEntity.label,
  plural: 'målområden',
  record: goalAreaPackageRecord,
  references: [],
  key: (area) => area.id,
  title: (area) => area.name,
  naturalKey: (area) => area.name,
  similarKey: (area) => similarName(area.name),
  order: byKeys(
    (area) => area.sortOrder,
    (area) => area.name,
  ),
  select: async (ctx, scope) =>
    scope.org === undefined ? (await listGoalAreas(ctx.db)).map(withoutVersion) : [],
  ...storedAs(goalAreaEntity),
  findExisting: async (ctx) => (await listGoalAreas(ctx.db)).map(withoutVersion),
  facts: () => true,
  check: () => [],
};

// Municipal goals --------------------------------------------------------------------------------------

export const municipalGoalsSection: PackageSection<MunicipalGoalPackageRecord> = {
  list: 'municipalGoals',
  label: municipalGoalEntity.label,
  plural: 'kommunövergripande mål',
  record: municipalGoalPackageRecord,
  references: [{ field: 'goalAreaId', list: 'goalAreas' }],
  key: (goal) => goal.id,
  title: (goal) => goal.name,
  naturalKey: (goal) => `${goal.goalAreaId}|${goal.validFromYear}|${goal.name}`,
  similarKey: (goal) => `${goal.goalAreaId}|${goal.validFromYear}|${similarName(goal.name)}`,
  order: byKeys(
    (goal) => goal.validFromYear,
    (goal) => goal.sortOrder,
    (goal) => goal.id,
  ),
  select: async (ctx, scope) =>
    scope.org === undefined
      ? (await listMunicipalGoals(ctx.db, { includeRetired: true })).map(withoutVersion)
      : [],
  ...storedAs(municipalGoalEntity),
  findExisting: async (ctx) =>
    (await listMunicipalGoals(ctx.db, { includeRetired: true })).map(withoutVersion),
  facts: (goal): MunicipalGoalFacts => ({
    name: goal.name,
    validFromYear: goal.validFromYear,
    validToYear: goal.validToYear,
  }),
  check(goal) {
    const problems: RecordProblem[] = [];
    if (!isYearSpanOrdered(goal)) {
      problems.push({
        field: 'validToYear',
        message: errors.validity_reversed.text(),
        value: goal.validToYear,
      });
    }
    return problems;
  },
};

// Goals ------------------------------------------------------------------------------------------------

async function unitCodes(ctx: Pick<Ctx, 'db'>): Promise<Map<string, string>> {
  return new Map((await listOrgUnits(ctx.db)).map((unit) => [unit.id, unit.code]));
}

async function asGoalRecords(ctx: Pick<Ctx, 'db'>, goals: readonly Goal[]): Promise<GoalPackageRecord[]> {
  const codes = await unitCodes(ctx);
  return goals.map(({ orgUnitId, version: _version, ...goal }) => ({
    ...goal,
    orgUnit: codes.get(orgUnitId) ?? orgUnitId,
  }));
}

export const goalsSection: PackageSection<GoalPackageRecord> = {
  list: 'goals',
  label: goalEntity.label,
  plural: 'mål',
  record: goalPackageRecord,
  references: [
    { field: 'orgUnit', list: 'orgUnits' },
    { field: 'municipalGoalId', list: 'municipalGoals' },
    { field: 'parentGoalId', list: 'goals' },
  ],
  key: (goal) => goal.id,
  title: (goal) => goal.name,
  naturalKey: (goal) => `${goal.orgUnit}|${goal.validFromYear}|${goal.parentGoalId ?? ''}|${goal.name}`,
  similarKey: (goal) => `${goal.orgUnit}|${goal.validFromYear}|${similarName(goal.name)}`,
  order: (goals) =>
    parentsFirst(
      byKeys<GoalPackageRecord>(
        (goal) => goal.orgUnit,
        (goal) => goal.validFromYear,
        (goal) => goal.sortOrder,
        (goal) => goal.id,
      )(goals),
      (goal) => goal.id,
      (goal) => goal.parentGoalId,
    ),
  async select(ctx, scope, chosen) {
    if (scope.org === undefined) {
      return asGoalRecords(ctx, await listGoals(ctx.db, { includeRetired: true }));
    }
    const codes = chosen.get('orgUnits') ?? new Set<string>();
    const units = (await listOrgUnits(ctx.db)).filter((unit) => codes.has(unit.code));
    const goals = await listGoals(ctx.db, {
      orgUnitIds: units.map((unit) => unit.id),
      year: scope.year,
      includeRetired: true,
    });
    return asGoalRecords(ctx, goals);
  },
  byKeys: async (ctx, ids) => asGoalRecords(ctx, await listGoals(ctx.db, { ids, includeRetired: true })),
  async findExisting(ctx, batch) {
    const units = (await listOrgUnits(ctx.db)).filter((unit) =>
      batch.some((goal) => goal.orgUnit === unit.code),
    );
    const candidates = await listGoals(ctx.db, {
      orgUnitIds: units.map((unit) => unit.id),
      includeRetired: true,
    });
    const byId = await listGoals(ctx.db, { ids: batch.map((goal) => goal.id), includeRetired: true });
    return asGoalRecords(ctx, [...candidates, ...byId]);
  },
  facts: (goal): GoalFacts => ({
    validFromYear: goal.validFromYear,
    validToYear: goal.validToYear,
    parentGoalId: goal.parentGoalId,
  }),
  check(goal, lookup) {
    const problems: RecordProblem[] = [];
    const unit = lookup('orgUnits', goal.orgUnit) as UnitFacts | undefined;
    if (unit && !isValidInYear(unit, goal.validFromYear)) {
      problems.push({
        field: 'validFromYear',
        message: errors.org_unit_not_valid.text(goal.orgUnit, goal.validFromYear),
        value: goal.validFromYear,
      });
    }
    if (goal.municipalGoalId !== null) {
      const municipalGoal = lookup('municipalGoals', goal.municipalGoalId) as MunicipalGoalFacts | undefined;
      if (municipalGoal && !canLinkToMunicipalGoal(goal, municipalGoal)) {
        problems.push({
          field: 'municipalGoalId',
          message: errors.municipal_goal_not_valid.text(municipalGoal.name, goal.validFromYear),
          value: goal.municipalGoalId,
        });
      }
    }
    if (goal.parentGoalId !== null) {
      if (goal.parentGoalId === goal.id) {
        problems.push({
          field: 'parentGoalId',
          message: errors.parent_goal_invalid.text(),
          value: goal.parentGoalId,
        });
      } else if (isInCycle(goal.id, (id) => (lookup('goals', id) as GoalFacts | undefined)?.parentGoalId)) {
        problems.push({
          field: 'parentGoalId',
          message: errors.parent_goal_cycle.text(),
          value: goal.parentGoalId,
        });
      }
    }
    if (!isYearSpanOrdered(goal)) {
      problems.push({
        field: 'validToYear',
        message: errors.validity_reversed.text(),
        value: goal.validToYear,
      });
    }
    return problems;
  },
  write: saveImportedGoals,
};

// Indicators -------------------------------------------------------------------------------------------

export const indicatorsSection: PackageSection<IndicatorPackageRecord> = {
  list: 'indicators',
  label: indicatorEntity.label,
  plural: 'indikatorer',
  record: indicatorPackageRecord,
  references: [
    { field: 'goalId', list: 'goals' },
    { field: 'parentIndicatorId', list: 'indicators' },
  ],
  key: (indicator) => indicator.id,
  title: (indicator) => indicator.name,
  naturalKey: (indicator) => `${indicator.goalId}|${indicator.parentIndicatorId ?? ''}|${indicator.name}`,
  similarKey: (indicator) =>
    `${indicator.goalId}|${indicator.parentIndicatorId ?? ''}|${similarName(indicator.name)}`,
  order: (indicators) =>
    parentsFirst(
      byKeys<IndicatorPackageRecord>(
        (item) => item.goalId,
        (item) => (item.parentIndicatorId ? 1 : 0),
        (item) => item.sortOrder,
        (item) => item.id,
      )(indicators),
      (item) => item.id,
      (item) => item.parentIndicatorId,
    ),
  select: async (ctx, _scope, chosen) =>
    (await listIndicators(ctx.db, [...(chosen.get('goals') ?? [])], true)).map(withoutVersion),
  ...storedAs(indicatorEntity),
  findExisting: existingUnder(
    indicatorEntity,
    (indicator) => indicator.goalId,
    (ctx, goalIds) => listIndicators(ctx.db, goalIds, true),
  ),
  facts: (indicator): IndicatorFacts => ({
    goalId: indicator.goalId,
    parentIndicatorId: indicator.parentIndicatorId,
    isGenderSplit: indicator.isGenderSplit,
  }),
  check(indicator, lookup) {
    const problems: RecordProblem[] = [];
    if (indicator.parentIndicatorId !== null) {
      const parent = lookup('indicators', indicator.parentIndicatorId) as IndicatorFacts | undefined;
      const place = parent && { id: indicator.parentIndicatorId, ...parent };
      if (place && !canBeParentIndicator(indicator, place)) {
        problems.push({
          field: 'parentIndicatorId',
          message: errors.parent_indicator_invalid.text(),
          value: indicator.parentIndicatorId,
        });
      }
    }
    return problems;
  },
};

// Targets and outcomes ---------------------------------------------------------------------------------

function indicatorFacts(lookup: FactLookup, id: string): IndicatorFacts | undefined {
  return lookup('indicators', id) as IndicatorFacts | undefined;
}

function chosenIndicators(chosen: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  return [...(chosen.get('indicators') ?? [])];
}

export const targetsSection: PackageSection<TargetPackageRecord> = {
  list: 'targets',
  label: targetEntity.label,
  plural: 'målvärden',
  record: targetPackageRecord,
  references: [{ field: 'indicatorId', list: 'indicators' }],
  key: (target) => target.id,
  title: (target) => `${target.year} ${target.part}: ${target.notation || '(tomt)'}`,
  naturalKey: (target) => `${target.indicatorId}|${target.year}|${target.part}`,
  order: byKeys(
    (target) => target.indicatorId,
    (target) => target.year,
    (target) => target.part,
  ),
  select: async (ctx, _scope, chosen) =>
    (await listTargets(ctx.db, chosenIndicators(chosen))).map(withoutVersion),
  ...storedAs(targetEntity),
  findExisting: existingUnder(
    targetEntity,
    (target) => target.indicatorId,
    (ctx, indicatorIds) => listTargets(ctx.db, indicatorIds),
  ),
  facts: () => null,
  check(target, lookup) {
    const indicator = indicatorFacts(lookup, target.indicatorId);
    if (indicator && target.part !== 'total' && !indicator.isGenderSplit) {
      return [{ field: 'part', message: errors.not_gender_split.text(), value: target.part }];
    }
    return [];
  },
};

export const outcomesSection: PackageSection<OutcomePackageRecord> = {
  list: 'outcomes',
  label: outcomeEntity.label,
  plural: 'utfall',
  record: outcomePackageRecord,
  references: [
    { field: 'indicatorId', list: 'indicators' },
    { field: 'reportingRoundId', list: 'reportingRounds' },
  ],
  key: (outcome) => outcome.id,
  title: (outcome) => `utfall ${outcome.year}`,
  naturalKey: (outcome) => `${outcome.indicatorId}|${outcome.reportingRoundId}|${outcome.year}`,
  order: byKeys(
    (outcome) => outcome.indicatorId,
    (outcome) => outcome.reportingRoundId,
    (outcome) => outcome.year,
  ),
  select: async (ctx, _scope, chosen) =>
    (await listOutcomes(ctx.db, chosenIndicators(chosen))).map(withoutVersion),
  ...storedAs(outcomeEntity),
  findExisting: existingUnder(
    outcomeEntity,
    (outcome) => outcome.indicatorId,
    (ctx, indicatorIds) => listOutcomes(ctx.db, indicatorIds),
  ),
  facts: () => null,
  check(outcome, lookup) {
    const problems: RecordProblem[] = [];
    const indicator = indicatorFacts(lookup, outcome.indicatorId);
    const round = lookup('reportingRounds', outcome.reportingRoundId) as RoundFacts | undefined;
    if (indicator && round) {
      for (const problem of checkOutcome(outcome, round, indicator)) {
        problems.push({
          field: problem.path,
          message: outcomeProblemMessage(problem),
          value: (outcome as Record<string, unknown>)[problem.path],
        });
      }
    }
    return problems;
  },
};
