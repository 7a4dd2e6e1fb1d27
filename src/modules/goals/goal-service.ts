/**
 * Use cases for goal areas, municipal goals and goals. Changes go through the platform's one write path,
 * which versions, logs and maps refusals; these functions hold the rules.
 */

import { write } from '#platform/context.ts';
import { nextSortOrder } from '#platform/db/entity-store.ts';
import type { Ctx, Tx } from '../context.ts';
import { mayWrite } from '../module-policy.ts';
import { getOrgUnit, isValidInYear, listOrgUnits } from '../organisation/index.ts';
import type {
  GoalAreaInput,
  GoalInput,
  GoalPackageRecord,
  GoalUpdate,
  MunicipalGoalInput,
} from './contract.ts';
import {
  findGoal,
  findMunicipalGoal,
  type Goal,
  type GoalArea,
  listGoalAncestorIds,
  listGoalAreas,
  listGoals,
  listMunicipalGoals,
  type MunicipalGoal,
} from './db/goal-repository.ts';
import { canLinkToMunicipalGoal, isYearSpanOrdered } from './domain/goal.ts';
import { goalsErrors as errors } from './messages.sv.ts';
import { goalAreaEntity, goalEntity, municipalGoalEntity } from './model.ts';

export async function listAllGoalAreas(ctx: Pick<Ctx, 'db'>): Promise<GoalArea[]> {
  return listGoalAreas(ctx.db);
}

export async function createGoalArea(ctx: Ctx, input: GoalAreaInput): Promise<GoalArea> {
  return write(ctx, async (tx) =>
    tx.insert(goalAreaEntity, {
      ...input,
      sortOrder: input.sortOrder ?? (await nextSortOrder(tx.db, goalAreaEntity, {})),
    }),
  );
}

export async function listValidMunicipalGoals(
  ctx: Pick<Ctx, 'db'>,
  options: { year?: number; includeRetired?: boolean } = {},
): Promise<MunicipalGoal[]> {
  return listMunicipalGoals(ctx.db, options);
}

async function getMunicipalGoal(ctx: Pick<Ctx, 'db'>, id: string): Promise<MunicipalGoal> {
  const goal = await findMunicipalGoal(ctx.db, id);
  if (!goal) {
    throw errors.municipal_goal_not_found(id);
  }
  return goal;
}

export async function createMunicipalGoal(ctx: Ctx, input: MunicipalGoalInput): Promise<MunicipalGoal> {
  return write(ctx, async (tx) => {
    const areas = await listGoalAreas(tx.db);
    if (!areas.some((area) => area.id === input.goalAreaId)) {
      throw errors.goal_area_not_found(input.goalAreaId);
    }
    if (!isYearSpanOrdered(input)) {
      throw errors.validity_reversed();
    }
    return tx.insert(municipalGoalEntity, {
      ...input,
      sortOrder:
        input.sortOrder ??
        (await nextSortOrder(tx.db, municipalGoalEntity, { goal_area_id: input.goalAreaId })),
    });
  });
}

export async function setMunicipalGoalRetired(
  ctx: Ctx,
  id: string,
  version: number,
  retired: boolean,
): Promise<MunicipalGoal> {
  return write(ctx, async (tx) =>
    tx.retire(municipalGoalEntity, await getMunicipalGoal(tx, id), version, retired),
  );
}

export async function getGoal(ctx: Pick<Ctx, 'db'>, id: string): Promise<Goal> {
  const goal = await findGoal(ctx.db, id);
  if (!goal) {
    throw errors.goal_not_found(id);
  }
  return goal;
}

/** A goal with what the actor may do with it, decided by the policy that decides every save of it. */
export async function getGoalView(ctx: Ctx, id: string): Promise<Goal & { may: { plan: boolean } }> {
  const goal = await getGoal(ctx, id);
  return { ...goal, may: { plan: await mayWrite(ctx, goalEntity.table, goal) } };
}

type GoalFields = Pick<
  Goal,
  'orgUnitId' | 'municipalGoalId' | 'parentGoalId' | 'validFromYear' | 'validToYear'
>;

/**
 * The rules a goal keeps: ordered validity, a unit that exists the year the goal starts, a municipal goal in
 * force that year, and a parent goal that exists and is not the goal itself or one of its own sub-goals.
 */
