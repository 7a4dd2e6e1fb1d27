/**
 * The assignments API: the council's strategic assignments of a year, for a unit with its status in a
 * round, their recipients' responses and statuses per round, and carrying the unfinished ones into the
 * next year. Record schemas come from model.ts.
 */
import { z } from 'zod';
import { defineOperations } from '#core/api.ts';
import { changeEntrySchema } from '#core/history.ts';
import { idField, versionField, yearField, yearParam } from '#core/validation.ts';
import { orgCodeField, orgUnitRefField } from '../organisation/contract.ts';
import { reportingRoundSchema } from '../planning/contract.ts';
import { assignmentEntity, recipientEntity, statusEntity } from './model.ts';

export const assignmentSchema = assignmentEntity.dto;
export type AssignmentDto = z.infer<typeof assignmentSchema>;
export const recipientSchema = recipientEntity.dto;
export type RecipientDto = z.infer<typeof recipientSchema>;
export const statusSchema = statusEntity.dto;
export type StatusDto = z.infer<typeof statusSchema>;

const unitSummary = z.object({ id: idField, code: z.string(), name: z.string() });

export const recipientViewSchema = recipientSchema
  .extend({
    unit: unitSummary,
    goalArea: z.string().nullable().describe('Målområdets namn.'),
    statuses: z.array(statusSchema).describe('Mottagarens status per uppföljningstillfälle.'),
  })
  .meta({ id: 'AssignmentRecipientView' });
export type RecipientView = z.infer<typeof recipientViewSchema>;

export const assignmentViewSchema = assignmentSchema
  .extend({
    recipients: z.array(recipientViewSchema),
    carriedFromYear: yearField.nullable().describe('Året uppdraget fördes över från, om det fortsätter.'),
  })
  .meta({ id: 'StrategicAssignmentView', description: 'Ett uppdrag med sina mottagare och deras status.' });
export type AssignmentView = z.infer<typeof assignmentViewSchema>;

export const assignmentDetailSchema = assignmentViewSchema
  .extend({
    history: z
      .array(assignmentViewSchema)
      .describe('Samma uppdrag tidigare år, som det fördes över från: närmaste året först.'),
  })
  .meta({ id: 'StrategicAssignmentDetail' });
export type AssignmentDetail = z.infer<typeof assignmentDetailSchema>;

export const summarySchema = z
  .object({
    total: z.int(),
    counts: z.object({
      notStarted: z.int(),
      inProgress: z.int(),
      done: z.int(),
      notApplicable: z.int(),
      unreported: z.int(),
    }),
    text: z.string().describe('”Samtliga sex (6) strategiska utvecklingsuppdrag har genomförts.”'),
  })
  .meta({ id: 'AssignmentSummary' });

export const assignmentListSchema = z
  .object({
    year: z.int(),
    org: unitSummary.nullable(),
    round: reportingRoundSchema.nullable(),
    assignments: z.array(assignmentViewSchema),
    summary: summarySchema
      .nullable()
      .describe('Enhetens status i tillfället, räknad (med enhet och tillfälle).'),
    may: z
      .object({
        give: z.boolean().describe('Får ge, ändra och ta bort årets uppdrag (kommunledningen).'),
        respond: z.boolean().describe('Får skriva hur enheten omhändertar uppdragen.'),
        report: z.boolean().describe('Får rapportera enhetens status i tillfället.'),
      })
      .describe('Vad den inloggade användaren får göra på sidan, enligt samma regler som när det sparas.'),
  })
  .meta({ id: 'StrategicAssignmentList' });
export type AssignmentList = z.infer<typeof assignmentListSchema>;

export const assignmentInputSchema = assignmentEntity.create
  .omit({ carriedFromId: true })
  .extend({
    recipients: z
      .array(orgUnitRefField)
      .max(200)
      .default([])
      .describe('Nämnder och förvaltningar som får uppdraget (kod eller id).'),
  })
  .meta({ id: 'StrategicAssignmentCreate' });
export type AssignmentInput = z.output<typeof assignmentInputSchema>;
export type AssignmentUpdate = z.output<typeof assignmentEntity.update>;

export const recipientInputSchema = z
  .strictObject({
    orgUnitId: orgUnitRefField,
    response: recipientEntity.fields.response,
    goalAreaId: recipientEntity.fields.goalAreaId,
  })
  .meta({ id: 'AssignmentRecipientCreate' });
export type RecipientInput = z.output<typeof recipientInputSchema>;

export const responseInputSchema = z
  .strictObject({
    response: recipientEntity.fields.response.removeDefault(),
    goalAreaId: recipientEntity.fields.goalAreaId.removeDefault(),
    version: versionField,
  })
  .meta({ id: 'AssignmentResponseUpdate' });
export type ResponseInput = z.output<typeof responseInputSchema>;

export type StatusInput = z.output<typeof statusEntity.create>;
export type StatusUpdate = z.output<typeof statusEntity.update>;

export const carryInputSchema = z
  .strictObject({
    fromYear: yearField.describe('Året vars ofärdiga uppdrag förs över.'),
    toYear: yearField.describe('Året de förs över till, oftast nästa år.'),
  })
  .meta({ id: 'AssignmentCarry' });

