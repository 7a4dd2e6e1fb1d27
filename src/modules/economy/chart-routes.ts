/** The economy's chart routes: one use case per operation of chart-contract.ts, as JSON or as SVG. */
import { chartAnswer } from '#platform/charts/chart-reply.ts';
import { registerOperations } from '#platform/http/operations.ts';
import type { RouteRegistrar } from '../module-definition.ts';
import { economyChartsApi } from './chart-contract.ts';
import { costsAndRevenues, forecastVsBudget } from './chart-service.ts';

export const economyChartRoutes: RouteRegistrar = (app, platform) =>
  registerOperations(app, platform, economyChartsApi, {
    costsAndRevenuesChart: async ({ query }, ctx, { reply }) =>
      chartAnswer(reply, await costsAndRevenues(ctx, query), query.format),
    forecastVsBudgetChart: async ({ query }, ctx, { reply }) =>
      chartAnswer(reply, await forecastVsBudget(ctx, query), query.format),
  });
