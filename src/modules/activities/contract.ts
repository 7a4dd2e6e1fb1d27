/**
 * The activities API: a unit's verksamhetsplan for a year (its activities under their goals, each with its
 * planned completion and its status at a round), the activities themselves, their status per round, and
 * carrying unfinished ones into the next year. Record schemas come from model.ts.
 */

import { z } from 'zod';
import { defineOperations } from '#core/api.ts';
import { changeEntrySchema } from '#core/history.ts';
import { idField, optionalLine, optionalText, versionField, yearParam } from '#core/validation.ts';
import { orgCodeField, orgUnitRefField } from '../organisation/contract.ts';
import { reportingRoundSchema } from '../planning/contract.ts';
import { ACTIVITY_STATUSES } from './domain/status.ts';
import { activityEntity, activityStatusEntity } from './model.ts';

export const activitySchema = activityEntity.dto;
export type ActivityDto = z.infer<typeof activitySchema>;
export const activityStatusSchema = activityStatusEntity.dto;
export type ActivityStatusDto = z.infer<typeof activityStatusSchema>;

export const activityInputSchema = activityEntity.create
  .extend({
    orgUnitId: orgUnitRefField,
    responsibleUnitId: orgUnitRefField
      .optional()
      .describe('Ansvarig enhet (id eller kod); planens enhet om den utelämnas.'),
  })
  .meta({ id: 'ActivityCreate' });
export type ActivityInput = z.output<typeof activityInputSchema>;

export const activityUpdateSchema = activityEntity.update
  .extend({ responsibleUnitId: orgUnitRefField.optional().describe('Ansvarig enhet (id eller kod).') })
  .meta({ id: 'ActivityUpdate' });
export type ActivityUpdate = z.output<typeof activityUpdateSchema>;

export const statusInputSchema = z
  .strictObject({
    status: z.enum(ACTIVITY_STATUSES),
    // Without the record's defaults: left out, the stored comment stays as it is.
    comment: optionalText(5000).optional(),
    source: optionalLine(500).optional(),
    version: versionField.optional(),
  })
  .meta({
    id: 'ActivityStatusSave',
    description: 'Ny status (utan version) eller ändring av en befintlig (med den version du läste).',
  });
export type StatusInput = z.output<typeof statusInputSchema>;

const unitRef = z.object({ id: idField, code: z.string(), name: z.string() });

export const activityViewSchema = activitySchema
  .extend({
    completionText: z.string().describe('Slutfört som dokumenten skriver det, t.ex. ”Kvartal 1 2020”.'),
    goalName: z.string(),
    responsibleUnit: unitRef,
    due: z
      .boolean()
      .nullable()
      .describe('Om aktiviteten ska följas upp vid det valda tillfället (null utan tillfälle).'),
    status: activityStatusSchema.nullable().describe('Statusen vid det valda tillfället.'),
    latestStatus: z.enum(ACTIVITY_STATUSES).nullable().describe('Den senast rapporterade statusen.'),
  })
  .meta({
    id: 'ActivityView',
    description: 'En aktivitet med Slutfört i text och status vid ett tillfälle.',
  });
export type ActivityViewDto = z.infer<typeof activityViewSchema>;

export const activityPlanSchema = z
  .object({
    orgUnit: unitRef,
    year: z.int(),
    round: reportingRoundSchema.nullable(),
    rounds: z.array(reportingRoundSchema).describe('Årets uppföljningstillfällen (utan budget).'),
    goalOptions: z
      .array(z.object({ id: idField, name: z.string(), orgUnitCode: z.string() }))
      .describe('Målen en ny aktivitet kan stå under: enhetens och enheterna ovanför dess, som gäller året.'),
    goals: z.array(
      z.object({
        id: idField,
        name: z.string(),
        orgUnitCode: z.string(),
        indicators: z.array(
          z.object({
            id: idField,
            name: z.string(),
            unit: z.string().nullable(),
            target: z.string().nullable().describe('Målvärdet för året, som det skrivs.'),
          }),
        ),
        activities: z.array(activityViewSchema),
      }),
    ),
  })
  .meta({
    id: 'ActivityPlan',
    description:
      'En enhets verksamhetsplan för ett år: per mål dess indikatorer med målvärde och aktiviteterna.',
  });
export type ActivityPlanDto = z.infer<typeof activityPlanSchema>;

export const activityDetailSchema = activityViewSchema
  .extend({ statuses: z.array(activityStatusSchema) })
  .meta({ id: 'ActivityDetail' });

export const carryInputSchema = z
  .strictObject({
    fromYear: yearParam,
    toYear: yearParam,
    org: orgUnitRefField
      .optional()
      .describe('Bara aktiviteter i planerna för denna enhet och enheterna under den.'),
  })
  .meta({ id: 'ActivityCarry' });

export const carryResultSchema = z
  .object({
    created: z.array(z.object({ table: z.string(), id: idField })),
    skipped: z.array(
      z
        .object({ activityId: idField, text: z.string(), reason: z.string() })
        .describe('Kunde inte föras över.'),
    ),
  })
  .meta({ id: 'ActivityCarryResult' });
