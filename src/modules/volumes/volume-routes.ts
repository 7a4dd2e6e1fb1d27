/** The volumes module's routes: one use case per operation of its contract. */
import { listChangesWithParts } from '#platform/audit/change-log.ts';

import { chartAnswer } from '#platform/charts/chart-reply.ts';
import { registerOperations } from '#platform/http/operations.ts';
import type { RouteRegistrar } from '../module-definition.ts';
import { volumesApi } from './contract.ts';
import { HISTORIES } from './history-service.ts';
import {
  createMeasure,
  createValue,
  deleteValue,
  getMeasureDetail,
  getVolumeTables,
  listUnitMeasures,
  measureChartOf,
  setMeasureRetired,
  updateMeasure,
  updateValue,
} from './measure-service.ts';
import { volumesPermissions } from './permission-service.ts';

export const volumesRoutes: RouteRegistrar = (app, platform) =>
  registerOperations(app, platform, volumesApi, {
    permissions: ({ query }, ctx) => volumesPermissions(ctx, query),
    tables: ({ query }, ctx) => getVolumeTables(ctx, query),
    measureChart: async ({ params, query }, ctx, { reply }) =>
      chartAnswer(reply, await measureChartOf(ctx, params.id, query), query.format),
    listMeasures: ({ query }, ctx) =>
      listUnitMeasures(ctx, query.org, {
        fromYear: query.fromYear,
        toYear: query.toYear,
        includeRetired: query.includeRetired === 'true',
      }),
    getMeasure: ({ params }, ctx) => getMeasureDetail(ctx, params.id),
    createMeasure: ({ body }, ctx) => createMeasure(ctx, body),
    updateMeasure: ({ params, body }, ctx) => updateMeasure(ctx, params.id, body),
    retireMeasure: ({ params, body }, ctx) => setMeasureRetired(ctx, params.id, body.version, true),
    reinstateMeasure: ({ params, body }, ctx) => setMeasureRetired(ctx, params.id, body.version, false),
    createValue: ({ body }, ctx) => createValue(ctx, body),
    updateValue: ({ params, body }, ctx) => updateValue(ctx, params.id, body),
    deleteValue: ({ params, query }, ctx) => deleteValue(ctx, params.id, query.version),
    history: ({ params }, ctx) => {
      const { entityType, parts } = HISTORIES[params.kind];
      return listChangesWithParts(ctx.db, entityType, params.id, parts);
    },
  });
