/** The investments module's routes: one use case per operation of its contract. */
import { listChangesWithParts } from '#platform/audit/change-log.ts';

import { registerOperations } from '#platform/http/operations.ts';
import type { RouteRegistrar } from '../module-definition.ts';
import { investmentsApi } from './contract.ts';
import {
  createFrame,
  createFrameChange,
  deleteFrame,
  deleteFrameChange,
  listFrameYears,
  updateFrame,
  updateFrameChange,
} from './frame-service.ts';
import { HISTORIES } from './history-service.ts';
import { investmentsPermissions } from './permission-service.ts';
import {
  createAmount,
  createProject,
  deleteAmount,
  deleteProject,
  getProjectDetail,
  listUnitProjects,
  updateAmount,
  updateProject,
} from './project-service.ts';
import { investmentTable } from './table-service.ts';

export const investmentsRoutes: RouteRegistrar = (app, platform) =>
  registerOperations(app, platform, investmentsApi, {
    permissions: ({ query }, ctx) => investmentsPermissions(ctx, query),
    table: ({ query }, ctx) => investmentTable(ctx, query),
    listProjects: ({ query }, ctx) => listUnitProjects(ctx, query.org),
    getProject: ({ params }, ctx) => getProjectDetail(ctx, params.id),
    createProject: ({ body }, ctx) => createProject(ctx, body),
    updateProject: ({ params, body }, ctx) => updateProject(ctx, params.id, body),
    deleteProject: ({ params, query }, ctx) => deleteProject(ctx, params.id, query.version),
    createAmount: ({ body }, ctx) => createAmount(ctx, body),
    updateAmount: ({ params, body }, ctx) => updateAmount(ctx, params.id, body),
    deleteAmount: ({ params, query }, ctx) => deleteAmount(ctx, params.id, query.version),
    listFrames: ({ query }, ctx) => listFrameYears(ctx, query.org),
    createFrame: ({ body }, ctx) => createFrame(ctx, body),
    updateFrame: ({ params, body }, ctx) => updateFrame(ctx, params.id, body),
    deleteFrame: ({ params, query }, ctx) => deleteFrame(ctx, params.id, query.version),
    createFrameChange: ({ body }, ctx) => createFrameChange(ctx, body),
    updateFrameChange: ({ params, body }, ctx) => updateFrameChange(ctx, params.id, body),
    deleteFrameChange: ({ params, query }, ctx) => deleteFrameChange(ctx, params.id, query.version),
    history: ({ params }, ctx) => {
      const { entityType, parts } = HISTORIES[params.kind];
      return listChangesWithParts(ctx.db, entityType, params.id, parts);
    },
  });
