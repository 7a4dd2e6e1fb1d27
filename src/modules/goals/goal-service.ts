/**
 * Use cases for goal areas, municipal goals and goals. Each change runs in one transaction and records
 * itself in the change log; a stale version is refused rather than overwritten.
 */

import type { Kysely } from 'kysely';
import type { Actor } from '#core/actor.ts';
import { staleVersion } from '#core/errors.ts';
import { recordChange } from '#platform/audit/change-log.ts';
import { isUniqueViolation } from '#platform/db/sql-errors.ts';
import type { Database } from '../database.ts';
import { getOrgUnit, isValidInYear } from '../organisation/index.ts';
import type {
  GoalAreaDto,
  GoalDto,
  GoalInput,
  GoalUpdate,
  MunicipalGoalDto,
  MunicipalGoalInput,
} from './contract.ts';
import {
  findGoal,
  findMunicipalGoal,
  type GoalValues,
  insertGoal,
  insertGoalArea,
  insertMunicipalGoal,
  listGoalAreas,
  listGoals,
  listMunicipalGoals,
  nextGoalSortOrder,
  setMunicipalGoalRetiredRow,
  updateGoalRow,
} from './db/goal-repository.ts';
import { canLinkToMunicipalGoal, isYearSpanOrdered } from './domain/goal.ts';
import { ENTITY, goalsErrors } from './messages.sv.ts';

export { listGoalAreas, listMunicipalGoals };

export async function createGoalArea(
  db: Kysely<Database>,
  actor: Actor,
  input: { name: string; description?: string | null; sortOrder?: number },
): Promise<GoalAreaDto> {
  return db.transaction().execute(async (trx) => {
    const sortOrder = input.sortOrder ?? (await listGoalAreas(trx)).length;
    try {
      const created = await insertGoalArea(trx, {
        name: input.name,
        description: input.description ?? null,
        sortOrder,
      });
      await recordChange(trx, actor, 'create', 'goal_area', created.id, null, created);
      return created;
    } catch (error) {
      if (isUniqueViolation(error, 'goal_area_name_key')) {
        throw goalsErrors.goalAreaNameTaken(input.name);
      }
      throw error;
    }
  });
}

export async function createMunicipalGoal(
  db: Kysely<Database>,
  actor: Actor,
  input: MunicipalGoalInput,
): Promise<MunicipalGoalDto> {
  return db.transaction().execute(async (trx) => {
    const areas = await listGoalAreas(trx);
    if (!areas.some((area) => area.id === input.goalAreaId)) {
      throw goalsErrors.goalAreaNotFound();
    }
    const validToYear = input.validToYear ?? null;
    if (!isYearSpanOrdered({ validFromYear: input.validFromYear, validToYear })) {
      throw goalsErrors.validityReversed();
    }
    const siblings = await listMunicipalGoals(trx, { includeRetired: true });
    const created = await insertMunicipalGoal(trx, {
      goalAreaId: input.goalAreaId,
      name: input.name,
      description: input.description ?? null,
      validFromYear: input.validFromYear,
      validToYear,
      sortOrder: siblings.filter((goal) => goal.goalAreaId === input.goalAreaId).length,
      source: input.source ?? null,
    });
    await recordChange(trx, actor, 'create', 'municipal_goal', created.id, null, created);
    return created;
  });
}

export async function getGoal(db: Kysely<Database>, id: string): Promise<GoalDto> {
  const goal = await findGoal(db, id);
  if (!goal) {
    throw goalsErrors.goalNotFound(id);
  }
  return goal;
}

/** The rules a goal keeps: ordered validity, a municipal goal in force, a real parent, a unit in existence. */
async function checkGoal(db: Kysely<Database>, orgUnitId: string, values: GoalValues, selfId: string | null) {
  if (!isYearSpanOrdered(values)) {
    throw goalsErrors.validityReversed();
  }
  const unit = await getOrgUnit(db, orgUnitId);
  if (!isValidInYear(unit, values.validFromYear)) {
    throw goalsErrors.orgUnitNotValid(unit.name, values.validFromYear);
  }
  if (values.municipalGoalId !== null) {
    const municipalGoal = await findMunicipalGoal(db, values.municipalGoalId);
    if (!municipalGoal) {
      throw goalsErrors.municipalGoalNotFound();
    }
    if (!canLinkToMunicipalGoal(values, municipalGoal)) {
      throw goalsErrors.municipalGoalNotValid(municipalGoal.name, values.validFromYear);
    }
  }
  if (values.parentGoalId !== null) {
    const parent = await findGoal(db, values.parentGoalId);
    if (!parent || parent.id === selfId) {
      throw goalsErrors.parentGoalInvalid();
    }
  }
}

