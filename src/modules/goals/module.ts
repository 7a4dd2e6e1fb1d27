/** What the goals module adds to Verksam: goal areas, municipal goals, goals, indicators, targets, outcomes. */
import type { ModuleDefinition } from '../module-definition.ts';
import { goalsMigrations } from './db/migrations.ts';
import { indicatorTablesSection } from './document-sections.ts';
import { goalsRoutes } from './goal-routes.ts';
import { goalsErrors } from './messages.sv.ts';

// The registry hands every module's indicator computations to the goal tables through here.
export { provideIndicatorComputations } from './indicator-computations.ts';

import {
  goalAreasSection,
  goalsSection,
  indicatorsSection,
  municipalGoalsSection,
  outcomesSection,
  targetsSection,
} from './package.ts';
import { goalsPolicy } from './policy.ts';
import { goalsRollover } from './rollover.ts';

export const goalsModule: ModuleDefinition = {
  name: 'goals',
  dependsOn: ['organisation', 'planning', 'access'],
  migrations: goalsMigrations,
  policy: goalsPolicy,
  routes: goalsRoutes,
  constraintErrors: {
    goal_area_name_key: (key) => goalsErrors.goal_area_name_taken(key.name ?? ''),
    indicator_target_year_part_key: (key) => goalsErrors.target_exists(key.year ?? ''),
    indicator_outcome_round_year_key: (key) => goalsErrors.outcome_exists(key.year ?? ''),
  },
  packageSections: [
    goalAreasSection,
    municipalGoalsSection,
    goalsSection,
    indicatorsSection,
    targetsSection,
    outcomesSection,
  ],
  yearRollover: goalsRollover,
  documentSections: [indicatorTablesSection],
};
