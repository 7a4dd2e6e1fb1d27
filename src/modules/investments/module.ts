/**
 * What the investments module adds to Verksam: investment projects per unit, inside or outside the
 * investment frame, with budget, plan, actual and forecast amounts per year and round; the frame per unit
 * and year with its increases and rebudgetings; and the investment tables the documents print of them.
 */
import type { ModuleDefinition } from '../module-definition.ts';
import { investmentsMigrations } from './db/migrations.ts';
import { investmentTableSection } from './document-sections.ts';
import { investmentRoom } from './indicator-computations.ts';
import { investmentsRoutes } from './investment-routes.ts';
import { investmentsErrors } from './messages.sv.ts';
import { amountsSection, frameChangesSection, framesSection, projectsSection } from './package.ts';
import { investmentsPolicy } from './policy.ts';

export const investmentsModule: ModuleDefinition = {
  name: 'investments',
  dependsOn: ['organisation', 'planning', 'economy', 'goals'],
  migrations: investmentsMigrations,
  policy: investmentsPolicy,
  routes: investmentsRoutes,
  constraintErrors: {
    investment_amount_key: (key) =>
      investmentsErrors.amount_exists(key.kind ?? '', key.year ?? '', key.round ?? ''),
    investment_frame_key: (key) => investmentsErrors.frame_exists(key.year ?? ''),
  },
  packageSections: [projectsSection, amountsSection, framesSection, frameChangesSection],
  indicatorComputations: [investmentRoom],
  documentSections: [investmentTableSection],
};