function goalValues(input: GoalInput | GoalUpdate): GoalValues {
  return {
    municipalGoalId: input.municipalGoalId,
    parentGoalId: input.parentGoalId ?? null,
    name: input.name,
    description: input.description ?? null,
    validFromYear: input.validFromYear,
    validToYear: input.validToYear ?? null,
    source: input.source ?? null,
  };
}

export async function createGoal(db: Kysely<Database>, actor: Actor, input: GoalInput): Promise<GoalDto> {
  return db.transaction().execute(async (trx) => {
    const unit = await getOrgUnit(trx, input.orgUnitId);
    const values = goalValues(input);
    await checkGoal(trx, unit.id, values, null);
    const created = await insertGoal(trx, {
      ...values,
      orgUnitId: unit.id,
      sortOrder: await nextGoalSortOrder(trx, unit.id),
    });
    await recordChange(trx, actor, 'create', 'goal', created.id, null, created);
    return created;
  });
}

export async function updateGoal(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  input: GoalUpdate,
): Promise<GoalDto> {
  return db.transaction().execute(async (trx) => {
    const current = await getGoal(trx, id);
    const values = goalValues(input);
    await checkGoal(trx, current.orgUnitId, values, current.id);
    const updated = await updateGoalRow(trx, id, input.version, values);
    if (!updated) {
      throw staleVersion(ENTITY.goal);
    }
    await recordChange(trx, actor, 'update', 'goal', id, current, updated);
    return updated;
  });
}

/** Retires a goal (it keeps its history and can be reinstated) or reinstates it. */
export async function setGoalRetired(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  version: number,
  retired: boolean,
): Promise<GoalDto> {
  return db.transaction().execute(async (trx) => {
    const current = await getGoal(trx, id);
    const updated = await updateGoalRow(trx, id, version, { retired });
    if (!updated) {
      throw staleVersion(ENTITY.goal);
    }
    await recordChange(trx, actor, retired ? 'retire' : 'reinstate', 'goal', id, current, updated);
    return updated;
  });
}

export async function setMunicipalGoalRetired(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  version: number,
  retired: boolean,
): Promise<MunicipalGoalDto> {
  return db.transaction().execute(async (trx) => {
    const current = await findMunicipalGoal(trx, id);
    if (!current) {
      throw goalsErrors.municipalGoalNotFound();
    }
    const updated = await setMunicipalGoalRetiredRow(trx, id, version, retired);
    if (!updated) {
      throw staleVersion(ENTITY.municipalGoal);
    }
    await recordChange(trx, actor, retired ? 'retire' : 'reinstate', 'municipal_goal', id, current, updated);
    return updated;
  });
}

/** Puts a unit's goals in the given order. The list must hold every goal of the unit exactly once. */
export async function reorderGoals(
  db: Kysely<Database>,
  actor: Actor,
  ids: readonly string[],
): Promise<GoalDto[]> {
  return db.transaction().execute(async (trx) => {
    const goals = await listGoals(trx, { ids, includeRetired: true });
    const unitId = goals[0]?.orgUnitId;
    const siblings = unitId ? await listGoals(trx, { orgUnitId: unitId, includeRetired: true }) : [];
    const sameSet =
      new Set(ids).size === ids.length && siblings.length === ids.length && goals.length === ids.length;
    if (!sameSet || goals.some((goal) => goal.orgUnitId !== unitId)) {
      throw goalsErrors.reorderMismatch();
    }
    const byId = new Map(goals.map((goal) => [goal.id, goal]));
    const reordered: GoalDto[] = [];
    for (const [index, id] of ids.entries()) {
      const current = byId.get(id) as GoalDto;
      if (current.sortOrder === index) {
        reordered.push(current);
        continue;
      }
      const updated = await updateGoalRow(trx, id, current.version, { sortOrder: index });
      if (!updated) {
        throw staleVersion(ENTITY.goal);
      }
      await recordChange(
        trx,
        actor,
        'reorder',
        'goal',
        id,
        { sortOrder: current.sortOrder },
        { sortOrder: index },
      );
      reordered.push(updated);
    }
    return reordered;
  });
}

export async function listUnitGoals(
  db: Kysely<Database>,
  orgUnitRef: string,
  options: { year?: number; includeRetired?: boolean },
): Promise<GoalDto[]> {
  const unit = await getOrgUnit(db, orgUnitRef);
  return listGoals(db, { orgUnitId: unit.id, ...options });
}
