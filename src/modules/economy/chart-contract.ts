/**
 * The economy's charts in the API: costs and revenues per unit this year against last year, and the
 * whole-year forecast against the budget over the year's rounds. Each answers the neutral chart model
 * (core/chart.ts) as JSON, or drawn on the server as SVG with `format=svg` (docs/adr/0016-charts.md).
 *
 * Kept apart from contract.ts: the queries are the operating statement's own fields, picked from it.
 */
import { defineOperations } from '#core/api.ts';
import { CHART_FORMAT_DESCRIPTION, chartFormatQuery, chartModelSchema } from '#core/chart-schema.ts';
import { statementQuerySchema } from './contract.ts';

export const costsAndRevenuesQuerySchema = statementQuerySchema
  .pick({ org: true, year: true, throughMonth: true, unit: true })
  .extend(chartFormatQuery);

export const forecastVsBudgetQuerySchema = statementQuerySchema
  .pick({ org: true, year: true, unit: true, sign: true })
  .extend(chartFormatQuery);

export const economyChartsApi = defineOperations('economy', 'Ekonomi', {
  costsAndRevenuesChart: {
    method: 'GET',
    path: '/economy/charts/costs-and-revenues',
    summary:
      'Diagram: kostnader och intäkter per underenhet, i år mot samma månader i fjol (som driftsammandraget)',
    description: CHART_FORMAT_DESCRIPTION,
    query: costsAndRevenuesQuerySchema,
    response: chartModelSchema,
    resources: ['organisation', 'economy'],
  },
  forecastVsBudgetChart: {
    method: 'GET',
    path: '/economy/charts/forecast-vs-budget',
    summary: 'Diagram: enhetens helårsprognos vid årets delår mot årets budget, som netto',
    description: CHART_FORMAT_DESCRIPTION,
    query: forecastVsBudgetQuerySchema,
    response: chartModelSchema,
    resources: ['organisation', 'economy'],
  },
});
