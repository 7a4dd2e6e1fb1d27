/**
 * Use cases for indicators, their targets and their outcomes. Changes go through the platform's one write
 * path, which versions, logs and maps refusals; these functions hold the rules.
 */

import { write } from '#platform/context.ts';
import { nextSortOrder } from '#platform/db/entity-store.ts';
import type { Ctx } from '../context.ts';
import { mayWrite } from '../module-policy.ts';
import { lineage, listOrgUnits, listSuccessions } from '../organisation/index.ts';
import { getRound, listRounds, type ReportingRound } from '../planning/index.ts';
import type {
  ComparableIndicatorDto,
  IndicatorInput,
  IndicatorUpdate,
  OutcomeInput,
  OutcomeUpdate,
  TargetDto,
  TargetInput,
  TargetUpdate,
} from './contract.ts';
import { listGoals } from './db/goal-repository.ts';
import {
  countChildren,
  findIndicator,
  findOutcome,
  findTarget,
  type Indicator,
  listIndicators,
  listOutcomes,
  listTargets,
  type Outcome,
  type Target,
} from './db/indicator-repository.ts';
import { comparableKey } from './domain/comparable.ts';
import { canBeParentIndicator } from './domain/goal.ts';
import { type DataSource, INDICATOR_PARTS } from './domain/indicator.ts';
import { checkOutcome } from './domain/outcome.ts';
import { type DesiredDirection, describeTarget, parseTarget } from './domain/target.ts';
import { getGoal } from './goal-service.ts';
import { findIndicatorComputation } from './indicator-computations.ts';
import { goalsErrors as errors } from './messages.sv.ts';
import { indicatorEntity, outcomeEntity, targetEntity } from './model.ts';

export async function getIndicator(ctx: Pick<Ctx, 'db'>, id: string): Promise<Indicator> {
  const indicator = await findIndicator(ctx.db, id);
  if (!indicator) {
    throw errors.indicator_not_found(id);
  }
  return indicator;
}

/** A target with the reading of its notation, as the API returns it. */
export function presentTarget(target: Target, direction: DesiredDirection): TargetDto {
  const rule = parseTarget(target.notation);
  return { ...target, interpretation: { kind: rule.kind, description: describeTarget(rule, direction) } };
}

export interface IndicatorDetail {
  readonly indicator: Indicator;
  readonly children: Indicator[];
  readonly targets: TargetDto[];
  readonly outcomes: Outcome[];
  readonly rounds: ReportingRound[];
}

/** What the actor may do on an indicator's page: plan it (and its targets), report in which rounds. */
export interface IndicatorMay {
  readonly plan: boolean;
  readonly reportRounds: string[];
}

/** An indicator with everything recorded on it: sub-indicators, every target and every outcome. */
export async function getIndicatorDetail(ctx: Pick<Ctx, 'db'>, id: string): Promise<IndicatorDetail> {
  const indicator = await getIndicator(ctx, id);
  const siblings = await listIndicators(ctx.db, [indicator.goalId], true);
  const targets = await listTargets(ctx.db, [id]);
  return {
    indicator,
    children: siblings.filter((candidate) => candidate.parentIndicatorId === id),
    targets: targets
      .map((target) => presentTarget(target, indicator.desiredDirection))
      .sort((a, b) => a.year - b.year || INDICATOR_PARTS.indexOf(a.part) - INDICATOR_PARTS.indexOf(b.part)),
    outcomes: await listOutcomes(ctx.db, [id]),
    rounds: await listRounds(ctx.db),
  };
}

/**
 * The indicator's page: everything recorded on it, and what the actor may do there – asked of the policy
 * that decides every save (an outcome's unit is its indicator's goal's, and a closed round locks it).
 */
export async function getIndicatorPage(
  ctx: Ctx,
  id: string,
): Promise<IndicatorDetail & { may: IndicatorMay }> {
  const detail = await getIndicatorDetail(ctx, id);
  const { indicator } = detail;
  const plan = await mayWrite(ctx, indicatorEntity.table, indicator);
  const reportRounds: string[] = [];
  for (const round of detail.rounds) {
    // A round's outcome is of its year; at the budget, of the year before (as the page's form defaults).
    const year = round.kind === 'budget' ? round.year - 1 : round.year;
    const outcome = { indicatorId: indicator.id, reportingRoundId: round.id, year };
    if (await mayWrite(ctx, outcomeEntity.table, outcome)) {
      reportRounds.push(round.id);
    }
  }
  return { ...detail, may: { plan, reportRounds } };
}

/**
 * The same indicator in the unit's other goals and in the goals of the units whose work it took over
 * (their predecessors too), oldest goal first, each with its outcomes.
 */
