/** The goals module's routes: one use case per operation of its contract. */

import { listChanges } from '#platform/audit/change-log.ts';
import { registerOperations } from '#platform/http/operations.ts';
import type { RouteRegistrar } from '../module-definition.ts';
import { goalsApi, HISTORY_ENTITIES } from './contract.ts';
import { getGoalSheet } from './evaluation-service.ts';
import {
  createGoal,
  createGoalArea,
  createMunicipalGoal,
  getGoalView,
  listAllGoalAreas,
  listUnitGoals,
  listValidMunicipalGoals,
  reorderGoals,
  setGoalRetired,
  setMunicipalGoalRetired,
  updateGoal,
} from './goal-service.ts';
import { indicatorComputationChoices } from './indicator-computations.ts';
import {
  createIndicator,
  createOutcome,
  createTarget,
  deleteOutcome,
  deleteTarget,
  getIndicatorPage,
  listComparableIndicators,
  listGoalIndicators,
  reorderIndicators,
  setIndicatorRetired,
  updateIndicator,
  updateOutcome,
  updateTarget,
} from './indicator-service.ts';
import { unitGoalsPermissions } from './permission-service.ts';

export const goalsRoutes: RouteRegistrar = (app, platform) =>
  registerOperations(app, platform, goalsApi, {
    sheet: ({ query }, ctx) =>
      getGoalSheet(ctx, { ...query, includeRetired: query.includeRetired === 'true' }),
    listGoalAreas: (_, ctx) => listAllGoalAreas(ctx),
    createGoalArea: ({ body }, ctx) => createGoalArea(ctx, body),
    listMunicipalGoals: ({ query }, ctx) => listValidMunicipalGoals(ctx, { year: query.year }),
    createMunicipalGoal: ({ body }, ctx) => createMunicipalGoal(ctx, body),
    retireMunicipalGoal: ({ params, body }, ctx) =>
      setMunicipalGoalRetired(ctx, params.id, body.version, true),
    reinstateMunicipalGoal: ({ params, body }, ctx) =>
      setMunicipalGoalRetired(ctx, params.id, body.version, false),
    listGoals: ({ query }, ctx) =>
      listUnitGoals(ctx, query.orgUnit, {
        year: query.year,
        includeRetired: query.includeRetired === 'true',
      }),
    getGoal: ({ params }, ctx) => getGoalView(ctx, params.id),
    listIndicatorComputations: ({ query }, ctx) => indicatorComputationChoices(ctx, query.goalId),
    listGoalIndicators: ({ params }, ctx) => listGoalIndicators(ctx, params.id),
    createGoal: ({ body }, ctx) => createGoal(ctx, body),
    updateGoal: ({ params, body }, ctx) => updateGoal(ctx, params.id, body),
    retireGoal: ({ params, body }, ctx) => setGoalRetired(ctx, params.id, body.version, true),
    reinstateGoal: ({ params, body }, ctx) => setGoalRetired(ctx, params.id, body.version, false),
    reorderGoals: ({ body }, ctx) => reorderGoals(ctx, body.ids),
    permissions: ({ query }, ctx) => unitGoalsPermissions(ctx, query),
    getIndicator: ({ params }, ctx) => getIndicatorPage(ctx, params.id),
    listComparableIndicators: ({ params }, ctx) => listComparableIndicators(ctx, params.id),
    createIndicator: ({ body }, ctx) => createIndicator(ctx, body),
    updateIndicator: ({ params, body }, ctx) => updateIndicator(ctx, params.id, body),
    retireIndicator: ({ params, body }, ctx) => setIndicatorRetired(ctx, params.id, body.version, true),
    reinstateIndicator: ({ params, body }, ctx) => setIndicatorRetired(ctx, params.id, body.version, false),
    reorderIndicators: ({ body }, ctx) => reorderIndicators(ctx, body.ids),
    createTarget: ({ body }, ctx) => createTarget(ctx, body),
    updateTarget: ({ params, body }, ctx) => updateTarget(ctx, params.id, body),
    deleteTarget: ({ params, query }, ctx) => deleteTarget(ctx, params.id, query.version),
    createOutcome: ({ body }, ctx) => createOutcome(ctx, body),
    updateOutcome: ({ params, body }, ctx) => updateOutcome(ctx, params.id, body),
    deleteOutcome: ({ params, query }, ctx) => deleteOutcome(ctx, params.id, query.version),
    history: ({ params }, ctx) => listChanges(ctx.db, HISTORY_ENTITIES[params.entity], params.id),
  });
