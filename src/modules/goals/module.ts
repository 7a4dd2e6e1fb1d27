/** What the goals module adds to Verksam: goal areas, municipal goals, goals, indicators, targets, outcomes. */
import type { ModuleDefinition } from '../module-definition.ts';
import { goalsMigrations } from './db/migrations.ts';
import { goalsRoutes } from './goal-routes.ts';

export const goalsModule: ModuleDefinition = {
  name: 'goals',
  dependsOn: ['organisation', 'planning', 'access'],
  migrations: goalsMigrations,
  routes: goalsRoutes,
};
