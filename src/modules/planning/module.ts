/** What the planning module adds to Verksam: the reporting rounds of the yearly cycle. */
import type { ModuleDefinition } from '../module-definition.ts';
import { planningMigrations } from './db/migrations.ts';
import { planningRoutes } from './round-routes.ts';

export const planningModule: ModuleDefinition = {
  name: 'planning',
  dependsOn: ['organisation'],
  migrations: planningMigrations,
  routes: planningRoutes,
};
