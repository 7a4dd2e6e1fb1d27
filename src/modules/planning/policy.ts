/** The year's rounds are the municipality's: set by those who govern all of it. */
import type { ModulePolicy } from '../module-policy.ts';

export const planningPolicy: ModulePolicy = {
  tables: {
    reporting_round: {
      capability: 'govern',
      scopeOf: (_ctx, record) => ({ unitId: null, year: Number(record.year) }),
    },
  },
};
