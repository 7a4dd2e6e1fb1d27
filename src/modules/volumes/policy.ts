/** A unit's measures are planned by its controllers; their figures reported by its reporters. */
import type { ModulePolicy } from '../module-policy.ts';

export const volumesPolicy: ModulePolicy = {
  tables: {
    volume_measure: { capability: 'plan' },
    volume_value: {
      capability: 'report',
      scopeOf: async (ctx, record) => {
        const row = await ctx.db
          .selectFrom('volume_measure')
          .select('org_unit_id')
          .where('id', '=', String(record.measureId))
          .executeTakeFirst();
        return {
          unitId: row?.org_unit_id ?? null,
          year: typeof record.year === 'number' ? record.year : null,
        };
      },
    },
  },
};
