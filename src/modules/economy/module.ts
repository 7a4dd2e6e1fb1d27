/**
 * What the economy module adds to Verksam: the ledger (SIE 4 files mapped onto the organisation through
 * cost centres and account classes) and the operating statements built from it.
 */
import type { ModuleDefinition } from '../module-definition.ts';
import { BUDGET_IMPORT_JOB, budgetImportJobHandler } from './budget-import.ts';
import { economyChartRoutes } from './chart-routes.ts';
import { economyMigrations } from './db/migrations.ts';
import { economyChartSection, operatingStatementSection } from './document-sections.ts';
import { economyRoutes } from './economy-routes.ts';
import { economyIndicatorComputations } from './indicator-computations.ts';
import { LEDGER_IMPORT_JOB, ledgerImportJobHandler } from './ledger-import.ts';
import { economyErrors } from './messages.sv.ts';
import { economyPackageSections } from './package.ts';
import { economyPolicy } from './policy.ts';

export const economyModule: ModuleDefinition = {
  name: 'economy',
  dependsOn: ['organisation', 'planning', 'jobs', 'goals'],
  migrations: economyMigrations,
  policy: economyPolicy,
  routes: (app, platform) => {
    economyRoutes(app, platform);
    economyChartRoutes(app, platform);
  },
  constraintErrors: {
    cost_centre_dimension_code_key: () => economyErrors.cost_centre_exists(),
    budget_line_unit_year_account_month_key: () => economyErrors.budget_line_exists(),
    forecast_unit_year_round_key: () => economyErrors.forecast_exists(),
    ledger_closing_year_key: () => economyErrors.closing_exists(),
    budget_frame_unit_year_key: () => economyErrors.frame_exists(),
    frame_adjustment_units_differ: () => economyErrors.adjustment_same_unit(),
  },
  indicatorComputations: economyIndicatorComputations,
  jobHandlers: { [LEDGER_IMPORT_JOB]: ledgerImportJobHandler, [BUDGET_IMPORT_JOB]: budgetImportJobHandler },
  packageSections: economyPackageSections,
  documentSections: [operatingStatementSection, economyChartSection],
};