export async function listComparableIndicators(
  ctx: Pick<Ctx, 'db'>,
  id: string,
): Promise<ComparableIndicatorDto[]> {
  const indicator = await getIndicator(ctx, id);
  const goal = await getGoal(ctx, indicator.goalId);
  const steps = lineage(goal.orgUnitId, await listSuccessions(ctx.db));
  const generations = new Map([
    [goal.orgUnitId, 0],
    ...steps.map((step) => [step.unitId, step.generation] as const),
  ]);
  const goals = await listGoals(ctx.db, { orgUnitIds: [...generations.keys()], includeRetired: true });
  const indicators = await listIndicators(
    ctx.db,
    goals.map((candidate) => candidate.id),
    true,
  );
  const byId = new Map(indicators.map((candidate) => [candidate.id, candidate]));
  const parentName = (candidate: Indicator) =>
    candidate.parentIndicatorId === null ? null : (byId.get(candidate.parentIndicatorId)?.name ?? null);
  const key = comparableKey(indicator.name, parentName(indicator));
  const matches = indicators.filter(
    (candidate) =>
      candidate.goalId !== goal.id && comparableKey(candidate.name, parentName(candidate)) === key,
  );
  const outcomes = await listOutcomes(
    ctx.db,
    matches.map((match) => match.id),
  );
  const units = new Map((await listOrgUnits(ctx.db)).map((unit) => [unit.id, unit]));
  const goalsById = new Map(goals.map((candidate) => [candidate.id, candidate]));
  return matches
    .flatMap((match) => {
      const matchGoal = goalsById.get(match.goalId);
      const unit = matchGoal && units.get(matchGoal.orgUnitId);
      if (!matchGoal || !unit) {
        return [];
      }
      return [
        {
          indicator: match,
          parentName: parentName(match),
          goal: {
            id: matchGoal.id,
            name: matchGoal.name,
            validFromYear: matchGoal.validFromYear,
            validToYear: matchGoal.validToYear,
          },
          orgUnit: { id: unit.id, code: unit.code, name: unit.name },
          generation: generations.get(unit.id) ?? 0,
          outcomes: outcomes.filter((outcome) => outcome.indicatorId === match.id),
        },
      ];
    })
    .sort((a, b) => a.goal.validFromYear - b.goal.validFromYear || a.generation - b.generation);
}

export async function listGoalIndicators(ctx: Pick<Ctx, 'db'>, goalId: string): Promise<Indicator[]> {
  return listIndicators(ctx.db, [(await getGoal(ctx, goalId)).id], true);
}

async function checkParent(ctx: Ctx, goalId: string, parentId: string | null, selfId: string | null) {
  if (parentId === null) {
    return;
  }
  const parent = (await findIndicator(ctx.db, parentId)) ?? undefined;
  if (!canBeParentIndicator({ id: selfId ?? '', goalId }, parent)) {
    throw errors.parent_indicator_invalid();
  }
  if (selfId !== null && (await countChildren(ctx.db, selfId)) > 0) {
    throw errors.indicator_has_children();
  }
}

/** A computed indicator names a computation that exists, and its data source says it is computed. */
function withComputation<T extends { computation?: string | null; dataSource?: DataSource }>(input: T): T {
  if (input.computation === undefined || input.computation === null) {
    return input;
  }
  if (!findIndicatorComputation(input.computation)) {
    throw errors.computation_unknown(input.computation);
  }
  return { ...input, dataSource: 'computed' };
}

/** A computation with an argument (which volume measure) may only name what the goal's unit can choose. */
async function checkComputationArgument(ctx: Pick<Ctx, 'db'>, key: string | null, orgUnitId: string) {
  const chosen = key === null ? undefined : findIndicatorComputation(key);
  if (!chosen?.computation.choices || key === null) {
    return;
  }
  const choices = await chosen.computation.choices(ctx, orgUnitId);
  if (!choices.some((choice) => choice.argument === chosen.argument)) {
    throw errors.computation_unknown(key);
  }
}

export async function createIndicator(ctx: Ctx, given: IndicatorInput): Promise<Indicator> {
  const input = withComputation(given);
  return write(ctx, async (tx) => {
    const goal = await getGoal(tx, input.goalId);
    await checkComputationArgument(tx, input.computation ?? null, goal.orgUnitId);
    await checkParent(tx, input.goalId, input.parentIndicatorId, null);
    const sortOrder =
      input.sortOrder ??
      (await nextSortOrder(tx.db, indicatorEntity, {
        goal_id: input.goalId,
        parent_indicator_id: input.parentIndicatorId,
      }));
    return tx.insert(indicatorEntity, { ...input, sortOrder });
  });
}

