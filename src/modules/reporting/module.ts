/**
 * What the reporting module adds to Verksam: the reporting week – each unit's part of a round moving from
 * not started to approved (or back with a comment), the progress of every unit under a board, and the lock
 * an approved part or a closed round puts on what was reported, and which goals and indicators each round
 * asks for.
 */
import type { ModuleDefinition } from '../module-definition.ts';
import { reportingMigrations } from './db/migrations.ts';
import { reportingErrors } from './messages.sv.ts';
import { roundSubsetItemsSection } from './package.ts';
import { reportingPolicy } from './policy.ts';
import { reportingRoutes } from './reporting-routes.ts';
import { reportingRollover } from './rollover.ts';

export { provideApprovalChecks } from './approval-checks.ts';

export const reportingModule: ModuleDefinition = {
  name: 'reporting',
  dependsOn: ['organisation', 'planning', 'goals', 'assessments', 'access', 'notifications', 'jobs'],
  migrations: reportingMigrations,
  policy: reportingPolicy,
  routes: reportingRoutes,
  constraintErrors: {
    round_part_key: () => reportingErrors.part_exists(),
    round_subset_item_goal_key: () => reportingErrors.subset_changed(),
    round_subset_item_indicator_key: () => reportingErrors.subset_changed(),
  },
  packageSections: [roundSubsetItemsSection],
  yearRollover: reportingRollover,
};
