/**
 * Who may acknowledge a finding: those who may review (plan) or approve the unit's part in the year – the
 * people who would otherwise send it back or approve it; reporters fix the figures instead. Everyone who
 * may read the unit reads the findings and their acknowledgements.
 */
import type { ModulePolicy } from '../module-policy.ts';

export const consistencyPolicy: ModulePolicy = {
  tables: {
    // The record's own unit and year (ownScope).
    finding_acknowledgement: { capability: ['plan', 'approve'] },
  },
};