export async function updateIndicator(ctx: Ctx, id: string, input: IndicatorUpdate): Promise<Indicator> {
  return write(ctx, async (tx) => {
    const current = await getIndicator(tx, id);
    const { version, ...patch } = withComputation(input);
    const next = { ...current, ...patch };
    const goal = await getGoal(tx, next.goalId);
    if (patch.computation !== undefined) {
      await checkComputationArgument(tx, patch.computation, goal.orgUnitId);
    }
    await checkParent(tx, next.goalId, next.parentIndicatorId, id);
    return tx.update(indicatorEntity, current, version, patch);
  });
}

export async function setIndicatorRetired(
  ctx: Ctx,
  id: string,
  version: number,
  retired: boolean,
): Promise<Indicator> {
  return write(ctx, async (tx) => tx.retire(indicatorEntity, await getIndicator(tx, id), version, retired));
}

/** Puts sibling indicators (same goal, same parent) in the given order. */
export async function reorderIndicators(ctx: Ctx, ids: readonly string[]): Promise<Indicator[]> {
  return write(ctx, async (tx) => {
    const first = await findIndicator(tx.db, ids[0] ?? '');
    const all = first ? await listIndicators(tx.db, [first.goalId], true) : [];
    const siblings = all.filter((indicator) => indicator.parentIndicatorId === first?.parentIndicatorId);
    const siblingIds = new Set(siblings.map((indicator) => indicator.id));
    if (
      new Set(ids).size !== ids.length ||
      ids.length !== siblings.length ||
      ids.some((id) => !siblingIds.has(id))
    ) {
      throw errors.reorder_mismatch();
    }
    const result: Indicator[] = [];
    for (const [index, id] of ids.entries()) {
      const current = siblings.find((indicator) => indicator.id === id) as Indicator;
      result.push(
        await tx.update(indicatorEntity, current, current.version, { sortOrder: index }, 'reorder'),
      );
    }
    return result;
  });
}

// Targets ----------------------------------------------------------------------------------------------

export async function createTarget(ctx: Ctx, input: TargetInput): Promise<TargetDto> {
  return write(ctx, async (tx) => {
    const indicator = await getIndicator(tx, input.indicatorId);
    if (input.part !== 'total' && !indicator.isGenderSplit) {
      throw errors.not_gender_split();
    }
    return presentTarget(await tx.insert(targetEntity, input), indicator.desiredDirection);
  });
}

async function getTarget(ctx: Pick<Ctx, 'db'>, id: string): Promise<Target> {
  const target = await findTarget(ctx.db, id);
  if (!target) {
    throw errors.target_not_found(id);
  }
  return target;
}

export async function updateTarget(ctx: Ctx, id: string, input: TargetUpdate): Promise<TargetDto> {
  return write(ctx, async (tx) => {
    const current = await getTarget(tx, id);
    const indicator = await getIndicator(tx, current.indicatorId);
    const { version, ...patch } = input;
    return presentTarget(await tx.update(targetEntity, current, version, patch), indicator.desiredDirection);
  });
}

export async function deleteTarget(ctx: Ctx, id: string, version: number): Promise<void> {
  await write(ctx, async (tx) => tx.remove(targetEntity, await getTarget(tx, id), version));
}

// Outcomes ---------------------------------------------------------------------------------------------

type OutcomeFields = Omit<Outcome, 'id' | 'version'>;

async function checkedOutcome(ctx: Ctx, outcome: OutcomeFields): Promise<void> {
  const indicator = await getIndicator(ctx, outcome.indicatorId);
  const round = await getRound(ctx, outcome.reportingRoundId);
  const problems = checkOutcome(outcome, round, indicator);
  if (problems.length > 0) {
    throw errors.outcome_invalid(problems);
  }
}

export async function createOutcome(ctx: Ctx, input: OutcomeInput): Promise<Outcome> {
  return write(ctx, async (tx) => {
    const values = {
      ...input,
      noData: [...new Set(input.noData)],
      notApplicable: [...new Set(input.notApplicable)],
    };
    await checkedOutcome(tx, values);
    return tx.insert(outcomeEntity, values);
  });
}

async function getOutcome(ctx: Pick<Ctx, 'db'>, id: string): Promise<Outcome> {
  const outcome = await findOutcome(ctx.db, id);
  if (!outcome) {
    throw errors.outcome_not_found(id);
  }
  return outcome;
}

export async function updateOutcome(ctx: Ctx, id: string, input: OutcomeUpdate): Promise<Outcome> {
  return write(ctx, async (tx) => {
    const current = await getOutcome(tx, id);
    const { version, ...patch } = input;
    await checkedOutcome(tx, { ...current, ...patch });
    return tx.update(outcomeEntity, current, version, patch);
  });
}

export async function deleteOutcome(ctx: Ctx, id: string, version: number): Promise<void> {
  await write(ctx, async (tx) => tx.remove(outcomeEntity, await getOutcome(tx, id), version));
}
