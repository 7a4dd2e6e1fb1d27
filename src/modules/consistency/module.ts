/**
 * What the consistency module adds to Verksam: the checks that list where a unit's goals, verdicts,
 * volumes and budget contradict themselves or each other (docs/adr/0017-consistency-checks.md). The findings
 * are worked out from the other modules' data when asked for; the module stores only the acknowledgements
 * of errors, and refuses the approval of a unit's part while an error is open; a draft document shows them.
 */
import type { ModuleDefinition } from '../module-definition.ts';
import { openErrorsCheck } from './acknowledgement-service.ts';
import { consistencyRoutes } from './consistency-routes.ts';
import { consistencyMigrations } from './db/migrations.ts';
import { draftFindings } from './draft-findings.ts';
import { consistencyErrors } from './messages.sv.ts';
import { acknowledgementsSection } from './package.ts';
import { consistencyPolicy } from './policy.ts';

export const consistencyModule: ModuleDefinition = {
  name: 'consistency',
  dependsOn: [
    'organisation',
    'access',
    'planning',
    'goals',
    'assessments',
    'economy',
    'volumes',
    'reporting',
    'assignments',
    'internal-control',
    'narratives',
    'documents',
  ],
  migrations: consistencyMigrations,
  policy: consistencyPolicy,
  routes: consistencyRoutes,
  constraintErrors: {
    finding_acknowledgement_key: () => consistencyErrors.acknowledgement_exists(),
  },
  approvalChecks: [openErrorsCheck],
  packageSections: [acknowledgementsSection],
  // A draft document shows these findings beside what it prints (documents come before consistency).
  draftFindings,
};
