/** Who may change goals and indicators (planning) and their outcomes (reporting): by the goal's unit. */

import type { Ctx } from '../context.ts';
import type { ModulePolicy, RecordScope } from '../module-policy.ts';

export async function goalUnit(ctx: Pick<Ctx, 'db'>, goalId: unknown): Promise<string | null> {
  const row = await ctx.db
    .selectFrom('goal')
    .select('org_unit_id')
    .where('id', '=', String(goalId))
    .executeTakeFirst();
  return row?.org_unit_id ?? null;
}

async function indicatorScope(ctx: Pick<Ctx, 'db'>, record: Record<string, unknown>): Promise<RecordScope> {
  const row = await ctx.db
    .selectFrom('indicator')
    .innerJoin('goal', 'goal.id', 'indicator.goal_id')
    .select('goal.org_unit_id')
    .where('indicator.id', '=', String(record.indicatorId))
    .executeTakeFirst();
  return { unitId: row?.org_unit_id ?? null, year: typeof record.year === 'number' ? record.year : null };
}

export const goalsPolicy: ModulePolicy = {
  tables: {
    goal_area: { capability: 'govern', scopeOf: () => ({ unitId: null, year: null }) },
    municipal_goal: { capability: 'govern', scopeOf: () => ({ unitId: null, year: null }) },
    goal: { capability: 'plan' },
    indicator: {
      capability: 'plan',
      scopeOf: async (ctx, record) => ({ unitId: await goalUnit(ctx, record.goalId), year: null }),
    },
    indicator_target: { capability: 'plan', scopeOf: indicatorScope },
    indicator_outcome: { capability: 'report', scopeOf: indicatorScope },
  },
};
