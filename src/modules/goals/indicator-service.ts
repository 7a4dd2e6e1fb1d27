/**
 * Use cases for indicators, their targets and their outcomes. Each change runs in one transaction and
 * records itself in the change log; a stale version is refused rather than overwritten.
 */

import type { Kysely } from 'kysely';
import type { Actor } from '#core/actor.ts';
import { staleVersion } from '#core/errors.ts';
import { recordChange } from '#platform/audit/change-log.ts';
import { isUniqueViolation } from '#platform/db/sql-errors.ts';
import type { Database } from '../database.ts';
import { getRound, listRounds, type ReportingRoundDto } from '../planning/index.ts';
import type {
  IndicatorDto,
  IndicatorInput,
  IndicatorUpdate,
  OutcomeDto,
  OutcomeInput,
  OutcomeUpdate,
  TargetDto,
  TargetInput,
  TargetUpdate,
} from './contract.ts';
import {
  countChildren,
  deleteVersioned,
  findIndicator,
  findOutcome,
  findTarget,
  type IndicatorValues,
  insertIndicator,
  insertOutcome,
  insertTarget,
  listIndicators,
  listOutcomes,
  listTargets,
  nextIndicatorSortOrder,
  type OutcomeValues,
  toTargetDto,
  updateIndicatorRow,
  updateOutcomeRow,
  updateTargetRow,
} from './db/indicator-repository.ts';
import { canBeParentIndicator } from './domain/goal.ts';
import { INDICATOR_PARTS } from './domain/indicator.ts';
import { checkOutcome } from './domain/outcome.ts';
import { getGoal } from './goal-service.ts';
import { ENTITY, goalsErrors } from './messages.sv.ts';

export async function getIndicator(db: Kysely<Database>, id: string): Promise<IndicatorDto> {
  const indicator = await findIndicator(db, id);
  if (!indicator) {
    throw goalsErrors.indicatorNotFound(id);
  }
  return indicator;
}

export interface IndicatorDetail {
  readonly indicator: IndicatorDto;
  readonly children: IndicatorDto[];
  readonly targets: TargetDto[];
  readonly outcomes: OutcomeDto[];
  readonly rounds: ReportingRoundDto[];
}

/** An indicator with everything recorded on it: sub-indicators, every target and every outcome. */
export async function getIndicatorDetail(db: Kysely<Database>, id: string): Promise<IndicatorDetail> {
  const indicator = await getIndicator(db, id);
  const siblings = await listIndicators(db, [indicator.goalId], true);
  const targetRows = await listTargets(db, [id]);
  return {
    indicator,
    children: siblings.filter((candidate) => candidate.parentIndicatorId === id),
    targets: targetRows
      .map((row) => toTargetDto(row, indicator.desiredDirection))
      .sort((a, b) => a.year - b.year || INDICATOR_PARTS.indexOf(a.part) - INDICATOR_PARTS.indexOf(b.part)),
    outcomes: await listOutcomes(db, [id]),
    rounds: await listRounds(db),
  };
}

async function checkParent(
  db: Kysely<Database>,
  goalId: string,
  parentId: string | null,
  selfId: string | null,
) {
  if (parentId === null) {
    return;
  }
  const parent = (await findIndicator(db, parentId)) ?? undefined;
  if (!canBeParentIndicator({ id: selfId ?? '', goalId }, parent)) {
    throw goalsErrors.parentIndicatorInvalid();
  }
  if (selfId !== null && (await countChildren(db, selfId)) > 0) {
    throw goalsErrors.indicatorHasChildren();
  }
}

function indicatorValues(input: IndicatorInput, current?: IndicatorDto): IndicatorValues {
  return {
    goalId: input.goalId,
    parentIndicatorId: input.parentIndicatorId ?? null,
    name: input.name,
    unit: input.unit ?? null,
    decimals: input.decimals ?? null,
    desiredDirection: input.desiredDirection ?? current?.desiredDirection ?? 'none',
    isObligatory: input.isObligatory ?? current?.isObligatory ?? false,
    isGenderSplit: input.isGenderSplit ?? current?.isGenderSplit ?? false,
    definition: input.definition ?? null,
    dataSource: input.dataSource ?? current?.dataSource ?? 'manual',
    source: input.source ?? null,
  };
}

