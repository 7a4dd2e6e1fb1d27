/** The internal-control module's routes: one use case per operation of its contract. */
import { listChanges } from '#platform/audit/change-log.ts';
import { registerOperations } from '#platform/http/operations.ts';
import type { RouteRegistrar } from '../module-definition.ts';
import { HISTORY_KINDS, internalControlApi } from './contract.ts';
import {
  carryControls,
  createAction,
  createAnalysis,
  createControl,
  createResult,
  createRisk,
  deleteAnalysis,
  deleteControl,
  deleteResult,
  deleteRisk,
  followUp,
  getSettings,
  overview,
  updateAction,
  updateAnalysis,
  updateControl,
  updateResult,
  updateRisk,
  updateSettings,
} from './internal-control-service.ts';

export const internalControlRoutes: RouteRegistrar = (app, platform) =>
  registerOperations(app, platform, internalControlApi, {
    getSettings: (_request, ctx) => getSettings(ctx),
    updateSettings: ({ body }, ctx) => updateSettings(ctx, body),
    overview: ({ query }, ctx) => overview(ctx, query),
    followUp: ({ query }, ctx) => followUp(ctx, query),
    createAnalysis: ({ body }, ctx) => createAnalysis(ctx, body),
    updateAnalysis: ({ params, body }, ctx) => updateAnalysis(ctx, params.id, body),
    deleteAnalysis: ({ params, query }, ctx) => deleteAnalysis(ctx, params.id, query.version),
    createRisk: ({ body }, ctx) => createRisk(ctx, body),
    updateRisk: ({ params, body }, ctx) => updateRisk(ctx, params.id, body),
    deleteRisk: ({ params, query }, ctx) => deleteRisk(ctx, params.id, query.version),
    createControl: ({ body }, ctx) => createControl(ctx, body),
    updateControl: ({ params, body }, ctx) => updateControl(ctx, params.id, body),
    deleteControl: ({ params, query }, ctx) => deleteControl(ctx, params.id, query.version),
    createResult: ({ body }, ctx) => createResult(ctx, body),
    updateResult: ({ params, body }, ctx) => updateResult(ctx, params.id, body),
    deleteResult: ({ params, query }, ctx) => deleteResult(ctx, params.id, query.version),
    createAction: ({ body }, ctx) => createAction(ctx, body),
    updateAction: ({ params, body }, ctx) => updateAction(ctx, params.id, body),
    carry: ({ body }, ctx) => carryControls(ctx, body),
    history: ({ params }, ctx) => listChanges(ctx.db, HISTORY_KINDS[params.kind], params.id),
  });
