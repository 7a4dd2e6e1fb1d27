/**
 * What the activities module adds to Verksam: the activities of a unit's verksamhetsplan under their goals,
 * with a responsible unit and a planned completion, their status per reporting round, and carrying
 * unfinished ones into the next year (docs/adr/0022-activities.md).
 */
import type { ModuleDefinition } from '../module-definition.ts';
import { activitiesRoutes } from './activity-routes.ts';
import { activitiesMigrations } from './db/migrations.ts';
import { activitiesErrors } from './messages.sv.ts';
import { activitiesSection, activityStatusesSection } from './package.ts';
import { activitiesPolicy } from './policy.ts';
import { activitiesRollover } from './rollover.ts';

export const activitiesModule: ModuleDefinition = {
  name: 'activities',
  dependsOn: ['organisation', 'planning', 'goals', 'reporting', 'access'],
  migrations: activitiesMigrations,
  policy: activitiesPolicy,
  routes: activitiesRoutes,
  constraintErrors: {
    // Two people saving the first status of an activity at once: the second is told to reload.
    activity_status_round_key: () => activitiesErrors.status_version_required(),
    // Two carries of the same year at once: the second finds the first's copy.
    activity_carried_from_key: () => activitiesErrors.already_carried(),
  },
  yearRollover: activitiesRollover,
  packageSections: [activitiesSection, activityStatusesSection],
};
