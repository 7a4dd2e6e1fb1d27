/**
 * Who may change the organisation: those who govern it. A unit belongs to its parent's subtree, so a
 * central controller of one administration can arrange the units under it, but not the administration
 * itself; a new top-level unit needs the whole municipality. A reorganisation often crosses
 * administrations (Kost och restaurang went from Leanlink to VSS, 000:328), so successions are recorded by
 * those who govern the whole municipality.
 */
import { type ModulePolicy, municipalityWide } from '../module-policy.ts';

export const organisationPolicy: ModulePolicy = {
  operations: {
    'organisation.createSuccession': municipalityWide('govern'),
    'organisation.updateSuccession': municipalityWide('govern'),
    'organisation.deleteSuccession': municipalityWide('govern'),
  },
  tables: {
    org_unit: {
      capability: 'govern',
      scopeOf: (_ctx, record) => ({
        unitId: typeof record.parentId === 'string' ? record.parentId : null,
        year: null,
      }),
    },
    org_unit_succession: { capability: 'govern', scopeOf: () => ({ unitId: null, year: null }) },
  },
};
