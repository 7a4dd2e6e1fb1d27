/** What the assessments module adds to Verksam: verdicts on goals per reporting round. */
import type { ModuleDefinition } from '../module-definition.ts';
import { assessmentsRoutes } from './assessment-routes.ts';
import { assessmentsMigrations } from './db/migrations.ts';

export const assessmentsModule: ModuleDefinition = {
  name: 'assessments',
  dependsOn: ['organisation', 'planning', 'goals', 'access'],
  migrations: assessmentsMigrations,
  routes: assessmentsRoutes,
};
