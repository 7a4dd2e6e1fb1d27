/**
 * What the consistency module adds to Verksam: the checks that list where a unit's goals, verdicts,
 * volumes and budget contradict themselves or each other (docs/adr/0017-consistency-checks.md). It stores
 * nothing of its own: every finding is worked out from the other modules' data when asked for.
 */
import type { ModuleDefinition } from '../module-definition.ts';
import { consistencyRoutes } from './consistency-routes.ts';

export const consistencyModule: ModuleDefinition = {
  name: 'consistency',
  dependsOn: ['organisation', 'planning', 'goals', 'assessments', 'economy', 'volumes'],
  migrations: [],
  routes: consistencyRoutes,
};
