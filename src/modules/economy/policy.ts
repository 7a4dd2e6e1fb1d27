/**
 * Who may change the economy: a unit's budget is planned by its controllers, its forecast reported by its
 * reporters; frames, the ledger and its mappings, and closing a year belong to those who govern the whole
 * municipality.
 */
import { type ModulePolicy, municipalityWide, somewhere } from '../module-policy.ts';

const wholeMunicipality = () => ({ unitId: null, year: null });

export const economyPolicy: ModulePolicy = {
  operations: {
    'economy.startLedgerImport': municipalityWide('govern'),
    'economy.closeYear': municipalityWide('govern'),
    'economy.reopenYear': municipalityWide('govern'),
    'economy.generatePlanYears': somewhere('plan'),
    'economy.spreadBudgetLine': somewhere('plan'),
    'economy.mergeBudgetMonths': somewhere('plan'),
    'economy.startBudgetImport': somewhere('plan'),
  },
  tables: {
    cost_centre: { capability: 'govern', scopeOf: wholeMunicipality },
    account_range: { capability: 'govern', scopeOf: wholeMunicipality },
    ledger_closing: { capability: 'govern', scopeOf: wholeMunicipality },
    frame_adjustment: { capability: 'govern', scopeOf: wholeMunicipality },
    budget_frame: { capability: 'govern' },
    budget_line: { capability: 'plan' },
    budget_change: { capability: 'plan' },
    forecast: { capability: 'report' },
  },
};
