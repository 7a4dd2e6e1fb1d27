/**
 * Who may move a unit's part of a round (the service asks for each move's own capability: reporters mark
 * ready, controllers send back, approvers approve), and the lock an approved part or a closed round puts on
 * the round's outcomes and assessments.
 */

import type { Ctx } from '../context.ts';
import { goalUnit } from '../goals/index.ts';
import type { ModulePolicy, RecordScope } from '../module-policy.ts';
import { checkRoundOpen } from './part-service.ts';

async function roundYear(ctx: Pick<Ctx, 'db'>, roundId: unknown): Promise<number | null> {
  const round = await ctx.db
    .selectFrom('reporting_round')
    .select('year')
    .where('id', '=', String(roundId))
    .executeTakeFirst();
  return round?.year ?? null;
}

async function reminderScope(ctx: Pick<Ctx, 'db'>, record: Record<string, unknown>): Promise<RecordScope> {
  return { unitId: String(record.orgUnitId), year: await roundYear(ctx, record.reportingRoundId) };
}

/** A round's subset is the round's: set by those who set the municipality's rounds for the year (planning). */
async function subsetScope(ctx: Pick<Ctx, 'db'>, record: Record<string, unknown>): Promise<RecordScope> {
  return { unitId: null, year: await roundYear(ctx, record.reportingRoundId) };
}

export const reportingPolicy: ModulePolicy = {
  tables: {
    round_part: { capability: ['report', 'plan', 'approve'] },
    // Reminding needs to review (plan) or approve the unit in the round's year; the use case asks the same.
    round_reminder: { capability: ['plan', 'approve'], scopeOf: reminderScope },
    round_subset_item: { capability: 'govern', scopeOf: subsetScope },
  },
  locks: {
    indicator_outcome: async (ctx, record) => {
      const indicator = await ctx.db
        .selectFrom('indicator')
        .select('goal_id')
        .where('id', '=', String(record.indicatorId))
        .executeTakeFirst();
      await checkRoundOpen(
        ctx,
        record.reportingRoundId,
        indicator ? await goalUnit(ctx, indicator.goal_id) : null,
      );
    },
    assessment: async (ctx, record) =>
      checkRoundOpen(ctx, record.reportingRoundId, await goalUnit(ctx, record.goalId)),
  },
};
