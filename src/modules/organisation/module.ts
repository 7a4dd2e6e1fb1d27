/** What the organisation module adds to Verksam. */
import type { ModuleDefinition } from '../module-definition.ts';
import { organisationMigrations } from './db/migrations.ts';
import { organisationRoutes } from './org-unit-routes.ts';

export const organisationModule: ModuleDefinition = {
  name: 'organisation',
  dependsOn: [],
  migrations: organisationMigrations,
  routes: organisationRoutes,
};