export const carryResultSchema = z
  .object({
    created: z
      .array(z.object({ table: z.string(), id: idField }))
      .describe('Varje post som skapades, så att överföringen kan ångras.'),
  })
  .meta({ id: 'AssignmentCarryResult' });
export type CarryResult = z.infer<typeof carryResultSchema>;

const idParams = z.strictObject({ id: idField });
const versionQuery = z.strictObject({ version: z.coerce.number().pipe(versionField) });

export const assignmentsApi = defineOperations('assignments', 'Strategiska uppdrag', {
  listAssignments: {
    method: 'GET',
    path: '/assignments',
    summary:
      'Ett års strategiska utvecklingsuppdrag; för en enhet de uppdrag den fått, med dess status i ett tillfälle',
    query: z.strictObject({
      year: yearParam,
      org: orgUnitRefField.optional().describe('Bara uppdrag som enheten fått.'),
      round: idField.optional().describe('Uppföljningstillfället vars status räknas samman (med org).'),
    }),
    response: assignmentListSchema,
    resources: ['assignments', 'planning', 'organisation'],
  },
  getAssignment: {
    method: 'GET',
    path: '/assignments/:id',
    summary: 'Ett uppdrag med mottagare, status per tillfälle och dess historik från tidigare år',
    params: idParams,
    response: assignmentDetailSchema,
    resources: ['assignments', 'planning', 'organisation'],
  },
  createAssignment: {
    method: 'POST',
    path: '/assignments',
    summary: 'Skapa ett strategiskt utvecklingsuppdrag med dess mottagare (kommunledningen)',
    body: assignmentInputSchema,
    response: assignmentViewSchema,
    status: 201,
    resources: ['assignments'],
  },
  updateAssignment: {
    method: 'PUT',
    path: '/assignments/:id',
    summary: 'Ändra ett uppdrag (med den version du läste; utelämnade fält lämnas orörda)',
    params: idParams,
    body: assignmentEntity.update,
    response: assignmentSchema,
    resources: ['assignments'],
  },
  deleteAssignment: {
    method: 'DELETE',
    path: '/assignments/:id',
    summary: 'Ta bort ett uppdrag som ingen har rapporterat status för',
    params: idParams,
    query: versionQuery,
    response: null,
    status: 204,
    resources: ['assignments'],
  },
  addRecipient: {
    method: 'POST',
    path: '/assignments/:id/recipients',
    summary: 'Ge uppdraget till ytterligare en nämnd eller förvaltning',
    params: idParams,
    body: recipientInputSchema,
    response: recipientSchema,
    status: 201,
    resources: ['assignments'],
  },
  removeRecipient: {
    method: 'DELETE',
    path: '/assignments/recipients/:id',
    summary: 'Ta bort en mottagare som inte har rapporterat status',
    params: idParams,
    query: versionQuery,
    response: null,
    status: 204,
    resources: ['assignments'],
  },
  setResponse: {
    method: 'PUT',
    path: '/assignments/recipients/:id/response',
    summary: 'Hur mottagaren omhändertar uppdraget, med målområde',
    params: idParams,
    body: responseInputSchema,
    response: recipientSchema,
    resources: ['assignments'],
  },
  createStatus: {
    method: 'POST',
    path: '/assignments/statuses',
    summary: 'Rapportera en mottagares status för uppdraget i ett uppföljningstillfälle, med kommentar',
    body: statusEntity.create,
    response: statusSchema,
    status: 201,
    resources: ['assignments'],
  },
  updateStatus: {
    method: 'PUT',
    path: '/assignments/statuses/:id',
    summary: 'Ändra en rapporterad status eller kommentar (med den version du läste)',
    params: idParams,
    body: statusEntity.update,
    response: statusSchema,
    resources: ['assignments'],
  },
  history: {
    method: 'GET',
    path: '/assignments/:id/history',
    summary: 'Ändringshistorik för ett uppdrag: uppdraget, dess mottagare och deras status per tillfälle',
    params: idParams,
    response: z.array(changeEntrySchema),
    resources: ['assignments', 'history'],
  },
  carryIntoYear: {
    method: 'POST',
    path: '/assignments/carry',
    summary:
      'För över ett års ofärdiga uppdrag till ett senare år, länkade till originalen (en andra körning skapar inget nytt)',
    body: carryInputSchema,
    response: carryResultSchema,
    resources: ['assignments'],
  },
});

// In a data package --------------------------------------------------------------------------------------

export const assignmentPackageRecord = assignmentEntity.record;
export type AssignmentPackageRecord = z.output<typeof assignmentPackageRecord>;
/** A recipient names its unit by code, as everywhere in Verksam. */
export const recipientPackageRecord = recipientEntity.record
  .omit({ orgUnitId: true })
  .extend({ orgUnit: orgCodeField.describe('Mottagarens kod, t.ex. VSS.') });
export type RecipientPackageRecord = z.output<typeof recipientPackageRecord>;
export const statusPackageRecord = statusEntity.record;
export type StatusPackageRecord = z.output<typeof statusPackageRecord>;
