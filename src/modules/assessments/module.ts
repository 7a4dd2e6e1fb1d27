/** What the assessments module adds to Verksam: verdicts on goals per reporting round. */
import type { ModuleDefinition } from '../module-definition.ts';
import { assessmentsRoutes } from './assessment-routes.ts';
import { assessmentsMigrations } from './db/migrations.ts';
import { goalAssessmentsSection, goalSummarySection } from './document-sections.ts';
import { assessmentsErrors } from './messages.sv.ts';
import { assessmentsSection } from './package.ts';
import { assessmentsPolicy } from './policy.ts';

export const assessmentsModule: ModuleDefinition = {
  name: 'assessments',
  dependsOn: ['organisation', 'planning', 'goals', 'access'],
  migrations: assessmentsMigrations,
  policy: assessmentsPolicy,
  routes: assessmentsRoutes,
  constraintErrors: {
    // Two people saving the first assessment of a goal at once: the second is told to reload.
    assessment_goal_round_key: () => assessmentsErrors.version_required(),
  },
  packageSections: [assessmentsSection],
  documentSections: [goalSummarySection, goalAssessmentsSection],
};
