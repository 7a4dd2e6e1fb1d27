/** What the organisation module adds to Verksam. */
import type { ModuleDefinition } from '../module-definition.ts';
import { organisationMigrations } from './db/migrations.ts';
import { organisationErrors } from './messages.sv.ts';
import { organisationRoutes } from './org-unit-routes.ts';
import { orgUnitSuccessionsSection, orgUnitsSection } from './package.ts';
import { organisationPolicy } from './policy.ts';
import { organisationRollover } from './rollover.ts';

export const organisationModule: ModuleDefinition = {
  name: 'organisation',
  dependsOn: [],
  migrations: organisationMigrations,
  policy: organisationPolicy,
  routes: organisationRoutes,
  constraintErrors: {
    org_unit_code_key: (key) => organisationErrors.code_taken(key.code ?? ''),
    org_unit_succession_pair_key: () => organisationErrors.succession_exists(),
    org_unit_succession_not_itself: () => organisationErrors.succession_itself(),
  },
  packageSections: [orgUnitsSection, orgUnitSuccessionsSection],
  yearRollover: organisationRollover,
};