export type CarryResult = z.infer<typeof carryResultSchema>;

const idParams = z.strictObject({ id: idField });
const planQuery = z.strictObject({
  org: orgUnitRefField,
  year: yearParam,
  round: idField.optional().describe('Uppföljningstillfället vars status visas.'),
});

/** What the signed-in user may do on a unit's verksamhetsplan, decided by the policy that decides every save. */
export const activitiesMaySchema = z
  .object({
    plan: z
      .boolean()
      .describe('Om du får lägga till, ändra och ta bort aktiviteter i enhetens plan för året.'),
    reportActivities: z
      .array(idField)
      .describe(
        'De aktiviteter (id) i planen vars status du får rapportera vid det valda tillfället nu (tom utan ' +
          'tillfälle, vid budget och när tillfället är stängt eller den ansvariga enhetens del godkänd).',
      ),
  })
  .meta({ id: 'ActivitiesMay', description: 'Vad du får göra i en enhets verksamhetsplan.' });
export type ActivitiesMay = z.output<typeof activitiesMaySchema>;

export const activitiesApi = defineOperations('activities', 'Aktiviteter', {
  permissions: {
    method: 'GET',
    path: '/activities/permissions',
    summary: 'Vad du får göra i en enhets verksamhetsplan för ett år, och vid ett uppföljningstillfälle',
    query: planQuery,
    response: activitiesMaySchema,
    resources: ['access', 'organisation', 'planning', 'activities'],
  },
  plan: {
    method: 'GET',
    path: '/activities/plan',
    summary: 'En enhets verksamhetsplan för ett år: mål, indikatorer med målvärde och aktiviteter med status',
    query: planQuery,
    response: activityPlanSchema,
    resources: ['organisation', 'goals', 'planning', 'activities'],
  },
  list: {
    method: 'GET',
    path: '/activities',
    summary: 'En enhets aktiviteter för ett år, med status vid ett uppföljningstillfälle',
    query: planQuery,
    response: z.array(activityViewSchema),
    resources: ['organisation', 'goals', 'planning', 'activities'],
  },
  get: {
    method: 'GET',
    path: '/activities/:id',
    summary: 'En aktivitet med alla sina statusar',
    params: idParams,
    response: activityDetailSchema,
    resources: ['organisation', 'goals', 'planning', 'activities'],
  },
  create: {
    method: 'POST',
    path: '/activities',
    summary: 'Planera en aktivitet under ett mål',
    body: activityInputSchema,
    response: activitySchema,
    status: 201,
    resources: ['activities'],
  },
  update: {
    method: 'PUT',
    path: '/activities/:id',
    summary: 'Ändra en aktivitet (med den version du läste; utelämnade fält lämnas orörda)',
    params: idParams,
    body: activityUpdateSchema,
    response: activitySchema,
    resources: ['activities'],
  },
  delete: {
    method: 'DELETE',
    path: '/activities/:id',
    summary: 'Ta bort en aktivitet som ingen status har rapporterats för',
    params: idParams,
    query: z.strictObject({ version: z.coerce.number().pipe(versionField) }),
    response: null,
    status: 204,
    resources: ['activities'],
  },
  saveStatus: {
    method: 'PUT',
    path: '/activities/:id/rounds/:roundId/status',
    summary:
      'Rapportera aktivitetens status vid ett uppföljningstillfälle (ny utan version, ändring med version)',
    params: z.strictObject({ id: idField, roundId: idField }),
    body: statusInputSchema,
    response: activityStatusSchema,
    resources: ['activities'],
  },
  carry: {
    method: 'POST',
    path: '/activities/carry',
    summary: 'För över ej genomförda aktiviteter till nästa år (en gång; en andra körning skapar inget)',
    body: carryInputSchema,
    response: carryResultSchema,
    resources: ['activities'],
  },
  history: {
    method: 'GET',
    path: '/activities/:id/history',
    summary: 'Ändringshistorik för en aktivitet',
    params: idParams,
    response: z.array(changeEntrySchema),
    resources: ['activities', 'history'],
  },
  statusHistory: {
    method: 'GET',
    path: '/activities/statuses/:id/history',
    summary: 'Ändringshistorik för en aktivitets status',
    params: idParams,
    response: z.array(changeEntrySchema),
    resources: ['activities', 'history'],
  },
});

// In a data package --------------------------------------------------------------------------------------

/** An activity names its units by code, as everywhere in Verksam. */
export const activityPackageRecord = activityEntity.record
  .omit({ orgUnitId: true, responsibleUnitId: true })
  .extend({
    orgUnit: orgCodeField.describe('Planens enhet, t.ex. VSS.'),
    responsibleUnit: orgCodeField.describe('Ansvarig enhet, t.ex. VSS.'),
  });
export type ActivityPackageRecord = z.output<typeof activityPackageRecord>;
export const activityStatusPackageRecord = activityStatusEntity.record;
export type ActivityStatusPackageRecord = z.output<typeof activityStatusPackageRecord>;
