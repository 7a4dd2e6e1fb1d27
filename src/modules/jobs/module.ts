/** What the jobs module adds to Verksam: the API of the platform's job queue and file store. */
import type { ModuleDefinition } from '../module-definition.ts';
import { jobsRoutes } from './job-routes.ts';

export const jobsModule: ModuleDefinition = {
  name: 'jobs',
  dependsOn: [],
  migrations: [],
  routes: jobsRoutes,
};
