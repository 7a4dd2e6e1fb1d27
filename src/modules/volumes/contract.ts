/**
 * The volumes API: a unit's measures (volumes and personnel figures) with their values, and the unit's
 * volume and personnel tables laid out as the documents print them. Record schemas come from model.ts.
 */

import { z } from 'zod';
import { defineOperations } from '#core/api.ts';
import { CHART_FORMAT_DESCRIPTION, chartFormatQuery, chartModelSchema } from '#core/chart-schema.ts';
import { changeEntrySchema } from '#core/history.ts';
import { tableModelSchema } from '#core/table-schema.ts';
import { idField, versionField, yearParam } from '#core/validation.ts';
import { orgCodeField, orgUnitRefField } from '../organisation/contract.ts';
import { INTERIM_ROUNDS, LAYOUT_PRESETS } from './domain/layout.ts';
import { measureEntity, valueEntity } from './model.ts';

export const measureSchema = measureEntity.dto;
export type MeasureDto = z.infer<typeof measureSchema>;
export const valueSchema = valueEntity.dto;
export type MeasureValueDto = z.infer<typeof valueSchema>;

export const measureInputSchema = measureEntity.create
  .extend({ orgUnitId: orgUnitRefField })
  .meta({ id: 'VolumeMeasureCreate' });
export type MeasureInput = z.output<typeof measureInputSchema>;
export type MeasureUpdate = z.output<typeof measureEntity.update>;
export type ValueInput = z.output<typeof valueEntity.create>;
export type ValueUpdate = z.output<typeof valueEntity.update>;

export const measureWithValuesSchema = measureSchema
  .extend({ values: z.array(valueSchema) })
  .meta({ id: 'VolumeMeasureWithValues', description: 'Ett mått med sina värden.' });
export type MeasureWithValuesDto = z.infer<typeof measureWithValuesSchema>;

export const volumeTablesQuerySchema = z.strictObject({
  org: orgUnitRefField,
  year: yearParam.describe('Året dokumentet gäller: budgetåret, eller året som följs upp.'),
  layout: z
    .enum(LAYOUT_PRESETS)
    .default('budget')
    .describe(
      'Tabellens kolumner: budget (utfall, budget och planår), budgetForecast (utfall, utfall augusti och ' +
        'prognoser), interim (delårsrapport) eller annual (verksamhetsberättelse).',
    ),
  roundKind: z
    .enum(INTERIM_ROUNDS)
    .default('august')
    .describe('Delårsrapportens uppföljningstillfälle (bara för interim).'),
});

export const volumeTablesSchema = z
  .object({
    orgUnit: z.object({ id: idField, code: z.string(), name: z.string() }),
    year: z.int(),
    layout: z.enum(LAYOUT_PRESETS),
    tables: z.array(tableModelSchema),
  })
  .meta({
    id: 'VolumeTables',
    description:
      'En enhets tabeller för volymutveckling (basuppdrag) och personal för ett år, som neutrala tabellmodeller.',
  });

/** The records whose history the page shows, by the kind the address names: a measure with its values. */
export const HISTORY_KINDS = ['measures'] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

const idParams = z.strictObject({ id: idField });
const versionQuery = z.strictObject({ version: z.coerce.number().pipe(versionField) });
const versionOnly = z.strictObject({ version: versionField }).meta({ id: 'VolumeVersionOnly' });

/** What the signed-in user may do on the Volymer och personal page, decided by the same policy as every save. */
export const volumesMaySchema = z
  .object({
    addMeasures: z.boolean().describe('Om du får lägga till mått för enheten.'),
    measure: z
      .object({
        plan: z.boolean().describe('Om du får ändra, avveckla och återinföra det valda måttet.'),
        report: z
          .boolean()
          .describe('Om du får lägga till, ändra och ta bort det valda måttets värden för året.'),
      })
      .nullable()
      .describe('Vad du får göra med det valda måttet; null när inget mått är valt.'),
  })
  .meta({ id: 'VolumesMay', description: 'Vad du får göra på sidan Volymer och personal.' });

