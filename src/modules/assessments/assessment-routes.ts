/** The assessments module's routes: one use case per operation of its contract. */

import { listChanges } from '#platform/audit/change-log.ts';
import { registerOperations } from '#platform/http/operations.ts';
import type { RouteRegistrar } from '../module-definition.ts';
import { getGoalAssessment, listUnitAssessmentsWithMay, saveGoalAssessment } from './assessment-service.ts';
import { assessmentsApi } from './contract.ts';
import { assessmentEntity } from './model.ts';

export const assessmentsRoutes: RouteRegistrar = (app, platform) =>
  registerOperations(app, platform, assessmentsApi, {
    listForUnit: ({ query }, ctx) => listUnitAssessmentsWithMay(ctx, query),
    get: ({ params }, ctx) => getGoalAssessment(ctx, params.goalId, params.roundId),
    save: ({ params, body }, ctx) => saveGoalAssessment(ctx, params.goalId, params.roundId, body),
    history: ({ params }, ctx) => listChanges(ctx.db, assessmentEntity.table, params.id),
  });
