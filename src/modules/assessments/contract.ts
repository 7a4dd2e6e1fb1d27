/** The assessments API: a verdict per goal and reporting round, with the indicators' suggestion. */

import { z } from 'zod';
import { defineOperations } from '#core/api.ts';
import { changeEntrySchema } from '#core/history.ts';
import { idField, versionField, yearParam } from '#core/validation.ts';
import { goalSchema } from '../goals/contract.ts';
import { orgUnitRefField } from '../organisation/contract.ts';
import { reportingRoundSchema } from '../planning/contract.ts';
import { VERDICTS } from './domain/verdict.ts';
import { assessmentEntity } from './model.ts';

export const verdictField = z.enum(VERDICTS);

export const assessmentSchema = assessmentEntity.dto;
export type AssessmentDto = z.infer<typeof assessmentSchema>;

/** A new assessment (without a version) or a change to the existing one (with the version read). */
export const assessmentInputSchema = assessmentEntity.update
  .extend({ verdict: verdictField, version: versionField.optional() })
  .meta({
    id: 'AssessmentSave',
    description: 'Ny bedömning (utan version) eller ändring av en befintlig (med den version du läste).',
  });
export type AssessmentInput = z.output<typeof assessmentInputSchema>;

export const goalAssessmentSchema = z
  .object({
    goalId: idField,
    reportingRoundId: idField,
    assessment: assessmentSchema.nullable(),
    suggestion: z.object({
      verdict: verdictField.nullable(),
      met: z.int(),
      notMet: z.int(),
      uncounted: z.int(),
      description: z.string(),
    }),
    contradiction: z
      .object({ code: z.string(), severity: z.enum(['info', 'warning', 'error']), message: z.string() })
      .nullable(),
  })
  .meta({
    id: 'GoalAssessment',
    description:
      'Bedömningen av ett mål, indikatorernas förslag och en markering om bedömningen avviker från det.',
  });

const editableField = z
  .boolean()
  .describe('Om du får bedöma målet vid tillfället nu: behörig på målets enhet, och inget är låst.');

/** A goal's assessment in a unit's list, with whether the signed-in user may judge it: its unit page's link. */
export const unitGoalAssessmentSchema = goalAssessmentSchema
  .extend({ editable: editableField })
  .meta({ id: 'UnitGoalAssessment' });

export const goalAssessmentDetailSchema = goalAssessmentSchema
  .extend({
    goal: goalSchema,
    round: reportingRoundSchema,
    editable: editableField,
  })
  .meta({ id: 'GoalAssessmentDetail' });

const params = z.strictObject({ goalId: idField, roundId: idField });

export const assessmentsApi = defineOperations('assessments', 'Bedömningar', {
  listForUnit: {
    method: 'GET',
    path: '/assessments',
    summary: 'Bedömningar och förslag för alla en enhets mål vid ett uppföljningstillfälle',
    query: z.strictObject({ orgUnit: orgUnitRefField, year: yearParam, round: idField }),
    response: z.array(unitGoalAssessmentSchema),
    resources: ['goals', 'assessments', 'planning', 'access'],
  },
  get: {
    method: 'GET',
    path: '/assessments/goals/:goalId/rounds/:roundId',
    summary: 'Bedömningen av ett mål vid ett uppföljningstillfälle, med indikatorernas förslag',
    params,
    response: goalAssessmentDetailSchema,
    resources: ['goals', 'assessments'],
  },
  save: {
    method: 'PUT',
    path: '/assessments/goals/:goalId/rounds/:roundId',
    summary: 'Spara bedömningen (ny utan version, ändring med den version du läste)',
    params,
    body: assessmentInputSchema,
    response: goalAssessmentDetailSchema,
    resources: ['assessments'],
  },
  history: {
    method: 'GET',
    path: '/assessments/:id/history',
    summary: 'Ändringshistorik för en bedömning',
    params: z.strictObject({ id: idField }),
    response: z.array(changeEntrySchema),
    resources: ['assessments', 'history'],
  },
});

/** An assessment in a data package. */
export const assessmentPackageRecord = assessmentEntity.record;
export type AssessmentPackageRecord = z.output<typeof assessmentPackageRecord>;
