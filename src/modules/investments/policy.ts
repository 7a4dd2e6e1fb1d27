/**
 * A unit's projects are planned by its controllers and their figures reported by its reporters; investment
 * frames and their changes are decisions of those who govern.
 */
import type { ModulePolicy } from '../module-policy.ts';

export const investmentsPolicy: ModulePolicy = {
  tables: {
    investment_project: { capability: 'plan' },
    investment_amount: {
      capability: 'report',
      scopeOf: async (ctx, record) => {
        const row = await ctx.db
          .selectFrom('investment_project')
          .select('org_unit_id')
          .where('id', '=', String(record.projectId))
          .executeTakeFirst();
        return {
          unitId: row?.org_unit_id ?? null,
          year: typeof record.year === 'number' ? record.year : null,
        };
      },
    },
    investment_frame: { capability: 'govern' },
    investment_frame_change: { capability: 'govern' },
  },
};
