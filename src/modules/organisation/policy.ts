/**
 * Who may change the organisation: those who govern it. A unit belongs to its parent's subtree, so a
 * central controller of one administration can arrange the units under it, but not the administration
 * itself; a new top-level unit needs the whole municipality.
 */
import type { ModulePolicy } from '../module-policy.ts';

export const organisationPolicy: ModulePolicy = {
  tables: {
    org_unit: {
      capability: 'govern',
      scopeOf: (_ctx, record) => ({
        unitId: typeof record.parentId === 'string' ? record.parentId : null,
        year: null,
      }),
    },
  },
};
