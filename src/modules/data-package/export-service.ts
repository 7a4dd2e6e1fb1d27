/**
 * Export: everything recorded for an organisation unit and year (or for the whole installation) as one data
 * package. The unit's subtree as it was that year, its ancestors (so the package can be imported into an
 * empty installation), the goals valid that year with everything recorded on them, and the goal areas,
 * municipal goals and rounds they refer to. Lists are in a stable order, so exporting twice gives the same
 * document.
 */
import type { Kysely } from 'kysely';
import { listAssessments } from '../assessments/index.ts';
import type { Database } from '../database.ts';
import {
  type GoalDto,
  type IndicatorDto,
  listGoalAreas,
  listGoals,
  listIndicators,
  listMunicipalGoals,
  listOutcomes,
  listTargets,
} from '../goals/index.ts';
import { getOrgUnit, isValidInYear, listOrgUnits, type OrgUnitDto } from '../organisation/index.ts';
import { listRounds } from '../planning/index.ts';
import { type DataPackage, PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION } from './contract.ts';
import { exportErrors } from './messages.sv.ts';
import {
  assessmentRecord,
  goalAreaRecord,
  goalRecord,
  indicatorRecord,
  municipalGoalRecord,
  orgUnitRecord,
  outcomeRecord,
  roundRecord,
  targetRecord,
} from './records.ts';

export interface ExportScope {
  readonly org?: string;
  readonly year?: number;
}

function descendants(units: readonly OrgUnitDto[], rootId: string, year: number | undefined): OrgUnitDto[] {
  const children = new Map<string, OrgUnitDto[]>();
  for (const unit of units) {
    if (unit.parentId !== null) {
      children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit]);
    }
  }
  const found: OrgUnitDto[] = [];
  const visit = (id: string) => {
    for (const child of children.get(id) ?? []) {
      if (year === undefined || isValidInYear(child, year)) {
        found.push(child);
        visit(child.id);
      }
    }
  };
  visit(rootId);
  return found;
}

function withAncestors(units: readonly OrgUnitDto[], selected: Iterable<string>): Set<string> {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const result = new Set<string>();
  for (const id of selected) {
    let current = byId.get(id);
    while (current && !result.has(current.id)) {
      result.add(current.id);
      current = current.parentId === null ? undefined : byId.get(current.parentId);
    }
  }
  return result;
}

/** Parents before children, then by code: an order an import can follow top-down. */
function treeOrder(units: readonly OrgUnitDto[]): OrgUnitDto[] {
  const byParent = new Map<string | null, OrgUnitDto[]>();
  const ids = new Set(units.map((unit) => unit.id));
  for (const unit of units) {
    const parent = unit.parentId !== null && ids.has(unit.parentId) ? unit.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), unit]);
  }
  const ordered: OrgUnitDto[] = [];
  const visit = (parent: string | null) => {
    for (const unit of (byParent.get(parent) ?? []).sort((a, b) => a.code.localeCompare(b.code))) {
      ordered.push(unit);
      visit(unit.id);
    }
  };
  visit(null);
  return ordered;
}

async function withParentGoals(db: Kysely<Database>, goals: GoalDto[]): Promise<GoalDto[]> {
  const byId = new Map(goals.map((goal) => [goal.id, goal]));
  let missing = goals
    .map((goal) => goal.parentGoalId)
    .filter((id): id is string => id !== null && !byId.has(id));
  while (missing.length > 0) {
    for (const parent of await listGoals(db, { ids: missing, includeRetired: true })) {
      byId.set(parent.id, parent);
    }
    missing = [...byId.values()]
      .map((goal) => goal.parentGoalId)
      .filter((id): id is string => id !== null && !byId.has(id));
  }
  return [...byId.values()];
}

const byKeys =
  <T>(...keys: ((item: T) => string | number)[]) =>
  (a: T, b: T) => {
    for (const key of keys) {
      const [x, y] = [key(a), key(b)];
      if (x !== y) {
        return x < y ? -1 : 1;
      }
    }
    return 0;
  };

