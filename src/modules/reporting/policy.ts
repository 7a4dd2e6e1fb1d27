/**
 * Who may move a unit's part of a round (the service asks for each move's own capability: reporters mark
 * ready, controllers send back, approvers approve), and the lock an approved part or a closed round puts on
 * the round's outcomes and assessments.
 */
import { goalUnit } from '../goals/index.ts';
import type { ModulePolicy } from '../module-policy.ts';
import { checkRoundOpen } from './part-service.ts';

export const reportingPolicy: ModulePolicy = {
  tables: {
    round_part: { capability: ['report', 'plan', 'approve'] },
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