export async function createIndicator(
  db: Kysely<Database>,
  actor: Actor,
  input: IndicatorInput,
): Promise<IndicatorDto> {
  return db.transaction().execute(async (trx) => {
    await getGoal(trx, input.goalId);
    const values = indicatorValues(input);
    await checkParent(trx, values.goalId, values.parentIndicatorId, null);
    const sortOrder = await nextIndicatorSortOrder(trx, values.goalId, values.parentIndicatorId);
    const created = await insertIndicator(trx, { ...values, sortOrder });
    await recordChange(trx, actor, 'create', 'indicator', created.id, null, created);
    return created;
  });
}

export async function updateIndicator(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  input: IndicatorUpdate,
): Promise<IndicatorDto> {
  return db.transaction().execute(async (trx) => {
    const current = await getIndicator(trx, id);
    await getGoal(trx, input.goalId);
    const values = indicatorValues(input, current);
    await checkParent(trx, values.goalId, values.parentIndicatorId, id);
    const updated = await updateIndicatorRow(trx, id, input.version, values);
    if (!updated) {
      throw staleVersion(ENTITY.indicator);
    }
    await recordChange(trx, actor, 'update', 'indicator', id, current, updated);
    return updated;
  });
}

export async function setIndicatorRetired(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  version: number,
  retired: boolean,
): Promise<IndicatorDto> {
  return db.transaction().execute(async (trx) => {
    const current = await getIndicator(trx, id);
    const updated = await updateIndicatorRow(trx, id, version, { retired });
    if (!updated) {
      throw staleVersion(ENTITY.indicator);
    }
    await recordChange(trx, actor, retired ? 'retire' : 'reinstate', 'indicator', id, current, updated);
    return updated;
  });
}

/** Puts sibling indicators (same goal, same parent) in the given order. */
export async function reorderIndicators(
  db: Kysely<Database>,
  actor: Actor,
  ids: readonly string[],
): Promise<IndicatorDto[]> {
  return db.transaction().execute(async (trx) => {
    const first = await findIndicator(trx, ids[0] ?? '');
    const all = first ? await listIndicators(trx, [first.goalId], true) : [];
    const siblings = all.filter((indicator) => indicator.parentIndicatorId === first?.parentIndicatorId);
    const siblingIds = new Set(siblings.map((indicator) => indicator.id));
    if (
      new Set(ids).size !== ids.length ||
      ids.length !== siblings.length ||
      ids.some((id) => !siblingIds.has(id))
    ) {
      throw goalsErrors.reorderMismatch();
    }
    const result: IndicatorDto[] = [];
    for (const [index, id] of ids.entries()) {
      const current = siblings.find((indicator) => indicator.id === id) as IndicatorDto;
      if (current.sortOrder === index) {
        result.push(current);
        continue;
      }
      const updated = await updateIndicatorRow(trx, id, current.version, { sortOrder: index });
      if (!updated) {
        throw staleVersion(ENTITY.indicator);
      }
      await recordChange(
        trx,
        actor,
        'reorder',
        'indicator',
        id,
        { sortOrder: current.sortOrder },
        { sortOrder: index },
      );
      result.push(updated);
    }
    return result;
  });
}

// Targets ----------------------------------------------------------------------------------------------

export async function createTarget(
  db: Kysely<Database>,
  actor: Actor,
  input: TargetInput,
): Promise<TargetDto> {
  return db.transaction().execute(async (trx) => {
    const indicator = await getIndicator(trx, input.indicatorId);
    const part = input.part ?? 'total';
    if (part !== 'total' && !indicator.isGenderSplit) {
      throw goalsErrors.genderPartNotAllowed();
    }
    try {
      const row = await insertTarget(trx, {
        indicatorId: indicator.id,
        year: input.year,
        part,
        notation: input.notation,
        note: input.note ?? null,
        source: input.source ?? null,
      });
      const created = toTargetDto(row, indicator.desiredDirection);
      await recordChange(trx, actor, 'create', 'indicator_target', created.id, null, created);
      return created;
    } catch (error) {
      if (isUniqueViolation(error, 'indicator_target_year_part_key')) {
        throw goalsErrors.targetExists(input.year);
      }
      throw error;
    }
  });
}

