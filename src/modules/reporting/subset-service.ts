/**
 * Which goals and indicators a round asks for (domain/round-subset.ts): read with the year's goals to choose
 * from, and set as a whole by those who may edit the round – each item added or removed through the write
 * path, so the change log shows what the round asked for and when.
 */
import type { EntityDto } from '#core/entity.ts';
import { write } from '#platform/context.ts';
import { anyUuid } from '#platform/db/any-of.ts';
import { fromRow } from '#platform/db/entity-store.ts';
import type { Ctx } from '../context.ts';
import { listGoals, listIndicators } from '../goals/index.ts';
import { mayWrite } from '../module-policy.ts';
import { listOrgUnits } from '../organisation/index.ts';
import { getRound, type ReportingRound } from '../planning/index.ts';
import { type RoundSubset, subsetChanges, subsetOf, subsetSummary } from './domain/round-subset.ts';
import { reportingErrors } from './messages.sv.ts';
import { roundSubsetItemEntity } from './model.ts';

export type RoundSubsetItem = EntityDto<typeof roundSubsetItemEntity>;

export interface RoundSubsetView extends RoundSubset {
  readonly round: ReportingRound;
  readonly summary: string;
  readonly mayEdit: boolean;
  readonly goals: {
    readonly id: string;
    readonly name: string;
    readonly unit: { readonly id: string; readonly code: string; readonly name: string };
    readonly indicators: { readonly id: string; readonly name: string }[];
  }[];
}

/** The stored items of some rounds' subsets (every round's when `roundIds` is left out). */
export async function listSubsetItems(
  ctx: Pick<Ctx, 'db'>,
  roundIds?: readonly string[],
): Promise<RoundSubsetItem[]> {
  if (roundIds?.length === 0) {
    return [];
  }
  let query = ctx.db.selectFrom('round_subset_item').selectAll().orderBy('created_at').orderBy('id');
  if (roundIds !== undefined) {
    query = query.where('reporting_round_id', '=', anyUuid(roundIds));
  }
  return (await query.execute()).map((row) => fromRow(roundSubsetItemEntity, row));
}

/** What a round asks for; no items: everything. */
export async function loadRoundSubset(ctx: Pick<Ctx, 'db'>, roundId: string): Promise<RoundSubset> {
  return subsetOf(await listSubsetItems(ctx, [roundId]));
}

/** The year's current goals with their current indicators, by unit and then the goals' own order. */
async function choices(ctx: Pick<Ctx, 'db'>, year: number): Promise<RoundSubsetView['goals']> {
  const goals = await listGoals(ctx.db, { year });
  const indicators = await listIndicators(
    ctx.db,
    goals.map((goal) => goal.id),
  );
  const units = new Map((await listOrgUnits(ctx.db)).map((unit) => [unit.id, unit]));
  return goals
    .map((goal) => {
      const unit = units.get(goal.orgUnitId);
      return {
        id: goal.id,
        name: goal.name,
        unit: { id: goal.orgUnitId, code: unit?.code ?? '', name: unit?.name ?? '' },
        indicators: indicators
          .filter((indicator) => indicator.goalId === goal.id)
          .map((indicator) => ({ id: indicator.id, name: indicator.name })),
      };
    })
    .sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'sv'));
}

/** A record standing for the round's subset as a whole, for the policy's question "may this actor set it?". */
const subsetRecord = (round: ReportingRound): RoundSubsetItem => ({
  id: round.id,
  version: 1,
  reportingRoundId: round.id,
  goalId: null,
  indicatorId: null,
});

export async function getRoundSubset(ctx: Ctx, roundId: string): Promise<RoundSubsetView> {
  const round = await getRound(ctx, roundId);
  const subset = await loadRoundSubset(ctx, round.id);
  return {
    round,
    ...subset,
    summary: subsetSummary(subset),
    mayEdit: await mayWrite(ctx, roundSubsetItemEntity.table, subsetRecord(round)),
    goals: await choices(ctx, round.year),
  };
}

/** Refuses a goal or indicator that is not among the round's year's current ones, naming it. */
function checkChoice(wanted: RoundSubset, goals: RoundSubsetView['goals'], year: number): void {
  const goalIds = new Set(goals.map((goal) => goal.id));
  const indicatorIds = new Set(goals.flatMap((goal) => goal.indicators.map((indicator) => indicator.id)));
  const badGoal = wanted.goalIds.findIndex((id) => !goalIds.has(id));
  if (badGoal >= 0) {
    throw reportingErrors.subset_goal_unknown(badGoal, wanted.goalIds[badGoal] ?? '', year);
  }
  const badIndicator = wanted.indicatorIds.findIndex((id) => !indicatorIds.has(id));
  if (badIndicator >= 0) {
    throw reportingErrors.subset_indicator_unknown(
      badIndicator,
      wanted.indicatorIds[badIndicator] ?? '',
      year,
    );
  }
}

/** Sets what the round asks for, as a whole: empty lists ask for everything again. */
export async function setRoundSubset(
  ctx: Ctx,
  roundId: string,
  input: RoundSubset,
): Promise<RoundSubsetView> {
  await write(ctx, async (tx) => {
    const round = await getRound(tx, roundId);
    // Asked even when nothing changes: someone who may not edit the round is refused either way.
    await tx.checkMayWrite(roundSubsetItemEntity, subsetRecord(round));
    const wanted = { goalIds: [...new Set(input.goalIds)], indicatorIds: [...new Set(input.indicatorIds)] };
    checkChoice(wanted, await choices(tx, round.year), round.year);
    const { add, remove } = subsetChanges(await listSubsetItems(tx, [round.id]), wanted);
    for (const item of remove) {
      await tx.remove(roundSubsetItemEntity, item, item.version);
    }
    await tx.insertMany(
      roundSubsetItemEntity,
      add.map((item) => ({ ...item, reportingRoundId: round.id })),
    );
  });
  return getRoundSubset(ctx, roundId);
}
