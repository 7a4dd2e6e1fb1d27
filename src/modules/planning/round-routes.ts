/** The planning module's routes: one use case per operation of its contract. */

import { registerOperations } from '#platform/http/operations.ts';
import type { RouteRegistrar } from '../module-definition.ts';
import { planningApi } from './contract.ts';
import { createRound, listYearRounds, updateRound } from './round-service.ts';

export const planningRoutes: RouteRegistrar = (app, platform) =>
  registerOperations(app, platform, planningApi, {
    listRounds: ({ query }, ctx) => listYearRounds(ctx, query.year),
    createRound: ({ body }, ctx) => createRound(ctx, body),
    updateRound: ({ params, body }, ctx) => updateRound(ctx, params.id, body),
  });
