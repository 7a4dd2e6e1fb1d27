/** The economy module's routes: one use case per operation of its contract. */
import { listChanges } from '#platform/audit/change-log.ts';
import { findFile } from '#platform/files.ts';
import { registerOperations } from '#platform/http/operations.ts';
import { enqueueJob } from '#platform/jobs.ts';
import type { RouteRegistrar } from '../module-definition.ts';
import { budgetBridge, createBudgetChange, deleteBudgetChange, listBudgetChanges } from './bridge-service.ts';
import { BUDGET_IMPORT_JOB, budgetTemplate } from './budget-import.ts';
import {
  budgetHistory,
  createBudgetLine,
  deleteBudgetLine,
  generatePlanYears,
  listBudgetLines,
  mergeMonths,
  spreadOverYear,
  updateBudgetLine,
} from './budget-service.ts';
import { assertYearsOpen, closeYear, listClosings, reopenYear } from './closing-service.ts';
import { economyApi, HISTORY_KINDS } from './contract.ts';
import { listLedgerImports } from './db/ledger-repository.ts';
import { createForecast, listForecasts, updateForecast } from './forecast-service.ts';
import {
  checkFrames,
  createFrame,
  createFrameAdjustment,
  deleteFrameAdjustment,
  frameHistory,
  listFrameAdjustments,
  updateFrame,
} from './frame-service.ts';
import { LEDGER_IMPORT_JOB } from './ledger-import.ts';
import {
  createAccountRange,
  createCostCentre,
  deleteAccountRange,
  deleteCostCentre,
  listAccountRanges,
  listCostCentres,
  updateCostCentre,
} from './mapping-service.ts';
import { economyErrors } from './messages.sv.ts';
import { economyPermissions } from './permission-service.ts';
import { operatingStatement } from './statement-service.ts';

export const economyRoutes: RouteRegistrar = (app, platform) =>
  registerOperations(app, platform, economyApi, {
    permissions: ({ query }, ctx) => economyPermissions(ctx, query),
    listCostCentres: (_input, ctx) => listCostCentres(ctx),
    createCostCentre: ({ body }, ctx) => createCostCentre(ctx, body),
    updateCostCentre: ({ params, body }, ctx) => updateCostCentre(ctx, params.id, body),
    deleteCostCentre: ({ params, query }, ctx) => deleteCostCentre(ctx, params.id, query.version),
    listAccountRanges: (_input, ctx) => listAccountRanges(ctx),
    createAccountRange: ({ body }, ctx) => createAccountRange(ctx, body),
    deleteAccountRange: ({ params, query }, ctx) => deleteAccountRange(ctx, params.id, query.version),
    listClosings: (_input, ctx) => listClosings(ctx),
    closeYear: ({ body }, ctx) => closeYear(ctx, body),
    reopenYear: ({ params, query }, ctx) => reopenYear(ctx, params.id, query.version),
    listLedgerImports: ({ query }, ctx) => listLedgerImports(ctx.db, query.year),
    startLedgerImport: async ({ body }, ctx) => {
      if (body.lastMonth < body.firstMonth) {
        throw economyErrors.month_span_reversed();
      }
      await findFile(ctx.db, body.fileId);
      // A closed year is refused at once, not after the upload's job has started.
      await assertYearsOpen(ctx, [body.year]);
      const job = await enqueueJob(ctx.db, ctx.actor, {
        kind: LEDGER_IMPORT_JOB,
        // One load of a year's ledger at a time: two would clear each other's months.
        scope: `ledger:${body.year}`,
        payload: body,
        message: 'Väntar på att starta inläsningen av huvudboken.',
      });
      platform.jobs?.wake();
      return job;
    },
    listBudgetLines: ({ query }, ctx) => listBudgetLines(ctx, query.org, query.year),
    budgetHistory: ({ query }, ctx) => budgetHistory(ctx, query.org, query.year),
    history: ({ params }, ctx) => listChanges(ctx.db, HISTORY_KINDS[params.kind], params.id),
    frameHistory: ({ query }, ctx) => frameHistory(ctx, query.year),
    createBudgetLine: ({ body }, ctx) => createBudgetLine(ctx, body),
    updateBudgetLine: ({ params, body }, ctx) => updateBudgetLine(ctx, params.id, body),
    deleteBudgetLine: ({ params, query }, ctx) => deleteBudgetLine(ctx, params.id, query.version),
    spreadBudgetLine: ({ body }, ctx) => spreadOverYear(ctx, body),
    mergeBudgetMonths: ({ body }, ctx) => mergeMonths(ctx, body),
    generatePlanYears: ({ body }, ctx) => generatePlanYears(ctx, body),
    getBudgetBridge: ({ query }, ctx) => budgetBridge(ctx, query.org, query.year),
    listBudgetChanges: ({ query }, ctx) => listBudgetChanges(ctx, query.year, query.org),
    createBudgetChange: ({ body }, ctx) => createBudgetChange(ctx, body),
    deleteBudgetChange: ({ params, query }, ctx) => deleteBudgetChange(ctx, params.id, query.version),
    startBudgetImport: async ({ body }, ctx) => {
      await findFile(ctx.db, body.fileId);
      const job = await enqueueJob(ctx.db, ctx.actor, {
        kind: BUDGET_IMPORT_JOB,
        scope: 'budget',
        payload: body,
        message: 'Väntar på att starta inläsningen av budgeten.',
      });
      platform.jobs?.wake();
      return job;
    },
    budgetTemplate: async (_input, _ctx, { reply }) =>
      reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', 'attachment; filename="budgetmall.xlsx"')
        .send(await budgetTemplate()),
    listForecasts: ({ query }, ctx) => listForecasts(ctx, query.year, query.round),
    createForecast: ({ body }, ctx) => createForecast(ctx, body),
    updateForecast: ({ params, body }, ctx) => updateForecast(ctx, params.id, body),
    listFrameChecks: ({ query }, ctx) => checkFrames(ctx, query.year),
    createFrame: ({ body }, ctx) => createFrame(ctx, body),
    updateFrame: ({ params, body }, ctx) => updateFrame(ctx, params.id, body),
    listFrameAdjustments: ({ query }, ctx) => listFrameAdjustments(ctx, query.year),
    createFrameAdjustment: ({ body }, ctx) => createFrameAdjustment(ctx, body),
    deleteFrameAdjustment: ({ params, query }, ctx) => deleteFrameAdjustment(ctx, params.id, query.version),
    getStatement: ({ query }, ctx) => operatingStatement(ctx, query),
  });
