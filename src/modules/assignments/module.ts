/**
 * What the assignments module adds to Verksam: the council's strategic assignments (strategiska
 * utvecklingsuppdrag) of a year, issued to boards and administrations, each recipient's planned response
 * and status per reporting round, and carrying the unfinished ones into the next year.
 */
import type { ModuleDefinition } from '../module-definition.ts';
import { assignmentsRoutes } from './assignment-routes.ts';
import { assignmentsMigrations } from './db/migrations.ts';
import { assignmentStatusSection } from './document-sections.ts';
import { assignmentsErrors } from './messages.sv.ts';
import { assignmentsSection, recipientsSection, statusesSection } from './package.ts';
import { assignmentsPolicy } from './policy.ts';
import { assignmentsRollover } from './rollover.ts';

export const assignmentsModule: ModuleDefinition = {
  name: 'assignments',
  dependsOn: ['organisation', 'planning', 'goals', 'reporting', 'access'],
  migrations: assignmentsMigrations,
  policy: assignmentsPolicy,
  routes: assignmentsRoutes,
  constraintErrors: {
    assignment_recipient_key: () => assignmentsErrors.recipient_exists('Enheten'),
    assignment_status_key: () => assignmentsErrors.status_exists(),
    strategic_assignment_carried_key: () => assignmentsErrors.already_carried(),
  },
  yearRollover: assignmentsRollover,
  packageSections: [assignmentsSection, recipientsSection, statusesSection],
  documentSections: [assignmentStatusSection],
};