async function loadTarget(db: Kysely<Database>, id: string) {
  const row = await findTarget(db, id);
  if (!row) {
    throw goalsErrors.targetNotFound(id);
  }
  const indicator = await getIndicator(db, row.indicator_id);
  return { current: toTargetDto(row, indicator.desiredDirection), indicator };
}

export async function updateTarget(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  input: TargetUpdate,
): Promise<TargetDto> {
  return db.transaction().execute(async (trx) => {
    const { current, indicator } = await loadTarget(trx, id);
    const row = await updateTargetRow(trx, id, input.version, {
      notation: input.notation,
      note: input.note ?? null,
      source: input.source ?? current.source,
    });
    if (!row) {
      throw staleVersion(ENTITY.target);
    }
    const updated = toTargetDto(row, indicator.desiredDirection);
    await recordChange(trx, actor, 'update', 'indicator_target', id, current, updated);
    return updated;
  });
}

export async function deleteTarget(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  version: number,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { current } = await loadTarget(trx, id);
    if (!(await deleteVersioned(trx, 'indicator_target', id, version))) {
      throw staleVersion(ENTITY.target);
    }
    await recordChange(trx, actor, 'delete', 'indicator_target', id, current, null);
  });
}

// Outcomes ---------------------------------------------------------------------------------------------

function outcomeValues(input: OutcomeInput | OutcomeUpdate, current?: OutcomeDto): OutcomeValues {
  return {
    fromMonth: input.fromMonth ?? current?.fromMonth ?? 1,
    toMonth: input.toMonth ?? current?.toMonth ?? 12,
    isForecast: input.isForecast ?? current?.isForecast ?? false,
    referenceYear: input.referenceYear ?? null,
    total: input.total ?? null,
    women: input.women ?? null,
    men: input.men ?? null,
    noData: [...new Set(input.noData ?? [])],
    noDataReason: input.noDataReason ?? null,
    note: input.note ?? null,
    source: input.source ?? current?.source ?? null,
  };
}

async function checkedOutcome(
  db: Kysely<Database>,
  indicatorId: string,
  roundId: string,
  year: number,
  values: OutcomeValues,
) {
  const indicator = await getIndicator(db, indicatorId);
  const round = await getRound(db, roundId);
  const problems = checkOutcome({ ...values, year }, round, indicator);
  if (problems.length > 0) {
    throw goalsErrors.outcomeInvalid(problems);
  }
  return { indicator, round };
}

export async function createOutcome(
  db: Kysely<Database>,
  actor: Actor,
  input: OutcomeInput,
): Promise<OutcomeDto> {
  return db.transaction().execute(async (trx) => {
    const values = outcomeValues(input);
    const { round } = await checkedOutcome(
      trx,
      input.indicatorId,
      input.reportingRoundId,
      input.year,
      values,
    );
    try {
      const created = await insertOutcome(trx, {
        ...values,
        indicatorId: input.indicatorId,
        reportingRoundId: round.id,
        year: input.year,
      });
      await recordChange(trx, actor, 'create', 'indicator_outcome', created.id, null, created);
      return created;
    } catch (error) {
      if (isUniqueViolation(error, 'indicator_outcome_round_year_key')) {
        throw goalsErrors.outcomeExists(input.year, round.name);
      }
      throw error;
    }
  });
}

async function getOutcome(db: Kysely<Database>, id: string): Promise<OutcomeDto> {
  const outcome = await findOutcome(db, id);
  if (!outcome) {
    throw goalsErrors.outcomeNotFound(id);
  }
  return outcome;
}

export async function updateOutcome(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  input: OutcomeUpdate,
): Promise<OutcomeDto> {
  return db.transaction().execute(async (trx) => {
    const current = await getOutcome(trx, id);
    const values = outcomeValues(input, current);
    await checkedOutcome(trx, current.indicatorId, current.reportingRoundId, current.year, values);
    const updated = await updateOutcomeRow(trx, id, input.version, values);
    if (!updated) {
      throw staleVersion(ENTITY.outcome);
    }
    await recordChange(trx, actor, 'update', 'indicator_outcome', id, current, updated);
    return updated;
  });
}

export async function deleteOutcome(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  version: number,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const current = await getOutcome(trx, id);
    if (!(await deleteVersioned(trx, 'indicator_outcome', id, version))) {
      throw staleVersion(ENTITY.outcome);
    }
    await recordChange(trx, actor, 'delete', 'indicator_outcome', id, current, null);
  });
}
