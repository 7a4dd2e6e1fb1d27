/** The reporting module's routes: one use case per operation of its contract. */
import { registerOperations } from '#platform/http/operations.ts';
import type { RouteRegistrar } from '../module-definition.ts';
import { reportingApi } from './contract.ts';
import { actOnPart, getPart } from './part-service.ts';
import { progressWithReminders, remindUnits } from './reminder-service.ts';
import { getUnitReport } from './report-service.ts';
import { getRoundSubset, setRoundSubset } from './subset-service.ts';

export const reportingRoutes: RouteRegistrar = (app, platform) =>
  registerOperations(app, platform, reportingApi, {
    getPart: ({ params }, ctx) => getPart(ctx, params.roundId, params.unit),
    actOnPart: ({ params, body }, ctx) =>
      actOnPart(ctx, { roundId: params.roundId, unit: params.unit, ...body }),
    getReport: ({ params }, ctx) => getUnitReport(ctx, params.roundId, params.unit),
    getRoundSubset: ({ params }, ctx) => getRoundSubset(ctx, params.roundId),
    setRoundSubset: ({ params, body }, ctx) => setRoundSubset(ctx, params.roundId, body),
    progress: ({ params, query }, ctx) => progressWithReminders(ctx, params.roundId, query.org),
    remind: async ({ params, body }, ctx, { request }) => {
      // The e-mail's link leads back to the address the controller uses (an allowed host, ADR 0019).
      const result = await remindUnits(ctx, {
        roundId: params.roundId,
        units: body.units,
        origin: `${request.protocol}://${request.host}`,
      });
      platform.jobs?.wake();
      return result;
    },
  });
