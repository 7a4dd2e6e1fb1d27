/** What the data-package module adds to Verksam: export and import of JSON data packages. */
import type { ModuleDefinition } from '../module-definition.ts';
import { dataPackageRoutes } from './package-routes.ts';

export const dataPackageModule: ModuleDefinition = {
  name: 'data-package',
  dependsOn: ['organisation', 'planning', 'goals', 'assessments', 'access'],
  migrations: [],
  routes: dataPackageRoutes,
};
