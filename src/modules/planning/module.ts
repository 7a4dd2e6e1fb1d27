/** What the planning module adds to Verksam: the reporting rounds of the yearly cycle. */
import type { ModuleDefinition } from '../module-definition.ts';
import { planningMigrations } from './db/migrations.ts';
import { defaultRoundName, isRoundKind } from './domain/round.ts';
import { planningErrors } from './messages.sv.ts';
import { reportingRoundsSection } from './package.ts';
import { planningPolicy } from './policy.ts';
import { planningRollover } from './rollover.ts';
import { planningRoutes } from './round-routes.ts';

export const planningModule: ModuleDefinition = {
  name: 'planning',
  dependsOn: ['organisation'],
  migrations: planningMigrations,
  policy: planningPolicy,
  routes: planningRoutes,
  constraintErrors: {
    reporting_round_year_kind_key: (key) =>
      planningErrors.round_exists(
        isRoundKind(key.kind) ? defaultRoundName(key.kind, Number(key.year)) : 'samma år och typ',
      ),
  },
  packageSections: [reportingRoundsSection],
  yearRollover: planningRollover,
};
