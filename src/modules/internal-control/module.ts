/**
 * What the internal-control module adds to Verksam: each unit's risk analyses with risks placed in a risk
 * matrix on the municipality's scale, the internal control plan (own controls and common ones inherited by
 * a subtree), results per unit and round with the actions a deficient result needs, the follow-up of open
 * actions and overdue controls, and carrying controls that "får kvarstå" into the next year
 * (docs/adr/0025-internal-control.md).
 */
import type { ModuleDefinition } from '../module-definition.ts';
import { internalControlMigrations } from './db/migrations.ts';
import { internalControlDocumentSections } from './document-sections.ts';
import { internalControlRoutes } from './internal-control-routes.ts';
import { internalControlErrors } from './messages.sv.ts';
import { internalControlSections } from './package.ts';
import { internalControlPolicy } from './policy.ts';
import { internalControlRollover } from './rollover.ts';

export const internalControlModule: ModuleDefinition = {
  name: 'internal-control',
  // documents: the plan is approved as a document (its versions' state is read on the page).
  dependsOn: ['organisation', 'planning', 'reporting', 'access', 'assignments', 'documents'],
  migrations: internalControlMigrations,
  policy: internalControlPolicy,
  routes: internalControlRoutes,
  constraintErrors: {
    control_result_key: () => internalControlErrors.result_exists(),
    control_previous_key: () => internalControlErrors.already_carried(),
    risk_escalation_check: () => internalControlErrors.escalation_check(),
    control_action_closed_check: () => internalControlErrors.closed_check(),
  },
  yearRollover: internalControlRollover,
  packageSections: internalControlSections,
  documentSections: internalControlDocumentSections,
};
