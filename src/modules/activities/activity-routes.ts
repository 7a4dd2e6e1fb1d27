/** The activities module's routes: one use case per operation of its contract. */

import { listChanges } from '#platform/audit/change-log.ts';
import { registerOperations } from '#platform/http/operations.ts';
import type { RouteRegistrar } from '../module-definition.ts';
import {
  carryActivitiesIntoYear,
  createActivity,
  deleteActivity,
  getActivityDetail,
  getActivityPlan,
  listUnitActivities,
  saveActivityStatus,
  updateActivity,
} from './activity-service.ts';
import { activitiesApi } from './contract.ts';
import { activityEntity, activityStatusEntity } from './model.ts';
import { activitiesPermissions } from './permission-service.ts';

export const activitiesRoutes: RouteRegistrar = (app, platform) =>
  registerOperations(app, platform, activitiesApi, {
    permissions: ({ query }, ctx) => activitiesPermissions(ctx, query),
    plan: ({ query }, ctx) => getActivityPlan(ctx, query),
    list: ({ query }, ctx) => listUnitActivities(ctx, query),
    get: ({ params }, ctx) => getActivityDetail(ctx, params.id),
    create: ({ body }, ctx) => createActivity(ctx, body),
    update: ({ params, body }, ctx) => updateActivity(ctx, params.id, body),
    delete: ({ params, query }, ctx) => deleteActivity(ctx, params.id, query.version),
    saveStatus: ({ params, body }, ctx) => saveActivityStatus(ctx, params.id, params.roundId, body),
    carry: ({ body }, ctx) => carryActivitiesIntoYear(ctx, body),
    history: ({ params }, ctx) => listChanges(ctx.db, activityEntity.table, params.id),
    statusHistory: ({ params }, ctx) => listChanges(ctx.db, activityStatusEntity.table, params.id),
  });