export async function exportPackage(db: Kysely<Database>, scope: ExportScope = {}): Promise<DataPackage> {
  if (scope.year !== undefined && scope.org === undefined) {
    throw exportErrors.yearWithoutOrg();
  }
  const allUnits = await listOrgUnits(db);
  const codeOf = (id: string) => allUnits.find((unit) => unit.id === id)?.code ?? null;
  let unitIds: Set<string>;
  let goals: GoalDto[];
  if (scope.org === undefined) {
    unitIds = new Set(allUnits.map((unit) => unit.id));
    goals = await listGoals(db, { includeRetired: true });
  } else {
    const root = await getOrgUnit(db, scope.org);
    const subtree = [root, ...descendants(allUnits, root.id, scope.year)];
    const owned = await listGoals(db, {
      orgUnitIds: subtree.map((unit) => unit.id),
      year: scope.year,
      includeRetired: true,
    });
    goals = await withParentGoals(db, owned);
    unitIds = withAncestors(allUnits, [
      ...subtree.map((unit) => unit.id),
      ...goals.map((goal) => goal.orgUnitId),
    ]);
  }
  const goalIds = goals.map((goal) => goal.id);
  const indicators = await listIndicators(db, goalIds, true);
  const indicatorIds = indicators.map((indicator) => indicator.id);
  const targets = await listTargets(db, indicatorIds);
  const outcomes = await listOutcomes(db, indicatorIds);
  const assessments = await listAssessments(db, goalIds);
  const municipalGoalIds = new Set(goals.map((goal) => goal.municipalGoalId));
  const municipalGoals = (await listMunicipalGoals(db, { includeRetired: true })).filter(
    (goal) => scope.org === undefined || municipalGoalIds.has(goal.id),
  );
  const areaIds = new Set(municipalGoals.map((goal) => goal.goalAreaId));
  const goalAreas = (await listGoalAreas(db)).filter(
    (area) => scope.org === undefined || areaIds.has(area.id),
  );
  const roundIds = new Set([...outcomes, ...assessments].map((record) => record.reportingRoundId));
  const rounds = (await listRounds(db)).filter((round) => scope.org === undefined || roundIds.has(round.id));
  const orgCode = scope.org === undefined ? null : (await getOrgUnit(db, scope.org)).code;

  return {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    exportedAt: new Date().toISOString(),
    scope: orgCode !== null && scope.year !== undefined ? { org: orgCode, year: scope.year } : null,
    orgUnits: treeOrder(allUnits.filter((unit) => unitIds.has(unit.id))).map((unit) =>
      orgUnitRecord(unit, codeOf),
    ),
    reportingRounds: rounds.map(roundRecord),
    goalAreas: goalAreas.map(goalAreaRecord),
    municipalGoals: municipalGoals
      .sort(
        byKeys(
          (goal) => goal.validFromYear,
          (goal) => goal.sortOrder,
          (goal) => goal.id,
        ),
      )
      .map(municipalGoalRecord),
    goals: goals
      .sort(
        byKeys(
          (goal) => codeOf(goal.orgUnitId) ?? '',
          (goal) => goal.validFromYear,
          (goal) => goal.sortOrder,
          (goal) => goal.id,
        ),
      )
      .map((goal) => goalRecord(goal, codeOf)),
    indicators: indicators
      .sort(
        byKeys<IndicatorDto>(
          (item) => item.goalId,
          (item) => (item.parentIndicatorId ? 1 : 0),
          (item) => item.sortOrder,
          (item) => item.id,
        ),
      )
      .map(indicatorRecord),
    targets: targets
      .sort(
        byKeys(
          (row) => row.indicator_id,
          (row) => row.year,
          (row) => row.part,
        ),
      )
      .map(targetRecord),
    outcomes: outcomes
      .sort(
        byKeys(
          (item) => item.indicatorId,
          (item) => item.reportingRoundId,
          (item) => item.year,
        ),
      )
      .map(outcomeRecord),
    assessments: assessments
      .sort(
        byKeys(
          (item) => item.goalId,
          (item) => item.reportingRoundId,
        ),
      )
      .map(assessmentRecord),
  };
}
