/** The public server surface of the economy module. */

export { budgetBridge, createBudgetChange } from './bridge-service.ts';
export { importBudgetFile } from './budget-import.ts';
export type { LedgerImportReport, LedgerImportRequest, StatementQuery } from './contract.ts';
export { createForecast } from './forecast-service.ts';
export { checkFrames, createFrame, createFrameAdjustment } from './frame-service.ts';
export { importLedgerFile } from './ledger-import.ts';
export { prewarmLedgerReader } from './ledger-reader-thread.ts';
export { operatingStatement } from './statement-service.ts';
