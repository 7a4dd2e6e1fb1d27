/** What the organisation module adds to Verksam. */
import type { ModuleDefinition } from '../module-definition.ts';
import { organisationMigrations } from './db/migrations.ts';
import { organisationErrors } from './messages.sv.ts';
import { organisationRoutes } from './org-unit-routes.ts';
import { orgUnitsSection } from './package.ts';
import { organisationPolicy } from './policy.ts';

export const organisationModule: ModuleDefinition = {
  name: 'organisation',
  dependsOn: [],
  migrations: organisationMigrations,
  policy: organisationPolicy,
  routes: organisationRoutes,
  constraintErrors: {
    org_unit_code_key: (key) => organisationErrors.code_taken(key.code ?? ''),
  },
  packageSections: [orgUnitsSection],
};
