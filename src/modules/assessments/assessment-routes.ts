/** HTTP routes of the assessments module. */

import { z } from 'zod';
import { idField, yearField } from '#core/validation.ts';
import { listChanges } from '#platform/audit/change-log.ts';
import type { ApiApp } from '#platform/http/create-app.ts';
import type { AppContext } from '../context.ts';
import { goalSchema } from '../goals/contract.ts';
import { changeEntrySchema } from '../history-contract.ts';
import { reportingRoundSchema } from '../planning/index.ts';
import { getGoalAssessment, listUnitAssessments, saveGoalAssessment } from './assessment-service.ts';
import { assessmentInputSchema, assessmentSchema, verdictField } from './contract.ts';

const TAGS = ['Bedömningar'];

const goalAssessmentSchema = z
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

const detailSchema = goalAssessmentSchema
  .extend({ goal: goalSchema, round: reportingRoundSchema })
  .meta({ id: 'GoalAssessmentDetail' });

const params = z.strictObject({ goalId: idField, roundId: idField });

export async function assessmentsRoutes(app: ApiApp, ctx: AppContext) {
  app.get(
    '/assessments',
    {
      schema: {
        operationId: 'assessments.listForUnit',
        tags: TAGS,
        summary: 'Bedömningar och förslag för alla en enhets mål vid ett uppföljningstillfälle',
        querystring: z.strictObject({
          orgUnit: z.string().trim().min(1).max(64),
          year: z.coerce.number().pipe(yearField),
          round: idField,
        }),
        response: { 200: z.array(goalAssessmentSchema) },
      },
    },
    (request) => listUnitAssessments(ctx.db, request.query),
  );
  app.get(
    '/assessments/goals/:goalId/rounds/:roundId',
    {
      schema: {
        operationId: 'assessments.get',
        tags: TAGS,
        summary: 'Bedömningen av ett mål vid ett uppföljningstillfälle, med indikatorernas förslag',
        params,
        response: { 200: detailSchema },
      },
    },
    (request) => getGoalAssessment(ctx.db, request.params.goalId, request.params.roundId),
  );
  app.put(
    '/assessments/goals/:goalId/rounds/:roundId',
    {
      schema: {
        operationId: 'assessments.save',
        tags: TAGS,
        summary: 'Spara bedömningen (ny utan version, ändring med den version du läste)',
        params,
        body: assessmentInputSchema,
        response: { 200: detailSchema },
      },
    },
    (request) =>
      saveGoalAssessment(
        ctx.db,
        ctx.actorFor(request),
        request.params.goalId,
        request.params.roundId,
        request.body,
      ),
  );
  app.get(
    '/assessments/:id/history',
    {
      schema: {
        operationId: 'assessments.history',
        tags: TAGS,
        summary: 'Ändringshistorik för en bedömning',
        params: z.strictObject({ id: idField }),
        response: { 200: z.array(changeEntrySchema) },
      },
    },
    (request) => listChanges(ctx.db, 'assessment', request.params.id),
  );
}
