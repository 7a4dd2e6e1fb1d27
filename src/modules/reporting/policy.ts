/**
 * Who may move a unit's part of a round (the service asks for each move's own capability: reporters mark
 * ready, controllers send back, approvers approve), and the lock an approved part or a closed round puts on
 * the round's outcomes and assessments.
 */

import type { Ctx } from '../context.ts';
import { goalUnit } from '../goals/index.ts';
import type { ModulePolicy, RecordScope } from '../module-policy.ts';
import { checkRoundOpen } from './part-service.ts';

async function reminderScope(ctx: Pick<Ctx, 'db'>, record: Record<string, unknown>): Promise<RecordScope> {
  const round = await ctx.db
    .selectFrom('reporting_round')
    .select('year')
    .where('id', '=', String(record.reportingRoundId))
    .executeTakeFirst();
  return { unitId: String(record.orgUnitId), year: round?.year ?? null };
}

export const reportingPolicy: ModulePolicy = {
  tables: {
    round_part: { capability: ['report', 'plan', 'approve'] },
    // Reminding needs to review (plan) or approve the unit in the round's year; the use case asks the same.
    round_reminder: { capability: ['plan', 'approve'], scopeOf: reminderScope },
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