async function checkGoal(ctx: Ctx, goal: GoalFields, selfId: string | null) {
  if (!isYearSpanOrdered(goal)) {
    throw errors.validity_reversed();
  }
  const unit = await getOrgUnit(ctx, goal.orgUnitId);
  if (!isValidInYear(unit, goal.validFromYear)) {
    throw errors.org_unit_not_valid(unit.name, goal.validFromYear);
  }
  if (goal.municipalGoalId !== null) {
    const municipalGoal = await getMunicipalGoal(ctx, goal.municipalGoalId);
    if (!canLinkToMunicipalGoal(goal, municipalGoal)) {
      throw errors.municipal_goal_not_valid(municipalGoal.name, goal.validFromYear);
    }
  }
  if (goal.parentGoalId !== null) {
    if (goal.parentGoalId === selfId || !(await findGoal(ctx.db, goal.parentGoalId))) {
      throw errors.parent_goal_invalid();
    }
    if (selfId !== null && (await listGoalAncestorIds(ctx.db, goal.parentGoalId)).includes(selfId)) {
      throw errors.parent_goal_cycle();
    }
  }
}

export async function createGoal(ctx: Ctx, input: GoalInput): Promise<Goal> {
  return write(ctx, async (tx) => {
    const unit = await getOrgUnit(tx, input.orgUnitId);
    const values = { ...input, orgUnitId: unit.id };
    await checkGoal(tx, values, null);
    return tx.insert(goalEntity, {
      ...values,
      sortOrder: input.sortOrder ?? (await nextSortOrder(tx.db, goalEntity, { org_unit_id: unit.id })),
    });
  });
}

export async function updateGoal(ctx: Ctx, id: string, input: GoalUpdate): Promise<Goal> {
  return write(ctx, async (tx) => {
    const current = await getGoal(tx, id);
    const { version, ...patch } = input;
    await checkGoal(tx, { ...current, ...patch }, current.id);
    return tx.update(goalEntity, current, version, patch);
  });
}

/** Retires a goal (it keeps its history and can be reinstated) or reinstates it. */
export async function setGoalRetired(ctx: Ctx, id: string, version: number, retired: boolean): Promise<Goal> {
  return write(ctx, async (tx) => tx.retire(goalEntity, await getGoal(tx, id), version, retired));
}

/** Puts a unit's goals in the given order. The list must hold every goal of the unit exactly once. */
export async function reorderGoals(ctx: Ctx, ids: readonly string[]): Promise<Goal[]> {
  return write(ctx, async (tx) => {
    const goals = await listGoals(tx.db, { ids, includeRetired: true });
    const unitId = goals[0]?.orgUnitId;
    const siblings = unitId ? await listGoals(tx.db, { orgUnitId: unitId, includeRetired: true }) : [];
    const sameSet =
      new Set(ids).size === ids.length && siblings.length === ids.length && goals.length === ids.length;
    if (!sameSet || goals.some((goal) => goal.orgUnitId !== unitId)) {
      throw errors.reorder_mismatch();
    }
    const byId = new Map(goals.map((goal) => [goal.id, goal]));
    const reordered: Goal[] = [];
    for (const [index, id] of ids.entries()) {
      const current = byId.get(id) as Goal;
      reordered.push(await tx.update(goalEntity, current, current.version, { sortOrder: index }, 'reorder'));
    }
    return reordered;
  });
}

export async function listUnitGoals(
  ctx: Pick<Ctx, 'db'>,
  orgUnitRef: string,
  options: { year?: number; includeRetired?: boolean },
): Promise<Goal[]> {
  const unit = await getOrgUnit(ctx, orgUnitRef);
  return listGoals(ctx.db, { orgUnitId: unit.id, ...options });
}

/** Saves goals from a data package, already checked: units are named by code; parents come first. */
export async function saveImportedGoals(
  tx: Tx,
  created: readonly GoalPackageRecord[],
  updated: readonly { after: GoalPackageRecord }[],
): Promise<void> {
  const units = new Map((await listOrgUnits(tx.db)).map((unit) => [unit.code, unit.id]));
  const values = ({ orgUnit, ...goal }: GoalPackageRecord) => ({
    ...goal,
    orgUnitId: units.get(orgUnit) ?? orgUnit,
  });
  await tx.saveRecords(
    goalEntity,
    created.map(values),
    updated.map(({ after }) => values(after)),
  );
}
