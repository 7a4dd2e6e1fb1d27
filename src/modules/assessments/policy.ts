/** Who may judge a goal: reporters and planners of the goal's unit, in the round's year. */

import { goalUnit } from '../goals/index.ts';
import type { ModulePolicy } from '../module-policy.ts';

export const assessmentsPolicy: ModulePolicy = {
  tables: {
    assessment: {
      capability: 'report',
      scopeOf: async (ctx, record) => {
        const round = await ctx.db
          .selectFrom('reporting_round')
          .select('year')
          .where('id', '=', String(record.reportingRoundId))
          .executeTakeFirst();
        return { unitId: await goalUnit(ctx, record.goalId), year: round?.year ?? null };
      },
    },
  },
};