export const volumesApi = defineOperations('volumes', 'Volymer och personal', {
  permissions: {
    method: 'GET',
    path: '/volumes/permissions',
    summary: 'Vad du får göra på sidan Volymer och personal för en enhet och ett år, och med ett valt mått',
    query: z.strictObject({
      org: orgUnitRefField,
      year: yearParam,
      measure: idField.optional().describe('Det valda måttet.'),
    }),
    response: volumesMaySchema,
    resources: ['access', 'organisation', 'volumes'],
  },
  tables: {
    method: 'GET',
    path: '/volumes/tables',
    summary: 'En enhets tabeller för volymutveckling och personal för ett år, i en dokumentlayout',
    query: volumeTablesQuerySchema,
    response: volumeTablesSchema,
    resources: ['organisation', 'volumes'],
    cached: true,
  },
  measureChart: {
    method: 'GET',
    path: '/volumes/charts/measures/:id',
    summary:
      'Diagram: ett måtts utfall år för år mot budget, plan och målvärde, med män och kvinnor där de finns',
    description: CHART_FORMAT_DESCRIPTION,
    params: idParams,
    query: z.strictObject({
      fromYear: yearParam.optional().describe('Första året; måttets första år med värden om det utelämnas.'),
      toYear: yearParam.optional().describe('Sista året; måttets sista år med värden om det utelämnas.'),
      ...chartFormatQuery,
    }),
    response: chartModelSchema,
    resources: ['volumes'],
  },
  listMeasures: {
    method: 'GET',
    path: '/volumes/measures',
    summary: 'En enhets mått med deras värden, valfritt för ett intervall av år',
    query: z.strictObject({
      org: orgUnitRefField,
      fromYear: yearParam.optional().describe('Mått och värden från och med detta år.'),
      toYear: yearParam.optional().describe('Mått och värden till och med detta år.'),
      includeRetired: z.enum(['true', 'false']).optional(),
    }),
    response: z.array(measureWithValuesSchema),
    resources: ['volumes'],
  },
  getMeasure: {
    method: 'GET',
    path: '/volumes/measures/:id',
    summary: 'Ett mått med alla sina värden',
    params: idParams,
    response: measureWithValuesSchema,
    resources: ['volumes'],
  },
  createMeasure: {
    method: 'POST',
    path: '/volumes/measures',
    summary: 'Skapa ett mått (volym eller personal) för en enhet',
    body: measureInputSchema,
    response: measureSchema,
    status: 201,
    resources: ['volumes'],
  },
  updateMeasure: {
    method: 'PUT',
    path: '/volumes/measures/:id',
    summary: 'Ändra ett mått (med den version du läste; utelämnade fält lämnas orörda)',
    params: idParams,
    body: measureEntity.update,
    response: measureSchema,
    resources: ['volumes'],
  },
  retireMeasure: {
    method: 'POST',
    path: '/volumes/measures/:id/retire',
    summary: 'Avveckla ett mått (värdena och historiken finns kvar)',
    params: idParams,
    body: versionOnly,
    response: measureSchema,
    resources: ['volumes'],
  },
  reinstateMeasure: {
    method: 'POST',
    path: '/volumes/measures/:id/reinstate',
    summary: 'Återinför ett avvecklat mått',
    params: idParams,
    body: versionOnly,
    response: measureSchema,
    resources: ['volumes'],
  },
  createValue: {
    method: 'POST',
    path: '/volumes/values',
    summary: 'Lägg till ett värde (utfall, budget, plan, prognos eller målvärde) för ett år',
    body: valueEntity.create,
    response: valueSchema,
    status: 201,
    resources: ['volumes'],
  },
  updateValue: {
    method: 'PUT',
    path: '/volumes/values/:id',
    summary: 'Ändra ett värde (utelämnade fält lämnas orörda; null tömmer ett fält)',
    params: idParams,
    body: valueEntity.update,
    response: valueSchema,
    resources: ['volumes'],
  },
  deleteValue: {
    method: 'DELETE',
    path: '/volumes/values/:id',
    summary: 'Ta bort ett värde',
    params: idParams,
    query: versionQuery,
    response: null,
    status: 204,
    resources: ['volumes'],
  },
  history: {
    method: 'GET',
    path: '/volumes/history/:kind/:id',
    summary: 'Ändringshistorik för ett mått med dess värden, även borttagna värden',
    params: z.strictObject({ kind: z.enum(HISTORY_KINDS), id: idField }),
    response: z.array(changeEntrySchema),
    resources: ['volumes', 'history'],
  },
});

// In a data package --------------------------------------------------------------------------------------

/** A measure names its unit by code, as everywhere in Verksam. */
export const measurePackageRecord = measureEntity.record
  .omit({ orgUnitId: true })
  .extend({ orgUnit: orgCodeField.describe('Enhetens kod, t.ex. VSS.') });
export type MeasurePackageRecord = z.output<typeof measurePackageRecord>;
export const valuePackageRecord = valueEntity.record;
export type ValuePackageRecord = z.output<typeof valuePackageRecord>;
